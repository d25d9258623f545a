/**
 * The tables, as Kysely sees them. Both databases store the same shapes: ids are integers,
 * flags are 0/1, times are ISO 8601 UTC strings ("2026-11-18T09:41:12.000Z", which sort as
 * text), lists are JSON arrays in text columns, and raw bodies are bytes.
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export interface OrdersTable {
  id: Generated<number>;
  marketplace: string;
  order_number: string | null;
  title: string | null;
  /** JSON array of item names. */
  items: string;
  seller: string | null;
  /** Calendar date the order was placed, YYYY-MM-DD. */
  placed_on: string | null;
  shipping_method: string | null;
  /** Calendar date Buyer Protection ends, YYYY-MM-DD. */
  protection_ends_on: string | null;
  /** 1 when the end date was estimated from the marketplace and method, not given. */
  protection_estimated: number;
  dest_country: string | null;
  dest_region: string | null;
  dest_city: string | null;
  dest_postcode: string | null;
  /** JSON array of labels. */
  labels: string;
  notes: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
  // Kept up to date on every ingest so that `list` never reads events.
  status: string | null;
  stage: string | null;
  last_event_at: string | null;
  /** What `list` sorts by: the latest event, or when the order was added while it has none. */
  activity_at: string;
}

export interface TrackingNumbersTable {
  id: Generated<number>;
  order_id: number;
  /** Upper case, no spaces. */
  number: string;
  carrier: string | null;
  /** 1 when the user chose the carrier; detection never overrides it. */
  carrier_pinned: number;
  /** The number this one was handed off from (the first leg of a last-mile number). */
  handed_off_from: number | null;
  role: "first_leg" | "last_mile";
  archived: number;
  created_at: string;
  status: string | null;
  stage: string | null;
  last_event_at: string | null;
  event_count: number;
}

export interface SourcesTable {
  id: Generated<number>;
  tracking_number_id: number;
  connector: string;
  state: "active" | "done" | "failing" | "paused";
  last_fetch_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  tracking_number_id: number;
  /** The connector that reported it ("cainiao", "manual"...). */
  source: string;
  /** Hash of what makes this report this report: the same event stored twice is one row. */
  dedupe_key: string;
  /** Exactly as the source gave it. */
  time_given: string;
  /** The instant on our time line, null when the time could not be read. */
  time_utc: string | null;
  text: string;
  code: string | null;
  location: string | null;
  lang: string | null;
  status: string;
  stage: string | null;
  sub_status: string | null;
  confidence: number;
  fetch_id: number | null;
  recorded_at: string;
}

export interface FetchesTable {
  id: Generated<number>;
  connector: string;
  started_at: string;
  duration_ms: number;
  outcome: string;
  http_status: number | null;
  error: string | null;
  content_type: string | null;
  /** The raw body, gzip-compressed. */
  body: Uint8Array | null;
  body_bytes: number | null;
  /** SHA-256 of the raw (uncompressed) body, hex. */
  body_sha256: string | null;
  /** The URL asked, without secrets (null for pasted histories and older reads). */
  url: string | null;
}

/** One row per connector that has been asked: its circuit breaker and last outcome. */
export interface SourceHealthTable {
  connector: string;
  circuit: "closed" | "open" | "half_open";
  consecutive_failures: number;
  /** While open: no request before this time (ISO 8601). */
  open_until: string | null;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_reason: string | null;
  last_error: string | null;
}

export interface FetchNumbersTable {
  fetch_id: number;
  tracking_number_id: number;
}

export interface ReportsTable {
  id: Generated<number>;
  order_id: number;
  kind: "not_received" | "seller_replied" | "dispute_opened" | "receipt_confirmed";
  /** When it happened, ISO 8601. */
  at: string;
  note: string | null;
  created_at: string;
}

export interface Database {
  orders: OrdersTable;
  tracking_numbers: TrackingNumbersTable;
  sources: SourcesTable;
  events: EventsTable;
  fetches: FetchesTable;
  fetch_numbers: FetchNumbersTable;
  source_health: SourceHealthTable;
  reports: ReportsTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type NewOrderRow = Insertable<OrdersTable>;
export type OrderPatch = Updateable<OrdersTable>;
export type NumberRow = Selectable<TrackingNumbersTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type SourceRow = Selectable<SourcesTable>;
export type FetchRow = Selectable<FetchesTable>;
export type SourceHealthRow = Selectable<SourceHealthTable>;
export type ReportRow = Selectable<ReportsTable>;
export type ReportKind = ReportsTable["kind"];
export const REPORT_KINDS: readonly ReportKind[] = [
  "not_received",
  "seller_replied",
  "dispute_opened",
  "receipt_confirmed",
];
