/**
 * The storage benchmark's measurements (see store.ts): build a database through the real ingest
 * path, then measure the re-ingest, the size, the `list` and `show` reads and the memory. One
 * part (SQLite or PostgreSQL) runs in its own process (store-part.ts), so that each peak memory
 * figure is that database's alone.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { sql } from "kysely";
import { loadOrderDetails } from "../src/orders/order-details.ts";
import { type IngestItem, prepareEvents, storeEvents } from "../src/store/ingest.ts";
import { findNumber, insertNumber } from "../src/store/numbers.ts";
import type { StoreLocation } from "../src/store/open-store.ts";
import { countOrders, getOrder, insertOrder, listOrders, type OrderFilter } from "../src/store/orders.ts";
import { insertReport } from "../src/store/reports.ts";
import { Store } from "../src/store/store.ts";
import { postgresAvailable, startPostgres } from "../test/support/postgres-server.ts";
import { type GeneratedOrder, generateOrder, ingestItem, NOW, random } from "./store-data.ts";

export const NUMBERS_PER_TRANSACTION = 100;
export const RUNS = 200;
export const WARM_UP = 20;
/** A query far over its goal stops after this long (at least WARM_UP timed runs): see `runs`. */
export const QUERY_BUDGET_MS = 60_000;
export const REINGEST_EVENTS = 100_000;

export const envCount = (name: string, fallback: number) => {
  const value = process.env[name]?.replace(/[_,]/g, "");
  const parsed = value ? Number(value) : fallback;
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number`);
  return parsed;
};

export const progress = (text: string) => process.stderr.write(`[store] ${text}\n`);
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

export interface BuildStats {
  orders: number;
  numbers: number;
  events: number;
  problems: number;
  /** Milliseconds in generating the data (not ParcelTrail's work). */
  generateMs: number;
  /** Inserting the orders, numbers and buyer reports (insertOrder, insertNumber, insertReport). */
  setupMs: number;
  /** prepareEvents: reading, placing and classifying the events, the dedupe keys. */
  prepareMs: number;
  /** Inside store.write(storeEvents): the events, the sources, the summaries, the commit. */
  storeMs: number;
  wallMs: number;
  peakSampledRss: number;
}

export interface Figures {
  label: string;
  build: BuildStats;
  reingest: { events: number; added: number; prepareMs: number; storeMs: number };
  size: { bytes: number };
  queries: Array<{ name: string; matches: number | null; timing: Timing }>;
  maxRssKb: number;
}

/** A mark during the build: measure everything at this many numbers, then go on. */
type Snapshot = (stats: BuildStats) => Promise<void>;

async function insertBatch(store: Store, orders: GeneratedOrder[]): Promise<IngestItem[]> {
  return store.write(async (tx) => {
    const items: IngestItem[] = [];
    for (const generated of orders) {
      const order = await insertOrder(tx, generated.order, NOW);
      let firstLeg: number | null = null;
      for (const number of generated.numbers) {
        const row = await insertNumber(
          tx,
          {
            orderId: order.id,
            number: number.number,
            carrier: number.profile.carrier,
            carrierPinned: false,
            handedOffFrom: number.role === "last_mile" ? firstLeg : null,
            role: number.role,
          },
          NOW,
        );
        if (number.role === "first_leg") firstLeg = row.id;
        items.push(ingestItem(row.id, number, generated.route));
      }
      for (const report of generated.reports) {
        await insertReport(
          tx,
          { orderId: order.id, kind: report.kind, at: report.at, note: report.note },
          NOW,
        );
      }
    }
    return items;
  });
}

async function build(
  store: Store,
  name: string,
  target: number,
  snapshot?: { at: number; run: Snapshot },
): Promise<BuildStats> {
  const stats: BuildStats = {
    orders: 0,
    numbers: 0,
    events: 0,
    problems: 0,
    generateMs: 0,
    setupMs: 0,
    prepareMs: 0,
    storeMs: 0,
    wallMs: 0,
    peakSampledRss: 0,
  };
  let pending = snapshot;
  let nextReport = 0;
  let pausedMs = 0;
  const started = performance.now();
  while (stats.numbers < target) {
    let t = performance.now();
    const orders: GeneratedOrder[] = [];
    let numbers = 0;
    while (numbers < NUMBERS_PER_TRANSACTION && stats.numbers + numbers < target) {
      const order = generateOrder(stats.orders + orders.length);
      orders.push(order);
      numbers += order.numbers.length;
    }
    stats.generateMs += performance.now() - t;

    t = performance.now();
    const items = await insertBatch(store, orders);
    stats.setupMs += performance.now() - t;

    t = performance.now();
    const { rows, problems } = prepareEvents(items, NOW);
    stats.prepareMs += performance.now() - t;

    t = performance.now();
    const added = await store.write((tx) => storeEvents(tx, items, rows, NOW));
    stats.storeMs += performance.now() - t;

    stats.orders += orders.length;
    stats.numbers += numbers;
    stats.events += added;
    stats.problems += problems.length;
    // A fetch run waits for the network between batches, so the event loop turns; that is also
    // when the native side of garbage-collected better-sqlite3 statements is freed (N-API
    // finalizers run on the loop). A loop of awaits that never yields keeps them all.
    await nextTurn();
    stats.peakSampledRss = Math.max(stats.peakSampledRss, process.memoryUsage.rss());
    stats.wallMs = performance.now() - started - pausedMs;
    if (stats.numbers >= nextReport || stats.numbers >= target) {
      const rate = stats.events / ((stats.prepareMs + stats.storeMs) / 1000);
      progress(
        `${name}: ${int(stats.numbers)}/${int(target)} numbers, ${int(stats.events)} events, ${int(rate)} events/s (prepare + store), rss ${mb(process.memoryUsage.rss())}, ${(stats.wallMs / 1000).toFixed(0)} s`,
      );
      nextReport += Math.max(NUMBERS_PER_TRANSACTION, Math.round(target / 20));
    }
    if (pending && stats.numbers >= pending.at) {
      const run = pending.run;
      pending = undefined;
      const paused = performance.now();
      await run({ ...stats });
      // The snapshot's own work does not count as build time.
      const pausedFor = performance.now() - paused;
      pausedMs += pausedFor;
      progress(`${name}: snapshot took ${(pausedFor / 1000).toFixed(0)} s; building on`);
    }
  }
  return stats;
}

/** Re-stores the histories of random stored orders (all duplicates) until REINGEST_EVENTS events. */
async function reingest(store: Store, orders: number): Promise<Figures["reingest"]> {
  const next = random(7);
  const items: IngestItem[] = [];
  let events = 0;
  const seen = new Set<number>();
  while (events < REINGEST_EVENTS && seen.size < orders) {
    const index = Math.floor(next() * orders);
    if (seen.has(index)) continue;
    seen.add(index);
    const generated = generateOrder(index);
    for (const number of generated.numbers) {
      const row = await findNumber(store.db, number.number);
      if (!row) throw new Error(`re-ingest: ${number.number} is not stored`);
      items.push(ingestItem(row.id, number, generated.route));
      events += number.events.length;
    }
  }
  let prepareMs = 0;
  let storeMs = 0;
  let added = 0;
  let prepared = 0;
  for (let start = 0; start < items.length; start += NUMBERS_PER_TRANSACTION) {
    const batch = items.slice(start, start + NUMBERS_PER_TRANSACTION);
    let t = performance.now();
    const { rows } = prepareEvents(batch, NOW);
    prepareMs += performance.now() - t;
    prepared += rows.length;
    t = performance.now();
    added += await store.write((tx) => storeEvents(tx, batch, rows, NOW));
    storeMs += performance.now() - t;
    await nextTurn();
  }
  return { events: prepared, added, prepareMs, storeMs };
}

async function size(store: Store, location: StoreLocation): Promise<Figures["size"]> {
  if (location.dialect === "sqlite") {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const file = (path: string) => {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    };
    const bytes = file(location.path) + file(`${location.path}-wal`);
    return { bytes };
  }
  const { rows } = await sql<{
    bytes: number;
  }>`select pg_database_size(current_database())::bigint as bytes`.execute(store.db);
  return { bytes: Number(rows[0]?.bytes ?? 0) };
}

/** Bytes per table and index, largest first (SQLite: dbstat; PostgreSQL: relation sizes). */
async function sizeBreakdown(store: Store, dialect: "sqlite" | "postgres"): Promise<Array<[string, number]>> {
  try {
    const { rows } =
      dialect === "sqlite"
        ? await sql<{
            name: string;
            bytes: number;
          }>`select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc`.execute(
            store.db,
          )
        : await sql<{ name: string; bytes: number }>`
            select c.relname as name, pg_relation_size(c.oid)::bigint as bytes
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'i', 't')
            order by bytes desc`.execute(store.db);
    return rows
      .map((row) => [row.name, Number(row.bytes)] as [string, number])
      .filter(([, bytes]) => bytes > 0);
  } catch (error) {
    progress(`size breakdown unavailable: ${(error as Error).message}`);
    return [];
  }
}

const LIST_QUERIES: Array<[string, OrderFilter]> = [
  ["list (no filter)", {}],
  ["list --stage destination", { stage: "destination" }],
  ["list --status delivered (most common)", { status: "delivered" }],
  ["list --status exception (rare)", { status: "exception" }],
  ["list --carrier cainiao (most common)", { carrier: "cainiao" }],
  ["list --carrier post-kr (rare)", { carrier: "post-kr" }],
];

async function time(run: () => Promise<unknown>): Promise<Timing> {
  const warmUpStarted = performance.now();
  for (let i = 0; i < WARM_UP && performance.now() - warmUpStarted < QUERY_BUDGET_MS / 6; i++) await run();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < RUNS && (i < WARM_UP || performance.now() - started < QUERY_BUDGET_MS); i++) {
    await nextTurn();
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return timing(samples);
}

async function queries(store: Store, orders: number): Promise<Figures["queries"]> {
  const results: Figures["queries"] = [];
  for (const [name, filter] of LIST_QUERIES) {
    const matches = await countOrders(store.db, filter);
    const result = await time(async () => {
      const rows = await listOrders(store.db, { ...filter, limit: 50 });
      if (rows.length === 0 && matches > 0) throw new Error(`${name} returned nothing`);
    });
    results.push({ name, matches, timing: result });
    progress(`  ${name}: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms`);
  }
  const next = random(11);
  const show = await time(async () => {
    const order = await getOrder(store.db, 1 + Math.floor(next() * orders));
    if (!order) throw new Error("show: no such order");
    const details = await loadOrderDetails(store.db, order, NOW);
    if (details.numbers.length === 0) throw new Error("show: the order has no numbers");
  });
  results.push({ name: "show (one random order, with its timeline)", matches: null, timing: show });
  progress(`  show: p50 ${show.p50.toFixed(2)} ms, p95 ${show.p95.toFixed(2)} ms`);
  return results;
}

async function measure(
  store: Store,
  location: StoreLocation,
  label: string,
  stats: BuildStats,
): Promise<Figures> {
  progress(`${label}: measuring`);
  if (location.dialect === "postgres") await sql`analyze`.execute(store.db);
  const reingested = await reingest(store, stats.orders);
  progress(
    `  re-ingest: ${int(reingested.events)} events, ${reingested.added} added, ${int(reingested.events / ((reingested.prepareMs + reingested.storeMs) / 1000))} events/s`,
  );
  const sized = await size(store, location);
  progress(`  size: ${mb(sized.bytes)}, ${(sized.bytes / stats.events).toFixed(0)} bytes/event`);
  return {
    label,
    build: stats,
    reingest: reingested,
    size: sized,
    queries: await queries(store, stats.orders),
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

async function sqliteVersion(store: Store): Promise<string> {
  const { rows } = await sql<{ v: string }>`select sqlite_version() as v`.execute(store.db);
  return rows[0]?.v ?? "?";
}

export interface PartResult {
  columns: Figures[];
  /** Bytes per table and index of the largest database. */
  breakdown: Array<[string, number]>;
  version: string;
}

/** SQLite at `target` numbers (measured on the way at `snapshotAt` too), in a temp dir. */
export async function runSqlitePart(target: number, snapshotAt: number): Promise<PartResult> {
  const dir = mkdtempSync(join(tmpdir(), "parceltrail-bench-store-"));
  try {
    const location: StoreLocation = { dialect: "sqlite", path: join(dir, "parceltrail.db") };
    const store = await Store.open(location);
    try {
      const version = await sqliteVersion(store);
      const snapshots: Figures[] = [];
      const stats = await build(
        store,
        "SQLite",
        target,
        snapshotAt < target
          ? {
              at: snapshotAt,
              run: async (partial) => {
                snapshots.push(await measure(store, location, `SQLite at ${int(partial.numbers)}`, partial));
              },
            }
          : undefined,
      );
      const columns = [
        await measure(store, location, `SQLite, ${int(stats.numbers)} numbers`, stats),
        ...snapshots,
      ];
      progress("SQLite: size per table and index (dbstat)");
      return { columns, breakdown: await sizeBreakdown(store, "sqlite"), version };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL at `target` numbers on a throw-away server; null when there are no server binaries. */
export async function runPostgresPart(target: number): Promise<PartResult | null> {
  if (!postgresAvailable()) return null;
  progress("PostgreSQL: starting a throw-away server");
  const server = await startPostgres();
  try {
    const location: StoreLocation = { dialect: "postgres", url: server.url };
    const store = await Store.open(location);
    try {
      const { rows } = await sql<{ server_version: string }>`show server_version`.execute(store.db);
      const stats = await build(store, "PostgreSQL", target);
      const column = await measure(store, location, `PostgreSQL, ${int(stats.numbers)} numbers`, stats);
      return {
        columns: [column],
        breakdown: await sizeBreakdown(store, "postgres"),
        version: rows[0]?.server_version ?? "?",
      };
    } finally {
      await store.close();
    }
  } finally {
    server.stop();
  }
}
