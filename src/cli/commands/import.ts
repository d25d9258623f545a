/**
 * `parceltrail import FILE [--dry-run]`: orders from a CSV file (the columns are in
 * src/import/README.md) or a JSON export. Every bad row is reported with its line; one bad row
 * and nothing is stored.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { importOrders } from "../../orders/import/import-orders.ts";
import { currentTime, readStdin, withStore } from "../context.ts";
import { count } from "../format.ts";
import { progressBar } from "../progress.ts";
import { UsageError } from "../usage-error.ts";

interface ImportCommandOptions {
  dryRun?: boolean;
  format?: string;
  json?: boolean;
}

async function readInput(file: string): Promise<string> {
  if (file === "-") return readStdin();
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `${file} does not exist.` : `cannot read ${file} (${code ?? String(error)}).`,
    );
  }
}

function formatOf(file: string, text: string, given: string | undefined): "csv" | "json" {
  if (given === "csv" || given === "json") return given;
  if (given) throw new UsageError(`--format must be csv or json, not "${given}".`);
  if (/\.json$/i.test(file)) return "json";
  if (/\.csv$/i.test(file)) return "csv";
  return /^\uFEFF?\s*\{/.test(text) ? "json" : "csv";
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("add orders from a CSV file or a JSON export (all or nothing)")
    .argument("<file>", "a .csv or .json file, or - for stdin")
    .option("--dry-run", "check everything and say what would be stored, store nothing")
    .option("--format <format>", "csv or json (default: from the file name or content)")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: ImportCommandOptions, command: Command) => {
      const text = await readInput(file);
      const format = formatOf(file, text, options.format);
      const bar = progressBar(options.dryRun ? "Checking" : "Importing", options);
      const result = await withStore(command, (store) =>
        importOrders(store, {
          text,
          format,
          dryRun: options.dryRun === true,
          now: currentTime(),
          onProgress: bar.update,
        }),
      ).finally(() => bar.stop());
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const verb = result.dryRun ? "Would add" : "Added";
      process.stdout.write(
        `${verb} ${count(result.orders.created, "new order")}, ${count(result.numbers.added, "number")}, ${count(result.events.added, "event")} and ${count(result.reports.added, "report")}; ${count(result.orders.updated, "existing order")} updated, ${count(result.numbers.unchanged, "number")} already stored.${result.dryRun ? " Nothing was stored (dry run)." : ""}\n`,
      );
    });
}
