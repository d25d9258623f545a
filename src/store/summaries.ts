/**
 * Each number and each order carries its current status, stage and latest event time, so that
 * `list` and its filters read one row per order and never the events. They are recomputed from the
 * stored events, with the timeline's own rule (the most advanced stage, a later problem shown as
 * what it is), whenever events are added.
 */

import type { Status } from "../domain/status/statuses.ts";
import { overallStatus, type StatusEvent } from "../domain/timeline/overall-status.ts";
import type { Executor } from "./store.ts";

interface Row {
  id: number;
  tracking_number_id: number;
  status: string;
  time_utc: string | null;
  confidence: number;
}

function summarise(rows: readonly Row[]) {
  const dated = rows.filter((row) => row.time_utc !== null) as Array<Row & { time_utc: string }>;
  dated.sort((a, b) => (a.time_utc < b.time_utc ? -1 : a.time_utc > b.time_utc ? 1 : a.id - b.id));
  const events: StatusEvent[] = dated.map((row) => ({
    id: String(row.id),
    status: row.status as Status,
    epochMs: Date.parse(row.time_utc),
    confidence: row.confidence,
  }));
  const overall = overallStatus(events);
  return {
    status: overall?.status ?? null,
    stage: overall?.stage ?? null,
    last_event_at: dated.at(-1)?.time_utc ?? null,
  };
}

/**
 * Recomputes the summaries of these numbers (archived ones too: each keeps its own) and of their
 * orders. An order's summary comes from its numbers still followed, or from all of them when every
 * one is archived.
 */
export async function refreshSummaries(db: Executor, numberIds: readonly number[]): Promise<void> {
  if (numberIds.length === 0) return;
  const numbers = await db
    .selectFrom("tracking_numbers")
    .select(["id", "order_id", "archived"])
    .where("order_id", "in", (qb) =>
      qb.selectFrom("tracking_numbers").select("order_id").where("id", "in", numberIds),
    )
    .execute();
  if (numbers.length === 0) return;
  const rows = await db
    .selectFrom("events")
    .select(["id", "tracking_number_id", "status", "time_utc", "confidence"])
    .where(
      "tracking_number_id",
      "in",
      numbers.map((number) => number.id),
    )
    .execute();
  const byNumber = new Map<number, Row[]>();
  for (const row of rows) {
    const list = byNumber.get(row.tracking_number_id);
    if (list) list.push(row);
    else byNumber.set(row.tracking_number_id, [row]);
  }
  const wanted = new Set(numberIds);
  // Per order, the events of each of its numbers.
  const byOrder = new Map<number, { followed: Row[][]; all: Row[][] }>();
  for (const number of numbers) {
    const events = byNumber.get(number.id) ?? [];
    if (wanted.has(number.id)) {
      await db
        .updateTable("tracking_numbers")
        .set({ ...summarise(events), event_count: events.length })
        .where("id", "=", number.id)
        .execute();
    }
    let order = byOrder.get(number.order_id);
    if (!order) {
      order = { followed: [], all: [] };
      byOrder.set(number.order_id, order);
    }
    order.all.push(events);
    if (number.archived === 0) order.followed.push(events);
  }
  for (const [orderId, order] of byOrder) {
    const events = (order.followed.length > 0 ? order.followed : order.all).flat();
    const summary = summarise(events);
    await db
      .updateTable("orders")
      .set((eb) => ({ ...summary, activity_at: summary.last_event_at ?? eb.ref("created_at") }))
      .where("id", "=", orderId)
      .execute();
  }
}
