/**
 * `parceltrail export [--format json|csv] [--out FILE]`: every order. JSON carries everything
 * (numbers, events, reports) and re-imports exactly; CSV is one row per order in the import's
 * columns, with formula-like cells neutralised for spreadsheets.
 */
import { rename, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { exportOrders } from "../../orders/export-orders.ts";
import { currentTime, withStore } from "../context.ts";
import { progressBar } from "../progress.ts";
import { UsageError } from "../usage-error.ts";

interface ExportCommandOptions {
  format?: string;
  out?: string;
  excel?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write every order as JSON (everything, re-importable) or CSV (one row per order)")
    .option("--format <format>", "json (default) or csv")
    .option("--out <file>", "write to FILE instead of stdout")
    .option("--excel", "CSV for Excel: starts with a byte-order mark so accents show right")
    .action(async (options: ExportCommandOptions, command: Command) => {
      const format = options.format ?? "json";
      if (format !== "json" && format !== "csv")
        throw new UsageError(`--format must be json or csv, not "${format}".`);
      if (options.excel && format !== "csv") throw new UsageError("--excel applies to --format csv.");
      const bar = progressBar("Exporting");
      const text = await withStore(command, (store) =>
        exportOrders(store, format, { now: currentTime(), onProgress: bar.update }),
      ).finally(() => bar.stop());
      const output = options.excel ? `\uFEFF${text}` : text;
      if (!options.out) {
        process.stdout.write(output);
        return;
      }
      // Written beside and renamed: an interrupted export never leaves half a file under the name.
      const partial = `${options.out}.partial`;
      await writeFile(partial, output);
      await rename(partial, options.out);
      process.stderr.write(`Exported to ${options.out}.\n`);
    });
}
