/**
 * `parceltrail sources [--json] [--reset ID]`: every source, configured or not, with its health:
 * set up or what is missing, circuit, last success, last error, requests in the last day.
 */
import type { Command } from "commander";
import { connectorById } from "../../carriers/registry.ts";
import { dataDirOf, loadConfig } from "../../config/config.ts";
import { resetSourceHealth } from "../../store/source-health.ts";
import { type SourceStatus, sourceStatuses, sourcesFromConfig } from "../../sync/source-status.ts";
import { readNow } from "../assess-options.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { age, table } from "../format.ts";
import { UsageError } from "../usage-error.ts";

const SETUP: Record<SourceStatus["setup"], string> = {
  ready: "ready",
  not_configured: "not set up",
  disabled: "turned off",
  passive: "pasted by you",
};

export function sourcesText(statuses: readonly SourceStatus[], now: string): string[] {
  const rows = [["SOURCE", "SET UP", "CIRCUIT", "LAST SUCCESS", "LAST DAY", "LAST ERROR"]];
  for (const status of statuses) {
    const circuit =
      status.circuit === "open" && status.openUntil
        ? `open until ${status.openUntil.slice(11, 16)} UTC`
        : status.circuit.replace("_", " ");
    rows.push([
      status.id,
      SETUP[status.setup],
      // A source never asked has no circuit to speak of.
      status.setup === "passive" || (status.setup !== "ready" && !status.lastFailureAt) ? "-" : circuit,
      status.lastSuccessAt ? `${age(status.lastSuccessAt, now)} ago` : "never",
      status.requestsLastDay === 0 ? "0" : `${status.requestsLastDay} (${status.failedLastDay} failed)`,
      printable(status.lastError ?? ""),
    ]);
  }
  const lines = table(rows);
  const notes = statuses.filter((status) => status.problems.length > 0 || status.baseUrlOverridden);
  if (notes.length > 0) lines.push("");
  for (const status of notes) {
    if (status.baseUrlOverridden) lines.push(`${status.id}: requests go to ${status.baseUrl}`);
    for (const problem of status.problems) lines.push(`${status.id}: ${problem}`);
  }
  return lines;
}

export function registerSources(program: Command): void {
  program
    .command("sources")
    .description("every source with its set-up and health: circuit, last success, last error, requests")
    .option("--json", "print as JSON")
    .option("--reset <id>", "close a source's circuit now (after fixing its credentials, say)")
    .option("--now <time>", "as of this time (default now)")
    .action(async (options: { json?: boolean; reset?: string; now?: string }, command: Command) => {
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const config = loadConfig(dataDirOf(dataDir));
      const sources = sourcesFromConfig(config.sources);
      const now = options.now === undefined ? currentTime() : readNow(options.now);
      if (options.reset !== undefined && !connectorById(options.reset)) {
        throw new UsageError(
          `no source "${options.reset}"; the sources are ${sources.map((s) => s.connector.id).join(", ")}.`,
        );
      }
      const statuses = await withStore(command, async (store) => {
        if (options.reset !== undefined) {
          const id = options.reset;
          await store.write((tx) => resetSourceHealth(tx, id));
        }
        return sourceStatuses(store.db, sources, now);
      });
      process.stdout.write(
        options.json
          ? `${JSON.stringify(statuses, null, 2)}\n`
          : `${sourcesText(statuses, now).join("\n")}\n`,
      );
    });
}
