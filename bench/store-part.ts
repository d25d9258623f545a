/**
 * One part of the storage benchmark in its own process, so that its peak memory is its own:
 * `node bench/store-part.ts sqlite|postgres`, forked by store.ts; sends its figures back over IPC.
 */
import { envCount, type PartResult, runPostgresPart, runSqlitePart } from "./store-measure.ts";

const part = process.argv[2];
const target = envCount("BENCH_STORE_NUMBERS", 1_000_000);
const pgTarget = envCount("BENCH_STORE_PG_NUMBERS", 100_000);
let result: PartResult | null;
if (part === "sqlite") result = await runSqlitePart(target, pgTarget);
else if (part === "postgres") result = await runPostgresPart(pgTarget);
else throw new Error(`store-part: unknown part "${part}"`);
await new Promise<void>((resolve, reject) =>
  process.send
    ? process.send({ result }, (error: Error | null) => (error ? reject(error) : resolve()))
    : resolve(),
);
