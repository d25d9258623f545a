/**
 * `parceltrail ingest [FILE]`: stores source reports, one JSON object a line (the `timeline`
 * file's source report: {"source","number","carrier?","events":[...]}), for numbers already
 * tracked. With --json it prints a line after each stored batch: what it lists is on disk.
 */
import { createReadStream } from "node:fs";
import type { Command } from "commander";
import { ingestStream } from "../../orders/ingest-stream.ts";
import { currentTime, withStore } from "../context.ts";
import { readLines } from "../read-lines.ts";
import { UsageError } from "../usage-error.ts";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("store source reports (one JSON object a line) for tracked numbers")
    .argument("[file]", "the reports file; stdin when absent or -")
    .option("--json", "print a JSON line after each stored batch, then a summary")
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      if ((!file || file === "-") && process.stdin.isTTY) {
        throw new UsageError(
          "give a file of source reports or pipe one in: parceltrail ingest reports.jsonl",
        );
      }
      const input = !file || file === "-" ? process.stdin : createReadStream(file);
      input.on("error", () => undefined); // reported by the read loop below
      const summary = await withStore(command, (store) =>
        ingestStream(store, readLines(input), {
          now: currentTime,
          onBatch: (batch) => {
            if (options.json) process.stdout.write(`${JSON.stringify({ stored: batch })}\n`);
          },
        }),
      ).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") throw new UsageError(`${file} does not exist.`);
        throw error;
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ summary })}\n`);
      } else {
        process.stdout.write(
          `Stored ${summary.added} new events from ${summary.reports} reports (${summary.duplicates} already stored).\n`,
        );
        for (const problem of summary.problems.slice(0, 20))
          process.stdout.write(`  line ${problem.line}: ${problem.reason}\n`);
      }
      if (summary.problems.length > 0) process.exitCode = 1;
    });
}
