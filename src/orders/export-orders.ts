/**
 * `export`: every order (archived ones too) as CSV or as JSON.
 *
 * - JSON is the full copy: each order as `orderView` shows it, with its tracking numbers (pinned
 *   carriers, roles, hand-off links, archived flags), their events and the buyer's reports.
 *   `importOrders(..., "json")` restores all of it; the format is `ExportFileSchema` below.
 * - CSV is the spreadsheet view: one row per order in the columns of src/import/README.md,
 *   re-importable (same orders, same numbers), every cell spreadsheet-safe. It has no events,
 *   roles or hand-offs; see the README for what else it leaves out.
 */
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { type Destination, readDestination } from "../domain/order/fields.ts";
import { findMarketplace, protectionDays } from "../domain/order/marketplaces.ts";
import { type OrdersCsvRecord, writeOrdersCsv } from "../import/orders-csv.ts";
import { eventsOfNumbers } from "../store/events.ts";
import { numbersOfOrders } from "../store/numbers.ts";
import { reportsOfOrders } from "../store/reports.ts";
import {
  type EventRow,
  type NumberRow,
  type OrderRow,
  REPORT_KINDS,
  type ReportRow,
} from "../store/schema.ts";
import type { Executor, Store } from "../store/store.ts";
import { type OrderView, orderView } from "./order-row.ts";

export const EXPORT_FORMAT = "parceltrail-export";
export const EXPORT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// The JSON file. Exported files carry every field; a hand-written file may leave out the ones
// with a default. Values are checked for meaning (known marketplace, real dates...) on import.

const text = z.string();
const nullableText = z.string().nullable();

export const ExportedEventSchema = z.object({
  source: text.min(1),
  timeGiven: text,
  timeUtc: nullableText.default(null),
  text,
  code: nullableText.default(null),
  location: nullableText.default(null),
  lang: nullableText.default(null),
  status: text,
  stage: nullableText.default(null),
  subStatus: nullableText.default(null),
  confidence: z.number().min(0).max(1),
  recordedAt: text,
});

export const ExportedNumberSchema = z.object({
  number: text,
  carrier: nullableText.default(null),
  carrierPinned: z.boolean().default(false),
  role: z.enum(["first_leg", "last_mile"]).default("first_leg"),
  /** The number (not the id) this one was handed off from. */
  handedOffFrom: nullableText.default(null),
  archived: z.boolean().default(false),
  createdAt: text.optional(),
  events: z.array(ExportedEventSchema).default([]),
});

export const ExportedReportSchema = z.object({
  kind: z.enum(REPORT_KINDS as [string, ...string[]]),
  at: text,
  note: nullableText.default(null),
  createdAt: text.optional(),
});

export const ExportedOrderSchema = z.object({
  /** The id in the exporting database; informational, never used on import. */
  id: z.number().optional(),
  marketplace: text.default("aliexpress"),
  orderNumber: nullableText.default(null),
  title: nullableText.default(null),
  items: z.array(text).default([]),
  seller: nullableText.default(null),
  placedOn: nullableText.default(null),
  shippingMethod: nullableText.default(null),
  protection: z
    .object({ endsOn: text, estimated: z.boolean().default(false) })
    .nullable()
    .default(null),
  destination: z
    .object({
      country: nullableText.default(null),
      region: nullableText.default(null),
      city: nullableText.default(null),
      postcode: nullableText.default(null),
    })
    .default({ country: null, region: null, city: null, postcode: null }),
  labels: z.array(text).default([]),
  notes: nullableText.default(null),
  archived: z.boolean().default(false),
  // Recomputed from the events on import; exported for readers of the file.
  status: nullableText.optional(),
  stage: nullableText.optional(),
  lastEventAt: nullableText.optional(),
  createdAt: text.optional(),
  updatedAt: text.optional(),
  numbers: z.array(ExportedNumberSchema).default([]),
  reports: z.array(ExportedReportSchema).default([]),
});

/** The file around the orders; each order is checked on its own, so that all problems show. */
export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: text.optional(),
  orders: z.array(z.unknown()),
});

export type ExportedEvent = z.output<typeof ExportedEventSchema>;
export type ExportedNumber = z.output<typeof ExportedNumberSchema> & { createdAt: string };
export type ExportedReport = z.output<typeof ExportedReportSchema> & { createdAt: string };
export type ExportedOrder = OrderView & { numbers: ExportedNumber[]; reports: ExportedReport[] };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  orders: ExportedOrder[];
}

// ---------------------------------------------------------------------------------------------

export interface ExportOptions {
  onProgress?: (done: number, total: number) => void;
  /** The `exportedAt` of a JSON export; the current time by default. */
  now?: string;
}

/** Orders read per round of queries: bounded statements on both databases. */
const ORDERS_PER_CHUNK = 500;
const IDS_PER_QUERY = 1_000;

interface OrderBundle {
  order: OrderRow;
  numbers: NumberRow[];
  events: Map<number, EventRow[]>;
  reports: ReportRow[];
  /** Number ids to number strings, for hand-off links. */
  numberById: Map<number, string>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    out.push(...(await read(ids.slice(start, start + IDS_PER_QUERY))));
  }
  return out;
}

/** Every order, oldest id first, with what it owns; `withEvents` reads the events too. */
async function* readOrders(
  db: Executor,
  withEvents: boolean,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<OrderBundle> {
  const orders = await db.selectFrom("orders").selectAll().orderBy("id").execute();
  onProgress?.(0, orders.length);
  for (let start = 0; start < orders.length; start += ORDERS_PER_CHUNK) {
    const chunk = orders.slice(start, start + ORDERS_PER_CHUNK);
    const orderIds = chunk.map((order) => order.id);
    const numbers = await inChunks(orderIds, (ids) => numbersOfOrders(db, ids));
    const numberIds = numbers.map((number) => number.id);
    const events = withEvents ? await inChunks(numberIds, (ids) => eventsOfNumbers(db, ids)) : [];
    const reports = withEvents ? await inChunks(orderIds, (ids) => reportsOfOrders(db, ids)) : [];
    const numberById = new Map(numbers.map((number) => [number.id, number.number]));
    // A hand-off from a number of another chunk (or order): looked up once.
    const missing = numbers
      .map((number) => number.handed_off_from)
      .filter((id): id is number => id !== null && !numberById.has(id));
    if (missing.length > 0) {
      const found = await inChunks([...new Set(missing)], (ids) =>
        db.selectFrom("tracking_numbers").select(["id", "number"]).where("id", "in", ids).execute(),
      );
      for (const row of found) numberById.set(row.id, row.number);
    }
    const eventsByNumber = groupBy(events, (event) => event.tracking_number_id);
    const numbersByOrder = groupBy(numbers, (number) => number.order_id);
    const reportsByOrder = groupBy(reports, (report) => report.order_id);
    for (const order of chunk) {
      yield {
        order,
        numbers: numbersByOrder.get(order.id) ?? [],
        events: eventsByNumber,
        reports: reportsByOrder.get(order.id) ?? [],
        numberById,
      };
    }
    onProgress?.(start + chunk.length, orders.length);
  }
}

function exportedOrder(bundle: OrderBundle): ExportedOrder {
  return {
    ...orderView(bundle.order),
    numbers: bundle.numbers.map((number) => ({
      number: number.number,
      carrier: number.carrier,
      carrierPinned: number.carrier_pinned === 1,
      role: number.role,
      handedOffFrom:
        number.handed_off_from === null ? null : (bundle.numberById.get(number.handed_off_from) ?? null),
      archived: number.archived === 1,
      createdAt: number.created_at,
      events: (bundle.events.get(number.id) ?? []).map((event) => ({
        source: event.source,
        timeGiven: event.time_given,
        timeUtc: event.time_utc,
        text: event.text,
        code: event.code,
        location: event.location,
        lang: event.lang,
        status: event.status,
        stage: event.stage,
        subStatus: event.sub_status,
        confidence: event.confidence,
        recordedAt: event.recorded_at,
      })),
    })),
    reports: bundle.reports.map((report) => ({
      kind: report.kind,
      at: report.at,
      note: report.note,
      createdAt: report.created_at,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * The destination as one cell that reads back to the same parts: the first of a few layouts
 * that `readDestination` parses to exactly what is stored ("Austin, TX, 78701, US",
 * "ES-28001 Madrid", "Madrid, ES"...); a postcode no layout keeps is left out.
 */
export function destinationCell(order: OrderRow): string {
  const country = order.dest_country;
  // A destination is stored with its country (the order readers refuse one without); a row
  // written some other way without one cannot be read back, so it is left out.
  if (!country) return "";
  const { dest_city: city, dest_region: region, dest_postcode: postcode } = order;
  const join = (parts: Array<string | null>) => parts.filter((part) => part).join(", ");
  const candidates = [join([city, region, postcode, country])];
  if (postcode)
    candidates.push(`${country}-${postcode} ${join([city, region])}`.trim(), join([city, region, country]));
  candidates.push(join([city, country]), country);
  const readsAs = (keep: (value: Destination) => boolean) =>
    candidates.find((candidate) => {
      const read = readDestination(candidate);
      return read.ok && read.value !== null && keep(read.value);
    });
  const place = (value: Destination) => value.country === country && value.city === city;
  return (
    readsAs((value) => place(value) && value.region === region && value.postcode === postcode) ??
    readsAs((value) => place(value) && value.region === region) ??
    readsAs(place) ??
    country
  );
}

/**
 * The protection end to write: empty when it was estimated and an import would estimate the
 * same date again (from the placed date, marketplace and country), so it stays an estimate.
 */
function protectionCell(order: OrderRow): string {
  const ends = order.protection_ends_on;
  if (!ends) return "";
  if (order.protection_estimated === 1 && order.placed_on) {
    const marketplace = findMarketplace(order.marketplace);
    const days = marketplace ? protectionDays(marketplace, order.dest_country) : null;
    if (days !== null && Temporal.PlainDate.from(order.placed_on).add({ days }).toString() === ends)
      return "";
  }
  return ends;
}

function list(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * The order's rows: one, unless its numbers are pinned to different carriers. The `carrier`
 * column pins every number of its row, so an order with an order number gets one row per pinned
 * carrier (and one for its unpinned numbers); the import joins rows with the same marketplace
 * and order number into one order. An order without an order number cannot be split that way:
 * its numbers stay on one row and keep a pin only when they all share it.
 */
export function csvRecords(order: OrderRow, numbers: readonly NumberRow[]): OrdersCsvRecord[] {
  const groups = new Map<string, string[]>();
  for (const number of numbers) {
    const carrier = number.carrier_pinned === 1 && number.carrier ? number.carrier : "";
    const group = groups.get(carrier);
    if (group) group.push(number.number);
    else groups.set(carrier, [number.number]);
  }
  const split = order.order_number !== null && groups.size > 1;
  const rows: Array<[string, string[]]> =
    groups.size === 0
      ? [["", []]]
      : split || groups.size === 1
        ? [...groups]
        : [["", numbers.map((number) => number.number)]];
  return rows.map(([carrier, group], index) => {
    const key = {
      order_number: order.order_number ?? "",
      marketplace: order.marketplace,
      tracking_numbers: group.join(" "),
      carrier,
    };
    if (index > 0) return key;
    return {
      ...key,
      title: order.title ?? "",
      items: list(order.items).join("; "),
      seller: order.seller ?? "",
      placed: order.placed_on ?? "",
      shipping_method: order.shipping_method ?? "",
      destination: destinationCell(order),
      protection_until: protectionCell(order),
      protection_days: "",
      labels: list(order.labels).join(", "),
      notes: order.notes ?? "",
      archived: order.archived === 1 ? "1" : "0",
    };
  });
}

// ---------------------------------------------------------------------------------------------

/** Every order as a CSV or JSON file (the whole text). */
export async function exportOrders(
  store: Store,
  format: "csv" | "json",
  options: ExportOptions = {},
): Promise<string> {
  if (format === "csv") {
    const records: OrdersCsvRecord[] = [];
    for await (const bundle of readOrders(store.db, false, options.onProgress)) {
      records.push(...csvRecords(bundle.order, bundle.numbers));
    }
    return writeOrdersCsv(records);
  }
  const orders: ExportedOrder[] = [];
  for await (const bundle of readOrders(store.db, true, options.onProgress))
    orders.push(exportedOrder(bundle));
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: options.now ?? new Date().toISOString(),
    orders,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
