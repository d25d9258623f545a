/**
 * `ingest`: source reports (the timeline file's SourceReport, one JSON object a line) stored in
 * batches. Each batch is one transaction; when `onBatch` is called its reports are on disk, so a
 * caller may acknowledge them. A crash loses at most the batch in flight, and running the same
 * input again stores nothing twice.
 */
import { SourceReportSchema } from "../domain/timeline/input.ts";
import { type IngestItem, prepareEvents, storeEvents } from "../store/ingest.ts";
import { findNumber } from "../store/numbers.ts";
import type { Store } from "../store/store.ts";

export interface IngestBatch {
  /** Last input line included (1-based): every report up to it is stored. */
  throughLine: number;
  reports: number;
  added: number;
  duplicates: number;
}

export interface IngestProblemLine {
  line: number;
  reason: string;
}

export interface IngestSummary {
  reports: number;
  added: number;
  duplicates: number;
  problems: IngestProblemLine[];
}

export const EVENTS_PER_BATCH = 2_000;

export async function ingestStream(
  store: Store,
  lines: AsyncIterable<string>,
  options: { now: () => string; onBatch?: (batch: IngestBatch) => void | Promise<void> },
): Promise<IngestSummary> {
  const summary: IngestSummary = { reports: 0, added: 0, duplicates: 0, problems: [] };
  const ids = new Map<string, number | null>();
  let pending: Array<IngestItem & { line: number }> = [];
  let pendingEvents = 0;
  let lineNumber = 0;

  const flush = async () => {
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    pendingEvents = 0;
    const now = options.now();
    const rows = items.flatMap((item) => {
      const prepared = prepareEvents([item], now);
      for (const problem of prepared.problems) {
        summary.problems.push({ line: item.line, reason: `event ${problem.index + 1}: ${problem.error}` });
      }
      return prepared.rows;
    });
    const added = await store.write((tx) => storeEvents(tx, items, rows, now));
    summary.reports += items.length;
    summary.added += added;
    summary.duplicates += rows.length - added;
    await options.onBatch?.({
      throughLine: lineNumber,
      reports: items.length,
      added,
      duplicates: rows.length - added,
    });
  };

  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      summary.problems.push({ line: lineNumber, reason: "not JSON: write one source report object a line." });
      continue;
    }
    const parsed = SourceReportSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      summary.problems.push({
        line: lineNumber,
        reason: `not a source report: ${issue?.path.join(".") || "value"} ${issue?.message ?? ""}`.trim(),
      });
      continue;
    }
    const report = parsed.data;
    const number = report.number.trim().toUpperCase().replace(/[\s-]/g, "");
    if (!ids.has(number)) ids.set(number, (await findNumber(store.db, number))?.id ?? null);
    const numberId = ids.get(number) ?? null;
    if (numberId === null) {
      summary.problems.push({
        line: lineNumber,
        reason: `${number} is not tracked; add it first with parceltrail add.`,
      });
      continue;
    }
    pending.push({ numberId, report, line: lineNumber });
    pendingEvents += report.events.length;
    if (pendingEvents >= EVENTS_PER_BATCH) await flush();
  }
  await flush();
  return summary;
}
