/**
 * `parceltrail paste NUMBER < history.txt`: stores a tracking history copied from a carrier's
 * web page as the number's manual source.
 */
import type { Command } from "commander";
import { pasteHistory } from "../../orders/paste-history.ts";
import { currentTime, readStdin, withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

export function registerPaste(program: Command): void {
  program
    .command("paste")
    .description("store a tracking history copied from a carrier's page (read from stdin)")
    .argument("<number>", "the tracked number the history belongs to")
    .option("--us-dates", "read 03/04/2026 as March 4 (US pages); day first otherwise")
    .option("--json", "print the result as JSON")
    .action(async (number: string, options: { usDates?: boolean; json?: boolean }, command: Command) => {
      if (process.stdin.isTTY) {
        throw new UsageError(
          `pipe the history in: parceltrail paste ${number} < history.txt (or paste, then Ctrl-D).`,
        );
      }
      const text = await readStdin();
      const result = await withStore(command, (store) =>
        pasteHistory(store, { number, text, dateOrder: options.usDates ? "mdy" : undefined }, currentTime()),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      process.stdout.write(
        `${result.number}: ${result.found} events read (${result.layout} layout), ${result.added} new, ${result.duplicates} already stored.\n`,
      );
      for (const skipped of result.skipped.slice(0, 10)) {
        process.stdout.write(`  skipped${skipped.line ? ` line ${skipped.line}` : ""}: ${skipped.reason}\n`);
      }
      if (result.skipped.length > 10)
        process.stdout.write(`  ... and ${result.skipped.length - 10} more skipped lines\n`);
    });
}
