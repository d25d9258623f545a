/**
 * A new user's first session, end to end through the real `parceltrail` process on a real SQLite
 * file: add orders, paste a history, list and show them, edit, archive, back up and restore,
 * remove; and the clear errors on bad input.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, run, source } from "./support/run-cli.ts";

const NOW = { PARCELTRAIL_NOW: "2026-11-21T10:00:00Z" };
let dir: string;
let data: string;

function cli(args: string[], stdin?: string) {
  return run(["--data-dir", data, ...args], stdin, source, NOW);
}

const HISTORY = [
  "2026-11-03 10:00:00\tShenzhen, CN\tParcel picked up by the carrier",
  "2026-11-05 22:10:00\tShenzhen, CN\tDeparted from departure country/region",
  "2026-11-09 08:00:00\tMadrid, ES\tArrived at destination country",
  "2026-11-12 09:30:00\tMadrid, ES\tEntregado",
].join("\n");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-cli-"));
  data = join(dir, "data");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("managing orders from the command line", () => {
  it("adds an order with two numbers, detecting their carriers", async () => {
    const result = await cli([
      "add",
      "LP00123456789012",
      "rr 123 456 785 cn",
      "--order",
      "8190000000000001",
      "--title",
      "USB-C cable",
      "--placed",
      "2026-11-01",
      "--method",
      "AliExpress Standard",
      "--dest",
      "Madrid, ES",
      "--protection-until",
      "2026-12-20",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created order 8190000000000001 (id 1, USB-C cable)");
    expect(result.stdout).toMatch(/LP00123456789012 {2}cainiao/);
    expect(result.stdout).toMatch(/RR123456785CN {2}china-post/);
    expect(existsSync(join(data, "parceltrail.db"))).toBe(true);
  });

  it("adds a number to the existing order when the order number matches", async () => {
    const result = await cli(["add", "1Z999AA10123456784", "--order", "8190000000000001", "--json"]);
    expect(result.code).toBe(0);
    const [added] = jsonLines(result.stdout);
    expect(added).toMatchObject({
      createdOrder: false,
      order: { id: 1 },
      added: [{ number: "1Z999AA10123456784", carrier: "ups" }],
    });
  });

  it("refuses a number that is already tracked, saying where it is", async () => {
    const result = await cli(["add", "LP00123456789012"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "parceltrail: LP00123456789012 is already tracked in order 1; see it with: parceltrail show LP00123456789012\n",
    );
  });

  it("reports every bad option at once, suggests the closest shipping method, and stores nothing", async () => {
    const result = await cli([
      "add",
      "LP00999999999999",
      "--order",
      "8190000000000002",
      "--method",
      "Aliexpres Standart",
      "--placed",
      "2026-02-30",
      "--dest",
      "Atlantis",
      "--carrier",
      "upz",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'unknown shipping method "Aliexpres Standart"; did you mean "AliExpress Standard Shipping"?',
    );
    expect(result.stderr).toContain("is not a real date");
    expect(result.stderr).toContain("cannot tell the country of the destination");
    expect(result.stderr).toContain('unknown carrier "upz"; did you mean ups?');
    expect(result.stderr).toContain("4 problems, nothing was stored.");
    const list = await cli(["list", "--json"]);
    expect(jsonLines(list.stdout)).toHaveLength(1);
  });

  it("refuses control characters in a title and stores unicode as given", async () => {
    const bad = await cli(["add", "LP00999999999998", "--title", "bell\u0007"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("the title contains a control character (U+0007); remove it.");
    const good = await cli([
      "add",
      "LP00999999999998",
      "--order",
      "A-2",
      "--title",
      "Câble 数据线 😀",
      "--json",
    ]);
    expect(good.code).toBe(0);
    expect(jsonLines(good.stdout)[0]).toMatchObject({ order: { title: "Câble 数据线 😀" } });
  });

  it("pastes a history copied from a carrier page, once", async () => {
    const first = await cli(["paste", "LP00123456789012", "--json"], HISTORY);
    expect(first.code).toBe(0);
    expect(jsonLines(first.stdout)[0]).toMatchObject({ found: 4, added: 4, duplicates: 0 });
    const again = await cli(["paste", "LP00123456789012", "--json"], HISTORY);
    expect(jsonLines(again.stdout)[0]).toMatchObject({ added: 0, duplicates: 4 });
  });

  it("lists orders with stage, last event age and Buyer Protection days left, and filters them", async () => {
    const list = await cli(["list"]);
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^ID +ORDER +STAGE +STATUS +LAST EVENT +PROTECTION/);
    // Newest activity first: order 2, added today without events, before order 1's delivery 9 days ago.
    expect(lines[1]).toMatch(/^2 +A-2 +- +no events +- +/);
    expect(lines[2]).toMatch(/^1 +8190000000000001 +done +delivered +9 d +29 d /);
    const done = await cli(["list", "--stage", "done", "--json"]);
    expect(jsonLines(done.stdout).map((order) => order.id)).toEqual([1]);
    const ups = await cli(["list", "--carrier", "ups", "--json"]);
    expect(jsonLines(ups.stdout).map((order) => order.id)).toEqual([1]);
    const none = await cli(["list", "--stage", "origin"]);
    expect(none.stdout).toBe("No orders match.\n");
    const wrong = await cli(["list", "--stage", "flying"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown stage "flying"; use one of pre_transit, origin');
  });

  it("shows an order by id, tracking number or order number, with the merged timeline", async () => {
    for (const ref of ["1", "LP00123456789012", "8190000000000001"]) {
      const shown = await cli(["show", ref]);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain("Order 1 (aliexpress 8190000000000001) - USB-C cable");
      expect(shown.stdout).toContain("Buyer Protection ends 2026-12-20: 29 d left");
    }
    const json = jsonLines((await cli(["show", "1", "--json"])).stdout)[0] as {
      timeline: { events: Array<{ status: string; sources: string[] }> };
      numbers: Array<{ number: string; sources: Array<{ connector: string }> }>;
      fetches: Array<{ connector: string; bodySha256: string }>;
    };
    expect(json.timeline.events.map((event) => event.status)).toEqual([
      "accepted",
      "departed_origin",
      "arrived_destination",
      "delivered",
    ]);
    expect(json.numbers.map((number) => number.number)).toEqual([
      "LP00123456789012",
      "RR123456785CN",
      "1Z999AA10123456784",
    ]);
    expect(json.fetches.map((fetch) => fetch.connector)).toEqual(["manual", "manual"]);
    expect(json.fetches[0]?.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    const missing = await cli(["show", "NOPE12345678"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'parceltrail: no order or tracking number "NOPE12345678"; parceltrail list shows what is stored.\n',
    );
  });

  it("edits an order and pins a number's carrier", async () => {
    const edited = await cli(["edit", "1", "--seller", "Cable Store", "--labels", "gift, urgent"]);
    expect(edited.stdout).toBe("Order 1: changed seller, labels.\n");
    const pinned = await cli(["edit", "RR123456785CN", "--carrier", "correos"]);
    expect(pinned.code).toBe(0);
    const shown = await cli(["show", "1"]);
    expect(shown.stdout).toMatch(/RR123456785CN {2}correos \(pinned\)/);
    expect(shown.stdout).toContain("seller Cable Store");
  });

  it("archives and unarchives", async () => {
    await cli(["archive", "1"]);
    expect(jsonLines((await cli(["list", "--json"])).stdout).map((order) => order.id)).toEqual([2]);
    expect(jsonLines((await cli(["list", "--archived", "--json"])).stdout).map((order) => order.id)).toEqual([
      1,
    ]);
    await cli(["unarchive", "1"]);
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(2);
  });

  it("backs up while in use and restores, keeping the database it replaces", async () => {
    const file = join(dir, "backup.db");
    const backup = await cli(["backup", file]);
    expect(backup.stdout).toBe(`Backed up 2 orders, 4 numbers and 4 events to ${file}.\n`);
    expect((await cli(["backup", file])).stderr).toContain(
      "already exists; choose another name or add --force.",
    );
    await cli(["remove", "1", "--yes"]);
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(1);
    const restored = await cli(["restore", file]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("Restored 2 orders, 4 numbers and 4 events");
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(2);
    const notBackup = join(dir, "not-a-db.txt");
    await import("node:fs").then((fs) => fs.writeFileSync(notBackup, "hello"));
    const refused = await cli(["restore", notBackup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not a SQLite database|is not a ParcelTrail backup/);
  });

  it("asks before removing, and refuses without --yes when it cannot ask", async () => {
    const result = await cli(["remove", "1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("needs confirmation: add --yes.");
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(2);
  });

  it("records the buyer's reports and shows them", async () => {
    const result = await cli([
      "report",
      "1",
      "not-received",
      "--at",
      "2026-11-20",
      "--note",
      "mailbox empty",
    ]);
    expect(result.stdout).toBe("Recorded not received for order 1 on 2026-11-20.\n");
    expect((await cli(["show", "1"])).stdout).toContain("2026-11-20  not_received: mailbox empty");
  });

  it("imports a CSV all or nothing, reporting every bad row with its line", async () => {
    const csv = join(dir, "orders.csv");
    const rows = [
      "order_number,tracking_numbers,title,seller,placed,shipping_method,destination,protection_until",
      '9001,LP00900000000001,Phone case,Case Shop,2026-11-02,AliExpress Saver Shipping,"Lyon, FR",2026-12-30',
      '9002,LP00900000000002 LP00900000000003,=HYPERLINK("http://x"),Shop,2026-13-01,Standard Shiping,"Berlin, DE",',
      "9003,LP00123456789012,Duplicate,Shop,2026-11-02,,,",
    ];
    writeFileSync(csv, `${rows.join("\n")}\n`);
    const bad = await cli(["import", csv]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("line 3:");
    expect(bad.stderr).toContain('did you mean "AliExpress Standard Shipping"?');
    expect(bad.stderr).toContain("line 4:");
    expect(bad.stderr).toContain("nothing was stored");
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(2);

    rows[2] =
      rows[2]?.replace("2026-13-01", "2026-11-01").replace("Standard Shiping", "AliExpress Standard") ?? "";
    rows.pop();
    writeFileSync(csv, `${rows.join("\n")}\n`);
    const dry = await cli(["import", csv, "--dry-run", "--json"]);
    expect(jsonLines(dry.stdout)[0]).toMatchObject({
      dryRun: true,
      orders: { created: 2 },
      numbers: { added: 3 },
    });
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(2);
    const good = await cli(["import", csv]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain("Added 2 new orders, 3 numbers");
    expect(jsonLines((await cli(["list", "--json"])).stdout)).toHaveLength(4);
  });

  it("exports CSV safe for spreadsheets and JSON that re-imports exactly", async () => {
    const csv = await cli(["export", "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain("'=HYPERLINK");
    const out = join(dir, "export.json");
    expect((await cli(["export", "--out", out])).code).toBe(0);
    const fresh = join(dir, "fresh");
    const imported = await run(["--data-dir", fresh, "import", out, "--json"], undefined, source, NOW);
    expect(jsonLines(imported.stdout)[0]).toMatchObject({ orders: { created: 4 }, events: { added: 4 } });
    const again = await run(["--data-dir", fresh, "export"], undefined, source, NOW);
    const original = await cli(["export"]);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(again.stdout)).toEqual(strip(original.stdout));
  });

  it("ingests source reports, naming the line of each one it cannot use", async () => {
    const lines = [
      JSON.stringify({
        source: "cainiao",
        number: "RR123456785CN",
        events: [
          { time: "2026-11-04 08:00:00", text: "Parcel picked up by the carrier", location: "Shenzhen, CN" },
          { time: "not a time", text: "Departed" },
        ],
      }),
      "{not json",
      JSON.stringify({ source: "cainiao", number: "LP00000000000099", events: [] }),
    ];
    const result = await cli(["ingest", "--json", "-"], `${lines.join("\n")}\n`);
    expect(result.code).toBe(1);
    const out = jsonLines(result.stdout);
    expect(out.at(-1)).toMatchObject({ summary: { reports: 1, added: 1 } });
    const problems = (out.at(-1) as { summary: { problems: Array<{ line: number; reason: string }> } })
      .summary.problems;
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 1]);
    expect(problems[1]?.reason).toBe("LP00000000000099 is not tracked; add it first with parceltrail add.");
    expect(problems[2]?.reason).toMatch(/^event 2: /);
  });

  it("takes the data dir from PARCELTRAIL_DATA_DIR", async () => {
    const other = join(dir, "env-data");
    const result = await run(["add", "LP00555555555555", "--json"], undefined, source, {
      ...NOW,
      PARCELTRAIL_DATA_DIR: other,
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(other, "parceltrail.db"))).toBe(true);
  });
});
