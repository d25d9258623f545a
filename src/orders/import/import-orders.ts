/**
 * `import`: orders from a CSV file (src/import/README.md) or from a JSON export
 * (export-orders.ts), all or nothing.
 *
 * 1. Every row is checked on its own (the order readers, the tracking-number reader, the
 *    carrier) and against the rest of the file (a number on two orders): plan-csv.ts,
 *    plan-json.ts. Every problem is listed with its line ("line 7: ...", or "order 3: ..." in a
 *    JSON file).
 * 2. Then against what is stored (check-against-store.ts): an order (marketplace + order number)
 *    that exists gets the file's new numbers (its own fields are left as they are); a number that
 *    order already has is "unchanged"; a number tracked in ANOTHER order is a problem of the line
 *    that gives it. An order without an order number is the order its numbers are stored in, if any.
 * 3. Any problem at all: nothing is stored and a ValidationError lists them all. Otherwise
 *    everything is written in one transaction (write-plan.ts). A dry run stops after step 2 and
 *    reports what would be done.
 *
 * Reads and writes go in batches (hundreds of rows a statement), so 50,000 rows take seconds.
 */
import type { Executor, Store } from "../../store/store.ts";
import { ValidationError } from "../validation-error.ts";
import { checkAgainstStore } from "./check-against-store.ts";
import type { ImportProgress, ImportResult, Problem } from "./plan.ts";
import { planCsv } from "./plan-csv.ts";
import { planJson } from "./plan-json.ts";
import { writePlan } from "./write-plan.ts";

export type { ImportResult } from "./plan.ts";

export interface ImportOptions {
  text: string;
  format: "csv" | "json";
  /** Check everything and count what would be done; store nothing. */
  dryRun?: boolean;
  /** ISO 8601 time of the import: created_at of what it makes, "today" for protection estimates. */
  now: string;
  /**
   * Called as the import goes: `total` is twice the rows (CSV) or orders (JSON); the first half
   * is checking each row, the second storing them (or, in a dry run, checking them against the
   * database).
   */
  onProgress?: (done: number, total: number) => void;
}

/** Reports progress at most about 200 times: the CLI redraws a bar on each. */
function progressReporter(onProgress: ImportOptions["onProgress"]) {
  let total = 0;
  let last = -1;
  const report = (done: number, force = false) => {
    if (!onProgress || total === 0) return;
    if (!force && done < total && done - last < Math.max(1, Math.floor(total / 200))) return;
    last = done;
    onProgress(Math.min(done, total), total);
  };
  return {
    setTotal(value: number) {
      total = value;
    },
    report,
  };
}

/** Every problem, in the order of the file. */
function fail(problems: Problem[]): never {
  const sorted = problems.map((problem, index) => ({ ...problem, index }));
  sorted.sort((a, b) => a.at - b.at || a.index - b.index);
  throw new ValidationError(sorted.map((problem) => problem.text));
}

/**
 * Imports orders from a CSV or JSON file: all or nothing. Throws a ValidationError listing every
 * problem (each starting "line N:" or "order N:") when anything is wrong; nothing is stored then.
 */
export async function importOrders(store: Store, options: ImportOptions): Promise<ImportResult> {
  const reporter = progressReporter(options.onProgress);
  const progress: ImportProgress = { setTotal: reporter.setTotal, report: (done) => reporter.report(done) };
  const file =
    options.format === "csv"
      ? planCsv(options.text, options.now, progress)
      : planJson(options.text, options.now, progress);
  const run = async (db: Executor, write: boolean) => {
    const { plan, problems } = await checkAgainstStore(db, file, !write);
    if (file.problems.length > 0 || problems.length > 0) fail([...file.problems, ...problems]);
    const result = write ? await writePlan(db, plan, progress, file.units) : plan.result;
    reporter.report(file.units * 2, true);
    return result;
  };
  // A dry run, or a file with problems of its own (the database only adds to the list): read only,
  // no write lock taken.
  if (options.dryRun || file.problems.length > 0) return run(store.db, false);
  return store.write((tx) => run(tx, true));
}
