/**
 * `parceltrail sync [REF...] [--all] [--json]`: read the due numbers (or the named orders', or
 * every moving one) from their sources, follow the last-mile numbers they reveal, and print what
 * changed and which sources failed and why. Exit status 1 when a source failed.
 */
import type { Command } from "commander";
import { dataDirOf, loadConfig } from "../../config/config.ts";
import { findOrder } from "../../orders/order-details.ts";
import { runSync, type SyncSummary } from "../../sync/run-sync.ts";
import { sourcesFromConfig } from "../../sync/source-status.ts";
import { readNow } from "../assess-options.ts";
import { printable, withStore } from "../context.ts";
import { count, table } from "../format.ts";
import { progressBar } from "../progress.ts";
import { UsageError } from "../usage-error.ts";

interface SyncOptions {
  all?: boolean;
  json?: boolean;
  now?: string;
}

const shortTime = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "");

export function syncText(summary: SyncSummary): string[] {
  const lines: string[] = [];
  const sources = new Set([
    ...summary.changes.map((c) => c.source),
    ...summary.failures.map((f) => f.connector),
  ]);
  lines.push(
    `Read ${count(summary.read, "number")} with ${count(summary.requests, "request")}` +
      (sources.size > 0 ? ` (${[...sources].join(", ")}).` : "."),
  );
  if (summary.changes.length > 0) {
    lines.push("", "Changed:");
    lines.push(
      ...table(
        summary.changes.map((change) => [
          `  order ${change.orderId}`,
          change.number,
          change.newEvents > 0 ? `+${count(change.newEvents, "event")}` : "",
          change.statusBefore === change.statusAfter
            ? (change.statusAfter ?? "")
            : `${change.statusBefore ?? "new"} → ${change.statusAfter ?? "?"}`,
          change.source,
        ]),
      ),
    );
  }
  if (summary.linked.length > 0) {
    lines.push("", "New linked numbers (followed in this sync):");
    for (const link of summary.linked) {
      lines.push(
        `  order ${link.orderId}  ${link.from} → ${link.number}${link.carrier ? ` (${link.carrier})` : ""}, from ${link.source}`,
      );
    }
  }
  if (summary.notFound.length > 0) {
    lines.push("", "Not found (yet):");
    for (const miss of summary.notFound) {
      lines.push(`  ${miss.number}  ${miss.connector}${miss.message ? `: ${printable(miss.message)}` : ""}`);
    }
  }
  if (summary.failures.length > 0) {
    lines.push("", "Failed:");
    for (const failure of summary.failures) {
      const numbers =
        failure.numbers.length === 1 ? failure.numbers[0] : count(failure.numbers.length, "number");
      lines.push(
        `  ${failure.connector}  ${failure.reason}: ${printable(failure.message)} (${numbers})` +
          (failure.retryAt ? `; the source asks to wait until ${shortTime(failure.retryAt)} UTC` : ""),
      );
    }
  }
  if (summary.skipped.length > 0) {
    lines.push("", "Not asked (paused after failures; `parceltrail sources` tells more):");
    for (const skip of summary.skipped) {
      lines.push(
        `  ${skip.connector}  ${count(skip.numbers, "number")} left for later` +
          (skip.until ? `, paused until ${shortTime(skip.until)} UTC` : "") +
          (skip.lastError ? ` (${printable(skip.lastError)})` : ""),
      );
    }
  }
  if (summary.unanswered.length > 0) {
    lines.push("", "No configured source can read:");
    for (const miss of summary.unanswered) {
      lines.push(
        `  ${miss.number}` +
          (miss.couldAsk.length > 0
            ? `  set up ${miss.couldAsk.join(" or ")} (see parceltrail sources)`
            : ""),
      );
    }
  }
  if (summary.problems.length > 0) {
    lines.push("", `${count(summary.problems.length, "event")} could not be read and were left out:`);
    for (const problem of summary.problems.slice(0, 10))
      lines.push(`  ${problem.number}: ${printable(problem.error)}`);
  }
  if (summary.changes.length === 0 && summary.linked.length === 0 && summary.read > 0)
    lines.push("", "Nothing new.");
  return lines;
}

export function registerSync(program: Command): void {
  program
    .command("sync")
    .description("read the due tracking numbers from their sources and follow handoffs to last-mile numbers")
    .argument("[refs...]", "orders to read now (id, tracking number or order number); default: the due ones")
    .option("--all", "read every number still moving, due or not")
    .option("--json", "print the summary as JSON")
    .option("--now <time>", "the time to record reads at (default now, or PARCELTRAIL_NOW)")
    .action(async (refs: string[], options: SyncOptions, command: Command) => {
      if (options.all && refs.length > 0) throw new UsageError("give orders or --all, not both.");
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const config = loadConfig(dataDirOf(dataDir));
      const sources = sourcesFromConfig(config.sources);
      const fixedNow = options.now === undefined ? null : readNow(options.now);
      const progress = progressBar("Syncing", { json: options.json });
      const summary = await withStore(command, async (store) => {
        const orderIds =
          refs.length > 0
            ? await Promise.all(refs.map(async (ref) => (await findOrder(store.db, ref)).id))
            : undefined;
        return runSync(
          {
            store,
            sources,
            now: () => fixedNow ?? readNow(undefined),
            lang: config.lang,
            onProgress: (done, total) => progress.update(done, total),
          },
          { ...(orderIds ? { orderIds } : {}), all: options.all === true },
        ).finally(() => progress.stop());
      });
      process.stdout.write(
        options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${syncText(summary).join("\n")}\n`,
      );
      if (summary.failures.length > 0) process.exitCode = 1;
    });
}
