/** The same commands on PostgreSQL: PARCELTRAIL_DATABASE_URL points the CLI at the test server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, testDatabases } from "./support/databases.ts";
import { jsonLines, run, source } from "./support/run-cli.ts";

const postgres = testDatabases().find((database): database is TestDatabase => database.name === "postgres");

describe.runIf(postgres)("the CLI on PostgreSQL", () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await (postgres as TestDatabase).create();
    drop = created.drop;
    if (created.location.dialect !== "postgres") throw new Error("expected a PostgreSQL database");
    env = { PARCELTRAIL_DATABASE_URL: created.location.url, PARCELTRAIL_NOW: "2026-11-21T10:00:00Z" };
  });

  afterAll(async () => drop());

  it("adds, pastes, lists and shows", async () => {
    const added = await run(
      ["add", "LP00123456789012", "--order", "PG-1", "--dest", "Madrid, ES"],
      undefined,
      source,
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const history =
      "2026-11-03 10:00:00\tShenzhen, CN\tParcel picked up by the carrier\n2026-11-12 09:30:00\tMadrid, ES\tEntregado\n";
    const pasted = await run(["paste", "LP00123456789012", "--json"], history, source, env);
    expect(jsonLines(pasted.stdout)[0]).toMatchObject({ added: 2 });
    const list = await run(["list", "--stage", "done", "--json"], undefined, source, env);
    expect(jsonLines(list.stdout).map((order) => order.orderNumber)).toEqual(["PG-1"]);
    const shown = await run(["show", "PG-1"], undefined, source, env);
    expect(shown.stdout).toContain("Now: delivered (done)");
    // The assessment's queries (learned durations, needs-attention) on PostgreSQL.
    const assessed = await run(["assess", "PG-1", "--json"], undefined, source, env);
    expect(assessed.code, assessed.stderr).toBe(0);
    expect(JSON.parse(assessed.stdout)).toMatchObject({
      verdict: "delivered",
      playbook: { id: "delivered" },
    });
    const attention = await run(["list", "--needs-attention"], undefined, source, env);
    expect(attention.stdout).toContain("Nothing needs your attention");
    const backup = await run(["backup", "/tmp/never.db"], undefined, source, env);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain("for PostgreSQL use pg_dump");
  });
});
