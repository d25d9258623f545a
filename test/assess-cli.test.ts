/**
 * The judgement end to end through the real `parceltrail` process on a real SQLite file:
 * `assess` on stored orders and on a scenario file, `list --needs-attention`, `message`,
 * `report received`, the configuration file, and durations learned from earlier deliveries.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, run, source } from "./support/run-cli.ts";

const NOW = "2026-11-21T10:00:00Z";
let dir: string;

function cli(data: string, args: string[], stdin?: string, env: NodeJS.ProcessEnv = {}) {
  return run(["--data-dir", data, ...args], stdin, source, { PARCELTRAIL_NOW: NOW, ...env });
}

const day = (offset: number) => new Date(Date.parse(NOW) + offset * 86_400_000).toISOString().slice(0, 10);
const line = (offset: number, place: string, text: string) => `${day(offset)} 09:00:00\t${place}\t${text}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-assess-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("assess and list --needs-attention on stored orders", () => {
  let data: string;

  beforeAll(async () => {
    data = join(dir, "stored");
    const csv = [
      "order_number,tracking_numbers,title,placed,shipping_method,destination,protection_until",
      `A-LATE,LP00123456789012,Late cable,${day(-45)},AliExpress Standard,"Madrid, ES",${day(2)}`,
      `B-SILENT,LP00123456789013,Quiet lamp,${day(-25)},AliExpress Standard,"Madrid, ES",${day(30)}`,
      `C-MOVING,LP00123456789014,Moving case,${day(-10)},AliExpress Standard,"Madrid, ES",${day(40)}`,
      `D-DONE,LP00123456789015,Delivered mug,${day(-30)},AliExpress Standard,"Madrid, ES",${day(30)}`,
    ].join("\n");
    const csvPath = join(dir, "orders.csv");
    writeFileSync(csvPath, csv);
    const imported = await cli(data, ["import", csvPath]);
    expect(imported.code, imported.stderr).toBe(0);
    const histories: [string, string[]][] = [
      [
        "LP00123456789012",
        [
          line(-40, "Shenzhen, CN", "Accepted by carrier"),
          line(-30, "Shenzhen, CN", "Departed from origin country"),
        ],
      ],
      [
        "LP00123456789013",
        [
          line(-20, "Shenzhen, CN", "Accepted by carrier"),
          line(-18, "Shenzhen, CN", "Departed from origin country"),
          line(-10, "Madrid, ES", "Arrived at destination country"),
        ],
      ],
      [
        "LP00123456789014",
        [
          line(-6, "Shenzhen, CN", "Accepted by carrier"),
          line(-1, "Shenzhen, CN", "Departed from origin country"),
        ],
      ],
      [
        "LP00123456789015",
        [line(-25, "Shenzhen, CN", "Accepted by carrier"), line(-3, "Madrid, ES", "Delivered")],
      ],
    ];
    for (const [number, lines] of histories) {
      const pasted = await cli(data, ["paste", number], lines.join("\n"));
      expect(pasted.code, pasted.stderr).toBe(0);
    }
  });

  it("lists the orders to watch or act on, most urgent first, and leaves out the rest", async () => {
    const listed = await cli(data, ["list", "--needs-attention", "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    const rows = jsonLines(listed.stdout);
    expect(rows.map((row) => [row.orderNumber, row.verdict, row.playbook])).toEqual([
      ["A-LATE", "act_now", "protection-expiring"],
      ["B-SILENT", "watch", "arrived-check-local"],
    ]);
    const text = await cli(data, ["list", "--needs-attention"]);
    expect(text.stdout).toMatch(/A-LATE\s+Act now\s+Buyer Protection ending\s+2 d/);
    expect(text.stdout).not.toContain("C-MOVING");
  });

  it("assesses one order in words, with the checklist, the message and the dispute text", async () => {
    const result = await cli(data, ["assess", "A-LATE"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("ACT NOW: Buyer Protection ending");
    expect(result.stdout).toContain("Buyer Protection ends on November 23, 2026: only 2 days left.");
    expect(result.stdout).toContain("Dispute text:");
    expect(result.stdout).toContain("[x] Tracking numbers and which carrier has each (included)");
    expect(result.stdout).toContain("[ ] Your messages with the seller (screenshots) (to add)");
  });

  it("prints the documented JSON, and judges as of --now", async () => {
    const result = await cli(data, ["assess", "C-MOVING", "--json", "--now", day(-0.5)]);
    const assessment = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(assessment)).toEqual(
      expect.arrayContaining([
        "stage",
        "status",
        "verdict",
        "reasons",
        "protection",
        "eta",
        "nextCheckAt",
        "playbook",
      ]),
    );
    expect(assessment).toMatchObject({
      verdict: "on_track",
      stage: "line_haul",
      playbook: { id: "normal-transit" },
    });
  });

  it("speaks the chosen language", async () => {
    const result = await cli(data, ["assess", "A-LATE", "--lang", "ru"]);
    expect(result.stdout).toContain("Защит");
    const bad = await cli(data, ["assess", "A-LATE", "--lang", "xx"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown language "xx"; use one of en, es, fr, pt, ru, pl, de');
  });

  it("prints a ready message for the situation, or the kind asked for", async () => {
    const due = await cli(data, ["message", "A-LATE"]);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toMatch(/^Hello, Buyer Protection for order A-LATE ends on November 23, 2026/);
    const german = await cli(data, ["message", "D-DONE", "--kind", "delivered-not-received", "--lang", "de"]);
    expect(german.stdout).toContain("A-LATE".replace("A-LATE", "D-DONE"));
    expect(german.stdout).toContain("LP00123456789015");
    const none = await cli(data, ["message", "C-MOVING"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("needs no message now");
    const unknown = await cli(data, ["message", "C-MOVING", "--kind", "hello"]);
    expect(unknown.stderr).toContain('unknown message kind "hello"');
  });

  it("a delivered parcel reported missing needs action; a confirmed receipt closes it", async () => {
    const reported = await cli(data, ["report", "D-DONE", "not-received"]);
    expect(reported.code, reported.stderr).toBe(0);
    const missing = JSON.parse((await cli(data, ["assess", "D-DONE", "--json"])).stdout) as {
      verdict: string;
      playbook: { id: string };
    };
    expect([missing.verdict, missing.playbook.id]).toEqual(["act_now", "delivered-not-received"]);
    const received = await cli(data, ["report", "D-DONE", "received"]);
    expect(received.stdout).toContain("Recorded receipt confirmed");
    const closed = JSON.parse((await cli(data, ["assess", "D-DONE", "--json"])).stdout) as {
      verdict: string;
    };
    expect(closed.verdict).toBe("closed");
  });

  it("refuses a missing order or a missing argument with a clear sentence", async () => {
    const none = await cli(data, ["assess", "NOPE-1"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no order or tracking number "NOPE-1"');
    const neither = await cli(data, ["assess"]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("give either an order");
  });
});

describe("assess --file", () => {
  it("judges a scenario that is not in the database", async () => {
    const path = join(dir, "scenario.json");
    writeFileSync(
      path,
      JSON.stringify({
        now: "2026-11-21T10:00:00Z",
        order: {
          number: "S-1",
          shippingMethod: "AliExpress Standard",
          protectionEndsAt: "2026-12-30",
          destination: { country: "ES", city: "Madrid" },
        },
        shipments: [
          {
            trackingNumber: "LP00123456789012",
            events: [
              { time: "2026-11-01T08:00:00Z", text: "Accepted by carrier", location: "Shenzhen, CN" },
              {
                time: "2026-11-19T08:00:00Z",
                text: "Arrived at destination country",
                location: "Lisboa, PT",
                source: "cainiao",
              },
            ],
          },
        ],
      }),
    );
    const result = await cli(join(dir, "unused"), ["assess", "--file", path, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verdict: "act_now",
      playbook: { id: "wrong-destination" },
    });
    const text = await cli(join(dir, "unused"), ["assess", "--file", path]);
    expect(text.stdout).toContain("Scenario S-1");
  });

  it("lists every problem of a bad scenario with where it is", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(
      path,
      JSON.stringify({
        now: "yesterday",
        order: {},
        shipments: [{ events: [] }],
        reports: [{ kind: "lost", at: "2026-11-01" }],
      }),
    );
    const result = await cli(join(dir, "unused"), ["assess", "--file", path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("now: expected a date or an ISO 8601 time");
    expect(result.stderr).toContain("order.number");
    expect(result.stderr).toContain("shipments.0.trackingNumber");
    expect(result.stderr).toContain("reports.0.kind");
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{");
    expect((await cli(join(dir, "unused"), ["assess", "--file", notJson])).stderr).toContain(
      "is not valid JSON",
    );
  });
});

describe("configuration and learning", () => {
  it("reads the language and warning days from parceltrail.config.json, and refuses a bad one", async () => {
    const data = join(dir, "configured");
    const added = await cli(data, [
      "add",
      "LP00123456789012",
      "--order",
      "CFG-1",
      "--protection-until",
      day(9),
      "--dest",
      "ES",
    ]);
    expect(added.code, added.stderr).toBe(0);
    await cli(data, ["paste", "LP00123456789012"], line(-1, "Shenzhen, CN", "Accepted by carrier"));
    const before = JSON.parse((await cli(data, ["assess", "CFG-1", "--json"])).stdout) as { verdict: string };
    expect(before.verdict).toBe("on_track");
    writeFileSync(
      join(data, "parceltrail.config.json"),
      JSON.stringify({ lang: "es", assess: { actSoonDays: 10 } }),
    );
    const after = JSON.parse((await cli(data, ["assess", "CFG-1", "--json"])).stdout) as {
      verdict: string;
      lang: string;
    };
    expect([after.verdict, after.lang]).toEqual(["act_soon", "es"]);
    const env = await cli(data, ["assess", "CFG-1", "--json"], undefined, { PARCELTRAIL_LANG: "de" });
    expect((JSON.parse(env.stdout) as { lang: string }).lang).toBe("de");
    writeFileSync(
      join(data, "parceltrail.config.json"),
      JSON.stringify({ assess: { actSoonDays: "a week" }, colour: "red" }),
    );
    const bad = await cli(data, ["assess", "CFG-1"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("assess.actSoonDays");
    expect(bad.stderr).toContain("colour");
  });

  it("learns a slow customs route from earlier deliveries and stops calling it unusual", async () => {
    const data = join(dir, "learning");
    const rows = ["order_number,tracking_numbers,placed,shipping_method,destination,protection_until"];
    for (let index = 0; index < 6; index++) {
      rows.push(
        `OLD-${index},LP0012345678${String(9000 + index)},${day(-90)},AliExpress Standard,"Madrid, ES",${day(-20)}`,
      );
    }
    rows.push(`NEW-1,LP00123456780001,${day(-25)},AliExpress Standard,"Madrid, ES",${day(35)}`);
    const csvPath = join(dir, "learning.csv");
    writeFileSync(csvPath, rows.join("\n"));
    expect((await cli(data, ["import", csvPath])).code).toBe(0);
    await cli(
      data,
      ["paste", "LP00123456780001"],
      [
        line(-22, "Shenzhen, CN", "Accepted by carrier"),
        line(-13, "Madrid, ES", "Customs clearance started"),
      ].join("\n"),
    );
    const unusual = JSON.parse((await cli(data, ["assess", "NEW-1", "--json"])).stdout) as {
      verdict: string;
    };
    expect(unusual.verdict).toBe("act_soon");
    // Six earlier parcels on the route spent about three weeks in customs (one ingest run).
    const reports = [];
    for (let index = 0; index < 6; index++) {
      const at = (offset: number) => `${day(offset)}T09:00:00Z`;
      reports.push(
        JSON.stringify({
          source: "manual",
          number: `LP0012345678${String(9000 + index)}`,
          events: [
            { time: at(-85), text: "Accepted by carrier", location: "Shenzhen, CN" },
            { time: at(-75), text: "Customs clearance started", location: "Madrid, ES" },
            { time: at(-54 + index), text: "Out for delivery", location: "Madrid, ES" },
            { time: at(-53 + index), text: "Delivered", location: "Madrid, ES" },
          ],
        }),
      );
    }
    const ingested = await cli(data, ["ingest"], `${reports.join("\n")}\n`);
    expect(ingested.code, ingested.stderr).toBe(0);
    const learned = JSON.parse((await cli(data, ["assess", "NEW-1", "--json"])).stdout) as {
      verdict: string;
      reasons: { code: string }[];
    };
    expect(learned.verdict).toBe("wait");
    expect(learned.reasons.map((reason) => reason.code)).toContain("learned-route");
  });
});
