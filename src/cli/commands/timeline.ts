/**
 * `parceltrail timeline FILE.json`: merge the events several sources reported for an order's
 * tracking numbers into one timeline, with the overall status, the freshest source per number,
 * the handoffs to follow and the events that could not be read. The file format is in the README.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { buildTimeline, type Timeline, type TimelineEvent } from "../../domain/timeline/build-timeline.ts";
import { TimelineInputSchema } from "../../domain/timeline/input.ts";
import { LineWriter } from "../output.ts";
import { UsageError } from "../usage-error.ts";

interface TimelineOptions {
  json?: boolean;
  now?: string;
}

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `${file} does not exist.` : `cannot read ${file} (${code ?? String(error)}).`,
    );
  }
}

function when(event: TimelineEvent): string {
  const time = event.time;
  if (time.local && time.offset) {
    const local = time.local.replace("T", " ").slice(0, 16);
    return `${local} ${time.zoneGuessed ? `${time.offset}?` : time.offset}`;
  }
  return `${time.instant.replace("T", " ").slice(0, 16)} UTC`;
}

function describe(timeline: Timeline): string[] {
  const lines: string[] = [];
  const overall = timeline.overall;
  lines.push(
    overall
      ? `Overall: ${overall.status}${overall.stage ? ` (${overall.stage})` : ""} since ${overall.since.slice(0, 16).replace("T", " ")} UTC: ${overall.reason}.`
      : "Overall: no events yet.",
  );
  lines.push("");
  for (const event of timeline.events) {
    const place = event.location ? `  @ ${event.location}` : "";
    const sources = event.sources.join("+");
    const future = event.future ? "  [dated in the future]" : "";
    lines.push(
      `${when(event).padEnd(24)} ${event.status.padEnd(22)} ${event.text.slice(0, 80)}${place}  [${sources}]${future}`,
    );
  }
  if (timeline.numbers.length > 0) lines.push("");
  for (const number of timeline.numbers) {
    const sources = number.sources
      .map(
        (source) =>
          `${source.source} (${source.events} events, latest ${source.latestEventAt?.slice(0, 16) ?? "none"}, read ${source.fetchedAt?.slice(0, 16) ?? "unknown"})`,
      )
      .join("; ");
    lines.push(`${number.number}: freshest source ${number.freshest ?? "none"}. ${sources}`);
  }
  for (const handoff of timeline.handoffs) {
    lines.push(
      `Handoff: ${handoff.from} → ${handoff.number} (${handoff.carrier ?? handoff.carrierName ?? "carrier unknown"}), from ${handoff.source}: ${handoff.evidence.slice(0, 80)}`,
    );
  }
  for (const problem of timeline.problems) {
    lines.push(
      `Skipped event ${problem.index + 1} of ${problem.source} for ${problem.number}: ${problem.error}`,
    );
  }
  return lines;
}

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description("merge events from several sources into one timeline with the overall status")
    .argument("<file>", "JSON file with the sources and their events (see README), or - for stdin")
    .option("--json", "print the timeline as JSON")
    .option("--now <time>", "ISO 8601 time to judge 'in the future' against (default: now)")
    .action(async (file: string, options: TimelineOptions) => {
      const raw = await readInput(file);
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        throw new UsageError(
          `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
      const parsed = TimelineInputSchema.safeParse(value);
      if (!parsed.success) {
        throw new UsageError(
          `${file} is not a timeline input: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`,
        );
      }
      const now = options.now ?? parsed.data.now ?? new Date().toISOString();
      if (Number.isNaN(Date.parse(now))) throw new UsageError(`--now ${now} is not an ISO 8601 time.`);
      const timeline = buildTimeline({ ...parsed.data, now });
      const out = new LineWriter(process.stdout);
      if (options.json) await out.write(JSON.stringify(timeline, null, 2));
      else for (const line of describe(timeline)) await out.write(line);
      await out.flush();
    });
}
