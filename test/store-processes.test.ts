/**
 * Several processes on one SQLite database: a new database is migrated once even when two
 * processes start together, and concurrent writers wait for each other instead of failing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonLines, run, source } from "./support/run-cli.ts";

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parceltrail-procs-"));
  dirs.push(dir);
  return join(dir, "data");
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("several processes on one SQLite database", () => {
  it("two processes starting on a new database migrate it once", async () => {
    const data = dataDir();
    const results = await Promise.all([run(["--data-dir", data, "list"]), run(["--data-dir", data, "list"])]);
    for (const result of results) {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
  });

  it("four processes adding at once all succeed, each order stored once", async () => {
    const data = dataDir();
    const numbers = ["LP00000000000011", "LP00000000000012", "LP00000000000013", "LP00000000000014"];
    const results = await Promise.all(
      numbers.map((number, i) =>
        run(["--data-dir", data, "add", number, "--order", `P${i}`, "--json"], undefined, source),
      ),
    );
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const list = await run(["--data-dir", data, "list", "--json"]);
    expect(
      jsonLines(list.stdout)
        .map((order) => order.orderNumber)
        .sort(),
    ).toEqual(["P0", "P1", "P2", "P3"]);
  });
});
