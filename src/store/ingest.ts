/**
 * Storing what a source reported for a number: each event read and classified the same way the
 * timeline reads it, stored once (the dedupe key makes a repeat a no-op), the source's read
 * recorded, and the number's and order's summaries brought up to date, all in one transaction.
 */

import { stageOf } from "../domain/status/statuses.ts";
import type { SourceReport } from "../domain/timeline/input.ts";
import { interpretEvent, type Route } from "../domain/timeline/interpret-event.ts";
import { dedupeKey } from "./dedupe-key.ts";
import { insertEvents, type NewEvent } from "./events.ts";
import { recordSuccessfulReads } from "./sources.ts";
import type { Executor, Store } from "./store.ts";
import { refreshSummaries } from "./summaries.ts";

export interface IngestItem {
  numberId: number;
  report: Pick<SourceReport, "source" | "carrier" | "lang" | "timeZone" | "dateOrder" | "events">;
  route?: Route;
  fetchId?: number | null;
}

export interface IngestProblem {
  numberId: number;
  index: number;
  error: string;
}

export interface IngestResult {
  /** Events stored now. */
  added: number;
  /** Events that were already stored. */
  duplicates: number;
  /** Events that could not be read (no usable time, not an object); nothing is stored for them. */
  problems: IngestProblem[];
}

/** Reads and classifies the events (no database work): the part that can run before the lock. */
export function prepareEvents(
  items: readonly IngestItem[],
  now: string,
): { rows: NewEvent[]; problems: IngestProblem[] } {
  const rows: NewEvent[] = [];
  const problems: IngestProblem[] = [];
  for (const item of items) {
    const route = item.route ?? { origin: null, destination: null };
    item.report.events.forEach((raw, index) => {
      const read = interpretEvent(raw, item.report, route);
      if (!read.ok) {
        problems.push({ numberId: item.numberId, index, error: read.error });
        return;
      }
      const event = read.event;
      const status = event.classification.status;
      rows.push({
        tracking_number_id: item.numberId,
        source: item.report.source,
        dedupe_key: dedupeKey({ source: item.report.source, ...event }),
        time_given: event.timeGiven,
        // One fixed layout (24 characters, milliseconds, Z) so that times sort as text.
        time_utc: new Date(event.time.epochMs).toISOString(),
        text: event.text,
        code: event.code,
        location: event.location,
        lang: event.lang,
        status,
        stage: stageOf(status),
        sub_status: event.classification.subStatus ?? null,
        confidence: Math.round(event.classification.confidence * 1000) / 1000,
        fetch_id: item.fetchId ?? null,
        recorded_at: now,
      });
    });
  }
  return { rows, problems };
}

/** Stores prepared rows inside an open transaction. */
export async function storeEvents(
  tx: Executor,
  items: readonly IngestItem[],
  rows: readonly NewEvent[],
  now: string,
): Promise<number> {
  const added = await insertEvents(tx, rows);
  await recordSuccessfulReads(
    tx,
    items.map((item) => ({ numberId: item.numberId, connector: item.report.source })),
    now,
  );
  await refreshSummaries(tx, [...new Set(items.map((item) => item.numberId))]);
  return added.length;
}

export async function ingest(store: Store, items: readonly IngestItem[], now: string): Promise<IngestResult> {
  const { rows, problems } = prepareEvents(items, now);
  const added = await store.write((tx) => storeEvents(tx, items, rows, now));
  return { added, duplicates: rows.length - added, problems };
}
