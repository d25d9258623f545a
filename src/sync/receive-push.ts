/**
 * Storing one verified 17TRACK push the way a sync stores a read: the push's raw body becomes a
 * fetch (the buyer's evidence of what 17TRACK said and when), its events are linked to that fetch,
 * the number's 17TRACK source row is updated, and a last-mile number it reveals is created in the
 * same order and linked. All of it goes through `storeBatch`, in one transaction, so a push and a
 * sync can never store the same answer two different ways.
 */
import type { TrackResult } from "../carriers/connector.ts";
import type { Exchange } from "../carriers/http.ts";
import { seventeenTrackConnector } from "../carriers/seventeen-track/connector.ts";
import type { WebhookEvent, WebhookUpdate } from "../carriers/seventeen-track/webhook.ts";
import { findNumber } from "../store/numbers.ts";
import { getOrder } from "../store/orders.ts";
import type { Store } from "../store/store.ts";
import type { SyncNumber } from "./due.ts";
import { type LinkedNumber, storeBatch } from "./store-batch.ts";

/** Where a push's fetch says it came from: not a URL we asked, the push receiver. */
export const PUSH_URL = "webhook:17track";

export type PushStored =
  | {
      stored: true;
      event: WebhookEvent;
      number: string;
      orderId: number;
      /** "found", or "not_found" for a push without events (a stop, or nothing yet). */
      outcome: TrackResult["outcome"];
      newEvents: number;
      statusBefore: string | null;
      statusAfter: string | null;
      linked: LinkedNumber[];
      /** Events that could not be read (kept out, with why). */
      problems: Array<{ number: string; error: string }>;
    }
  | { stored: false; event: WebhookEvent; number: string; reason: "not tracked" };

/** The number as the store keeps it: upper case, no spaces or dashes (as `add` stores it). */
export function normalizePushedNumber(number: string): string {
  return number.trim().toUpperCase().replace(/[\s-]/g, "");
}

function outcomeOf(result: TrackResult): Exchange["outcome"] {
  if (result.outcome === "found") return "ok";
  if (result.outcome === "not_found") return "not_found";
  return result.reason;
}

/**
 * Stores one push that `readWebhook` verified. `rawBody` is the body exactly as received: its
 * SHA-256 is what proves the stored copy is the one 17TRACK sent.
 */
export async function receivePush(
  store: Store,
  update: WebhookUpdate,
  rawBody: Uint8Array,
  now: string,
): Promise<PushStored> {
  const number = normalizePushedNumber(update.number);
  const row = await findNumber(store.db, number);
  // A number we do not track (removed since it was registered, or registered by another tool with
  // the same key) is answered 200 all the same: an error status only makes 17TRACK push it again
  // and again, and nothing we could answer would make it stop. Nothing is stored for it.
  if (!row) return { stored: false, event: update.event, number, reason: "not tracked" };
  const order = await getOrder(store.db, row.order_id);
  const syncNumber: SyncNumber = {
    id: row.id,
    number: row.number,
    carrier: row.carrier,
    carrierPinned: row.carrier_pinned === 1,
    orderId: row.order_id,
    marketplace: order?.marketplace ?? null,
    destCountry: order?.dest_country ?? null,
    stage: row.stage,
    status: row.status,
    // storeBatch does not read these two: they decide what a sync asks, and a push is not asked.
    lastReadAt: null,
    doneWith: new Set(),
  };
  const exchange: Exchange = {
    connector: seventeenTrackConnector.id,
    method: "POST",
    url: PUSH_URL,
    startedAt: now,
    durationMs: 0,
    status: 200,
    contentType: "application/json",
    body: rawBody,
    error: null,
    outcome: outcomeOf(update.result),
    numbers: [row.number],
    record: true,
  };
  // The result carries the stored spelling of the number (storeBatch matches on it) and the
  // exchange, so that its events are linked to the push's fetch.
  const result: TrackResult = { ...update.result, number: row.number, exchange };
  const stored = await storeBatch(store, seventeenTrackConnector, [syncNumber], [result], [exchange], now);
  const change = stored.changes.find((each) => each.number === row.number);
  return {
    stored: true,
    event: update.event,
    number: row.number,
    orderId: row.order_id,
    outcome: result.outcome,
    newEvents: change?.newEvents ?? 0,
    statusBefore: change ? change.statusBefore : row.status,
    statusAfter: change ? change.statusAfter : row.status,
    linked: stored.linked,
    problems: stored.problems,
  };
}
