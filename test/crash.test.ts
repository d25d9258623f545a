/**
 * Killing the process (SIGKILL) in the middle of a large ingest and of a large import, 20 times
 * each: afterwards the database opens and is intact, every event acknowledged before the kill is
 * there, no event is stored twice, no order is half-imported, and running the same input again
 * completes the set exactly.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countEvents } from "../src/store/events.ts";
import { insertNumber } from "../src/store/numbers.ts";
import { insertOrder } from "../src/store/orders.ts";
import { Store } from "../src/store/store.ts";
import { root, run, source } from "./support/run-cli.ts";

const KILLS = 20;
const NUMBERS = 300;
const REPORTS_PER_NUMBER = 3;
const EVENTS_PER_REPORT = 15;
const TOTAL = NUMBERS * REPORTS_PER_NUMBER * EVENTS_PER_REPORT; // 13,500: seven batches, so that a kill after the third still lands mid-run

const TEXTS = [
  "Parcel picked up by the carrier",
  "Departed from departure country/region",
  "Arrived at sorting center",
  "Export customs clearance completed",
  "Arrived at destination country",
  "Out for delivery",
];

let dir: string;
let data: string;
let reportsFile: string;
/** The reports file's line (1-based) for each number and report. */
const lineEvents = new Map<number, { number: string; events: number }>();

function numberAt(i: number): string {
  return `LP${String(10_000_000_000_000 + i).padStart(14, "0")}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-crash-"));
  data = join(dir, "data");
  const store = await Store.open({ dialect: "sqlite", path: join(data, "parceltrail.db") });
  await store.write(async (tx) => {
    for (let i = 0; i < NUMBERS; i++) {
      const order = await insertOrder(
        tx,
        {
          marketplace: "aliexpress",
          order_number: `CRASH${i}`,
          title: null,
          items: "[]",
          seller: null,
          placed_on: null,
          shipping_method: null,
          protection_ends_on: null,
          protection_estimated: 0,
          dest_country: "ES",
          dest_region: null,
          dest_city: null,
          dest_postcode: null,
          labels: "[]",
          notes: null,
          archived: 0,
        },
        "2026-11-01T00:00:00.000Z",
      );
      await insertNumber(
        tx,
        { orderId: order.id, number: numberAt(i), carrier: "cainiao", carrierPinned: false },
        "2026-11-01T00:00:00.000Z",
      );
    }
  });
  await store.close();
  const lines: string[] = [];
  for (let r = 0; r < REPORTS_PER_NUMBER; r++) {
    for (let i = 0; i < NUMBERS; i++) {
      const events = Array.from({ length: EVENTS_PER_REPORT }, (_, e) => ({
        time: new Date(Date.UTC(2026, 10, 1 + r, 0, e * 3, i % 60)).toISOString(),
        text: `${TEXTS[(e + r) % TEXTS.length]} (${r}.${e})`,
        location: e % 2 ? "Shenzhen, CN" : "Madrid, ES",
      }));
      lines.push(JSON.stringify({ source: r === 0 ? "cainiao" : `src${r}`, number: numberAt(i), events }));
      lineEvents.set(lines.length, { number: numberAt(i), events: EVENTS_PER_REPORT });
    }
  }
  reportsFile = join(dir, "reports.jsonl");
  writeFileSync(reportsFile, `${lines.join("\n")}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `ingest --json` and kills it after `acks` acknowledged batches plus `extraMs`. */
function ingestAndKill(acks: number, extraMs: number): Promise<{ throughLine: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [source, "--data-dir", data, "ingest", "--json", reportsFile], {
      cwd: root,
    });
    let throughLine = 0;
    let seen = 0;
    let buffer = "";
    let killed = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const parsed = JSON.parse(line) as { stored?: { throughLine: number } };
        if (parsed.stored) {
          throughLine = Math.max(throughLine, parsed.stored.throughLine);
          seen++;
          if (seen === acks) {
            setTimeout(() => {
              killed = child.kill("SIGKILL");
            }, extraMs);
          }
        }
        newline = buffer.indexOf("\n");
      }
    });
    child.on("error", reject);
    child.on("close", () => resolve({ throughLine, killed }));
  });
}

describe("SIGKILL during a large ingest", () => {
  it(`loses nothing acknowledged and duplicates nothing, ${KILLS} times`, { timeout: 240_000 }, async () => {
    let kills = 0;
    for (let round = 0; round < KILLS; round++) {
      // Kill after 1 to 3 acknowledged batches, at a varying moment inside the next one.
      const { throughLine, killed } = await ingestAndKill(1 + (round % 3), (round * 37) % 120);
      if (killed) kills++;
      const store = await Store.open({ dialect: "sqlite", path: join(data, "parceltrail.db") });
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      expect(integrity.rows[0]?.integrity_check).toBe("ok");
      const duplicates = await sql<{ n: number }>`
        select count(*) as n from (select 1 from events group by tracking_number_id, dedupe_key having count(*) > 1) d`.execute(
        store.db,
      );
      expect(duplicates.rows[0]?.n).toBe(0);
      // Every acknowledged report's events are there.
      const perNumber = new Map<string, number>();
      for (let line = 1; line <= throughLine; line++) {
        const entry = lineEvents.get(line);
        if (entry) perNumber.set(entry.number, (perNumber.get(entry.number) ?? 0) + entry.events);
      }
      const stored = await store.db
        .selectFrom("events")
        .innerJoin("tracking_numbers", "tracking_numbers.id", "events.tracking_number_id")
        .select(["tracking_numbers.number", (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy("tracking_numbers.number")
        .execute();
      const storedBy = new Map(stored.map((row) => [row.number, Number(row.n)]));
      for (const [number, expected] of perNumber)
        expect(storedBy.get(number) ?? 0).toBeGreaterThanOrEqual(expected);
      expect(await countEvents(store.db)).toBeLessThanOrEqual(TOTAL);
      await store.close();
    }
    // Most rounds must really have been killed mid-way, or the test proves nothing.
    expect(kills).toBeGreaterThanOrEqual(KILLS - 2);
    const final = await run(["--data-dir", data, "ingest", "--json", reportsFile]);
    expect(final.code).toBe(0);
    const store = await Store.open({ dialect: "sqlite", path: join(data, "parceltrail.db") });
    expect(await countEvents(store.db)).toBe(TOTAL);
    await store.close();
  });
});

const IMPORT_ROWS = 4_000;

describe("SIGKILL during a large import", () => {
  it(`leaves all of the file's orders or none, ${KILLS} times`, { timeout: 240_000 }, async () => {
    const csv = join(dir, "orders.csv");
    const rows = ["order_number,tracking_numbers,title,placed,destination"];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      rows.push(
        `IMP${i},${`LP2${String(i).padStart(13, "0")}`} ${`LP3${String(i).padStart(13, "0")}`},Item ${i},2026-11-01,"Madrid, ES"`,
      );
    }
    writeFileSync(csv, `${rows.join("\n")}\n`);
    // How long a whole import takes here, to spread the kills over it.
    const timed = join(dir, "timed");
    const started = Date.now();
    const complete = await run(["--data-dir", timed, "import", csv]);
    expect(complete.code, complete.stderr).toBe(0);
    const duration = Date.now() - started;

    const outcomes = { none: 0, all: 0 };
    for (let round = 0; round < KILLS; round++) {
      const data = join(dir, `import-${round}`);
      const child = spawn(process.execPath, [source, "--data-dir", data, "import", csv], { cwd: root });
      const delay = Math.round((duration * (round + 1)) / (KILLS + 1));
      const timer = setTimeout(() => child.kill("SIGKILL"), delay);
      await new Promise((resolve) => child.on("close", resolve));
      clearTimeout(timer);
      const store = await Store.open({ dialect: "sqlite", path: join(data, "parceltrail.db") });
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      expect(integrity.rows[0]?.integrity_check).toBe("ok");
      const orders = Number(
        (
          await store.db
            .selectFrom("orders")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const numbers = Number(
        (
          await store.db
            .selectFrom("tracking_numbers")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect([0, IMPORT_ROWS]).toContain(orders);
      expect(numbers).toBe(orders * 2);
      if (orders === 0) outcomes.none++;
      else outcomes.all++;
      await store.close();
    }
    // The kills must have landed before the end of the import, not only after it.
    expect(outcomes.none).toBeGreaterThanOrEqual(KILLS / 2);
  });
});
