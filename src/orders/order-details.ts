/**
 * Everything `show` tells about one order: the order, its numbers with their sources and reads,
 * the buyer's reports, and the merged timeline built from the stored events by the same code
 * that merges live sources.
 */
import { buildTimeline, type Timeline } from "../domain/timeline/build-timeline.ts";
import type { SourceReport } from "../domain/timeline/input.ts";
import { eventsOfNumbers } from "../store/events.ts";
import { type FetchSummary, fetchesOfNumbers } from "../store/fetches.ts";
import { findNumber, getNumber, numbersOfOrder } from "../store/numbers.ts";
import { findOrdersByNumber, getOrder } from "../store/orders.ts";
import { reportsOfOrders } from "../store/reports.ts";
import type { EventRow, NumberRow, OrderRow, ReportRow, SourceRow } from "../store/schema.ts";
import { sourcesOfNumbers } from "../store/sources.ts";
import type { Executor } from "../store/store.ts";
import { NotFoundError } from "../store/store-error.ts";

export interface OrderDetails {
  order: OrderRow;
  numbers: NumberRow[];
  sources: SourceRow[];
  fetches: FetchSummary[];
  reports: ReportRow[];
  events: EventRow[];
  timeline: Timeline;
}

/**
 * An order by id ("12"), by one of its tracking numbers, or by its marketplace order number.
 * A bare number is an id first; "#12" is always an id.
 */
export async function findOrder(db: Executor, ref: string): Promise<OrderRow> {
  const text = ref.trim();
  const id = /^#?\d{1,9}$/.test(text) ? Number(text.replace("#", "")) : null;
  if (id !== null) {
    const order = await getOrder(db, id);
    if (order) return order;
  }
  const byTracking = await findNumber(db, text.toUpperCase().replace(/[\s-]/g, ""));
  if (byTracking) {
    const order = await getOrder(db, byTracking.order_id);
    if (order) return order;
  }
  const byOrderNumber = await findOrdersByNumber(db, text.replace(/^#/, ""));
  if (byOrderNumber.length === 1 && byOrderNumber[0]) return byOrderNumber[0];
  if (byOrderNumber.length > 1) {
    throw new NotFoundError(
      `order number ${text} is on ${byOrderNumber.length} marketplaces (ids ${byOrderNumber.map((order) => order.id).join(", ")}); give the id.`,
    );
  }
  throw new NotFoundError(`no order or tracking number "${text}"; parceltrail list shows what is stored.`);
}

/** The stored events as the timeline's input: one report per number and source. */
export function timelineSources(numbers: readonly NumberRow[], events: readonly EventRow[]): SourceReport[] {
  const byId = new Map(numbers.map((number) => [number.id, number]));
  const reports = new Map<string, SourceReport>();
  for (const event of events) {
    const number = byId.get(event.tracking_number_id);
    if (!number) continue;
    const key = `${number.id}\u0000${event.source}`;
    let report = reports.get(key);
    if (!report) {
      report = { source: event.source, number: number.number, carrier: number.carrier, events: [] };
      reports.set(key, report);
    }
    report.events.push({
      time: event.time_given,
      text: event.text,
      code: event.code,
      location: event.location,
      lang: event.lang,
    });
  }
  return [...reports.values()];
}

export async function loadOrderDetails(db: Executor, order: OrderRow, now: string): Promise<OrderDetails> {
  const numbers = (await numbersOfOrder(db, order.id)).filter(
    (number) => number.archived === 0 || order.archived === 1,
  );
  const ids = numbers.map((number) => number.id);
  const [events, sources, fetches, reports] = await Promise.all([
    eventsOfNumbers(db, ids),
    sourcesOfNumbers(db, ids),
    fetchesOfNumbers(db, ids),
    reportsOfOrders(db, [order.id]),
  ]);
  const timeline = buildTimeline({
    now,
    destinationCountry: order.dest_country,
    sources: timelineSources(numbers, events),
  });
  return { order, numbers, sources, fetches, reports, events, timeline };
}

/** The number a handoff came from, for display. */
export async function numberLabel(db: Executor, id: number | null): Promise<string | null> {
  if (id === null) return null;
  return (await getNumber(db, id))?.number ?? null;
}
