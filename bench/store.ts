/**
 * `npm run bench -- store`: builds a database of BENCH_STORE_NUMBERS tracking numbers (default
 * 1,000,000, about 10 events each) on SQLite through the real ingest path, and measures the ingest
 * rate, the file size per event, the `list` and `show` reads and the peak memory; then the same at
 * BENCH_STORE_PG_NUMBERS (default 100,000) on a throw-away PostgreSQL server, side by side with
 * SQLite's figures at that size from the same run. Each database is built and measured in its own
 * process (store-part.ts); the databases live in a temp dir and are deleted.
 */
import { fork } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { machineLine } from "./report.ts";
import {
  envCount,
  type Figures,
  int,
  mb,
  NUMBERS_PER_TRANSACTION,
  type PartResult,
  progress,
  QUERY_BUDGET_MS,
  REINGEST_EVENTS,
  RUNS,
  WARM_UP,
} from "./store-measure.ts";

function runPart(part: "sqlite" | "postgres"): Promise<PartResult | null> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./store-part.ts", import.meta.url), [part], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: PartResult | null = null;
    child.on("message", (message) => {
      result = (message as { result: PartResult | null }).result;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(result)
        : reject(new Error(`the ${part} part of the store benchmark failed (exit ${code})`)),
    );
  });
}

export async function runStoreBenchmark(): Promise<string> {
  const target = envCount("BENCH_STORE_NUMBERS", 1_000_000);
  const pgTarget = envCount("BENCH_STORE_PG_NUMBERS", 100_000);
  const sqlite = await runPart("sqlite");
  if (!sqlite) throw new Error("the SQLite part of the store benchmark returned nothing");
  const postgres = await runPart("postgres");
  const pgNote = postgres ? "" : "PostgreSQL server binaries not found: the PostgreSQL column is missing.";
  if (pgNote) progress(pgNote);
  return render([...sqlite.columns, ...(postgres?.columns ?? [])], {
    target,
    pgTarget,
    sqliteV: sqlite.version,
    pgVersion: postgres?.version ?? null,
    pgNote,
    breakdown: sqlite.breakdown,
    pgBreakdown: postgres?.breakdown ?? [],
  });
}

interface RenderContext {
  target: number;
  pgTarget: number;
  sqliteV: string;
  pgVersion: string | null;
  pgNote: string;
  breakdown: Array<[string, number]>;
  pgBreakdown: Array<[string, number]>;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const rate = (events: number, milliseconds: number) => int(events / (milliseconds / 1000));

function render(columns: Figures[], context: RenderContext): string {
  const main = columns[0];
  if (!main) return "## Storage (`npm run bench -- store`)\n\nNo figures.";
  const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
  const lines: string[] = [];
  lines.push("## Storage (`npm run bench -- store`)", "");
  lines.push(
    `Command: \`npm run bench -- store\` (BENCH_STORE_NUMBERS=${context.target}, BENCH_STORE_PG_NUMBERS=${context.pgTarget}) · ${machineLine()} · ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM · SQLite ${context.sqliteV} (better-sqlite3, WAL, synchronous=FULL) · PostgreSQL ${context.pgVersion ?? "–"}`,
    "",
  );
  const b = main.build;
  lines.push(
    "Setup:",
    "",
    `- Data: ${int(b.orders)} orders with ${int(b.numbers)} tracking numbers (a quarter of the orders have a first-leg and a last-mile number) and ${int(b.events)} events (${(b.events / b.numbers).toFixed(1)} a number), generated deterministically (seeded) from the labelled event corpus: each number's history follows the journey in the texts, codes, places and languages of its carrier, with times in five formats (zone-less local, with offset, day first, US, epoch); two thirds of the parcels delivered, the rest stopped at every stage; 5% of the orders with a buyer's report.`,
    `- Ingest: orders and numbers are inserted with insertOrder/insertNumber (one transaction a batch); then each batch of ${NUMBERS_PER_TRANSACTION} numbers' histories goes through \`prepareEvents\` and one \`store.write(tx => storeEvents(...))\`, as a fetch run would, with a turn of the event loop between batches (as network reads give). Generation is streamed and not counted.`,
    `- Queries: ${WARM_UP} warm-up runs, then ${RUNS} timed runs each (a query still running after ${QUERY_BUDGET_MS / 1000} s stops earlier, and the cell gives its number of runs). \`list\` is \`listOrders\` with limit 50 (one screen); "match" is how many orders the filter selects. \`show\` is \`getOrder\` + \`loadOrderDetails\` (numbers, events, sources, fetches, reports and \`buildTimeline\`) for a random order each run.`,
    `- Each database is built and measured in its own process (peak memory is its own). The middle column is the same SQLite database measured when it reached ${int(context.pgTarget)} numbers, during the same run. The PostgreSQL server is the tests' throw-away one (fsync=off, synchronous_commit=off), analysed before the queries; SQLite commits with a full fsync (synchronous=FULL) and is not analysed, as the app leaves it.`,
    "",
  );
  if (context.pgNote) lines.push(context.pgNote, "");
  lines.push(
    `| measure | ${columns.map((column) => column.label).join(" | ")} | goal (SQLite, full size) | |`,
  );
  lines.push(`|---|${columns.map(() => "---:").join("|")}|---|---|`);
  const row = (name: string, cells: (figures: Figures) => string, goal = "", met = "") =>
    lines.push(`| ${name} | ${columns.map(cells).join(" | ")} | ${goal} | ${met} |`);

  const full = (f: Figures) => f.build.events / ((f.build.prepareMs + f.build.storeMs) / 1000);
  row(
    "ingest, events/s (prepareEvents + store.write)",
    (f) => `**${rate(f.build.events, f.build.prepareMs + f.build.storeMs)}**`,
    "≥ 100,000",
    verdict(full(main) >= 100_000),
  );
  row("  storage only (inside store.write), events/s", (f) => rate(f.build.events, f.build.storeMs));
  row("  prepareEvents only (read, place, classify, key), events/s", (f) =>
    rate(f.build.events, f.build.prepareMs),
  );
  row(
    "  share of ingest time in prepareEvents",
    (f) => `${((100 * f.build.prepareMs) / (f.build.prepareMs + f.build.storeMs)).toFixed(0)}%`,
  );
  row("inserting orders + numbers (+ reports), numbers/s", (f) => rate(f.build.numbers, f.build.setupMs));
  row("whole build, wall clock (incl. generation)", (f) => `${(f.build.wallMs / 1000).toFixed(0)} s`);
  row(
    `re-ingest of ${int(REINGEST_EVENTS)} stored events (all duplicates), events/s`,
    (f) =>
      `${rate(f.reingest.events, f.reingest.prepareMs + f.reingest.storeMs)} (storage only ${rate(f.reingest.events, f.reingest.storeMs)}; ${f.reingest.added} added)`,
  );
  row("file size (db + wal after checkpoint; PG: database)", (f) => mb(f.size.bytes));
  row("  bytes per event", (f) => `**${(f.size.bytes / f.build.events).toFixed(0)}**`);
  const names = main.queries.map((query) => query.name);
  for (const name of names) {
    const find = (f: Figures) => f.queries.find((query) => query.name === name);
    const p95 = find(main)?.timing.p95 ?? Number.POSITIVE_INFINITY;
    row(
      `${name}, ms p50 / p95 / max`,
      (f) => {
        const q = find(f);
        if (!q) return "–";
        const matches = q.matches === null ? "" : ` (${int(q.matches)} match)`;
        const runs = q.timing.runs < RUNS ? `, ${q.timing.runs} runs` : "";
        return `${ms(q.timing.p50)} / **${ms(q.timing.p95)}** / ${ms(q.timing.max)}${matches}${runs}`;
      },
      "p95 ≤ 20 ms",
      verdict(p95 <= 20),
    );
  }
  row(
    "peak memory, maxRSS of its process (so far)",
    (f) => `**${mb(f.maxRssKb * 1024)}**`,
    "< 300 MB",
    verdict(main.maxRssKb * 1024 < 300 * 1024 * 1024),
  );
  row("  RSS sampled during the ingest, peak", (f) => mb(f.build.peakSampledRss));
  if (b.problems > 0) lines.push("", `${int(b.problems)} generated events could not be read (problems).`);

  const sizes = (title: string, entries: Array<[string, number]>, events: number) => {
    if (entries.length === 0) return;
    const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
    lines.push(
      "",
      `${title}:`,
      "",
      "| table / index | size | bytes per event | share |",
      "|---|---:|---:|---:|",
    );
    for (const [name, bytes] of entries.slice(0, 12)) {
      lines.push(
        `| ${name} | ${mb(bytes)} | ${(bytes / events).toFixed(0)} | ${((100 * bytes) / total).toFixed(1)}% |`,
      );
    }
  };
  sizes(`${main.label}, by table and index (dbstat)`, context.breakdown, b.events);
  const pg = columns.find((column) => column.label.startsWith("PostgreSQL"));
  if (pg) sizes(`${pg.label}, by relation`, context.pgBreakdown, pg.build.events);
  lines.push("", `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}.`);
  return lines.join("\n");
}
