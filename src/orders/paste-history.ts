/**
 * `paste`: a history the buyer copied from a carrier's page becomes the number's "manual" source.
 * The pasted text itself is kept as a read (with its SHA-256), like any fetched body, and the
 * events are classified like any others. Pasting the same history twice adds nothing.
 */
import { type PasteProblem, parsePastedHistory } from "../domain/paste/parse-history.ts";
import { insertFetch } from "../store/fetches.ts";
import { prepareEvents, storeEvents } from "../store/ingest.ts";
import { findNumber } from "../store/numbers.ts";
import { getOrder } from "../store/orders.ts";
import type { Store } from "../store/store.ts";
import { NotFoundError } from "../store/store-error.ts";
import { ValidationError } from "./validation-error.ts";

export interface PasteResult {
  number: string;
  orderId: number;
  layout: string;
  found: number;
  added: number;
  duplicates: number;
  /** Lines that could not be used, and why. */
  skipped: PasteProblem[];
}

export const MAX_PASTE_BYTES = 5 * 1024 * 1024;

export async function pasteHistory(
  store: Store,
  request: { number: string; text: string; dateOrder?: "dmy" | "mdy" | undefined },
  now: string,
): Promise<PasteResult> {
  if (Buffer.byteLength(request.text) > MAX_PASTE_BYTES) {
    throw new ValidationError([
      `the pasted history is larger than ${MAX_PASTE_BYTES / 1024 / 1024} MB; paste one parcel's history.`,
    ]);
  }
  const normalized = request.number.trim().toUpperCase().replace(/[\s-]/g, "");
  const tracked = await findNumber(store.db, normalized);
  if (!tracked)
    throw new NotFoundError(`${normalized} is not tracked; add it first: parceltrail add ${normalized}`);
  const order = await getOrder(store.db, tracked.order_id);
  const history = parsePastedHistory(request.text, { dateOrder: request.dateOrder });
  if (history.events.length === 0) {
    throw new ValidationError([history.problems[0]?.reason ?? "no events found in the pasted text."]);
  }
  const item = {
    numberId: tracked.id,
    report: {
      source: "manual",
      carrier: tracked.carrier,
      dateOrder: request.dateOrder ?? null,
      events: history.events,
    },
    route: { origin: null, destination: order?.dest_country ?? null },
  };
  const { rows, problems } = prepareEvents([item], now);
  const added = await store.write(async (tx) => {
    const fetchId = await insertFetch(tx, {
      connector: "manual",
      startedAt: now,
      durationMs: 0,
      outcome: "manual",
      contentType: "text/plain; charset=utf-8",
      body: request.text,
      numberIds: [tracked.id],
    });
    return storeEvents(
      tx,
      [item],
      rows.map((row) => ({ ...row, fetch_id: fetchId })),
      now,
    );
  });
  return {
    number: tracked.number,
    orderId: tracked.order_id,
    layout: history.layout,
    found: history.events.length,
    added,
    duplicates: rows.length - added,
    skipped: [
      ...history.problems,
      ...problems.map((problem) => ({ line: 0, reason: `event ${problem.index + 1}: ${problem.error}` })),
    ],
  };
}
