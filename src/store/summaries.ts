/**
 * Each number and each order carries its current status, stage and latest event time, so that
 * `list` and its filters read one row per order and never the events. They are recomputed from the
 * stored events, with the timeline's own rule (the most advanced stage, a later problem shown as
 * what it is), whenever events are added.
 */

import { type RawBuilder, sql } from "kysely";
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

interface SummaryUpdate {
  id: number;
  status: string | null;
  stage: string | null;
  last_event_at: string | null;
  /** Numbers only. */
  eventCount?: number;
}

// 5 values a row: 200 rows stay far below SQLite's and PostgreSQL's parameter limits.
const ROWS_PER_UPDATE = 200;

/**
 * Many rows' summaries in one UPDATE (a CASE on the id per column): one statement per batch
 * instead of one per row, which was most of the time spent storing a batch of events. Casts keep
 * PostgreSQL from reading the untyped parameters as text.
 */
async function updateSummaries(
  db: Executor,
  table: "orders" | "tracking_numbers",
  rows: readonly SummaryUpdate[],
): Promise<void> {
  if (rows.length === 0) return;
  const column = (name: string, value: (row: SummaryUpdate) => RawBuilder<unknown>) =>
    sql`${sql.ref(name)} = case ${sql.ref("id")} ${sql.join(
      rows.map((row) => sql`when ${row.id} then ${value(row)}`),
      sql` `,
    )} else ${sql.ref(name)} end`;
  const text = (value: string | null) => sql`cast(${value} as text)`;
  const sets = [
    column("status", (row) => text(row.status)),
    column("stage", (row) => text(row.stage)),
    column("last_event_at", (row) => text(row.last_event_at)),
  ];
  if (table === "tracking_numbers") {
    sets.push(column("event_count", (row) => sql`cast(${row.eventCount ?? 0} as integer)`));
  } else {
    // What `list` sorts by: the latest event, or when the order was added.
    sets.push(
      column("activity_at", (row) => sql`coalesce(${text(row.last_event_at)}, ${sql.ref("created_at")})`),
    );
  }
  await sql`update ${sql.table(table)} set ${sql.join(sets)} where ${sql.ref("id")} in (${sql.join(rows.map((row) => row.id))})`.execute(
    db,
  );
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
  const numberUpdates: SummaryUpdate[] = [];
  for (const number of numbers) {
    const events = byNumber.get(number.id) ?? [];
    if (wanted.has(number.id))
      numberUpdates.push({ id: number.id, ...summarise(events), eventCount: events.length });
    let order = byOrder.get(number.order_id);
    if (!order) {
      order = { followed: [], all: [] };
      byOrder.set(number.order_id, order);
    }
    order.all.push(events);
    if (number.archived === 0) order.followed.push(events);
  }
  const orderUpdates = [...byOrder].map(([orderId, order]) => ({
    id: orderId,
    ...summarise((order.followed.length > 0 ? order.followed : order.all).flat()),
  }));
  for (let start = 0; start < numberUpdates.length; start += ROWS_PER_UPDATE) {
    await updateSummaries(db, "tracking_numbers", numberUpdates.slice(start, start + ROWS_PER_UPDATE));
  }
  for (let start = 0; start < orderUpdates.length; start += ROWS_PER_UPDATE) {
    await updateSummaries(db, "orders", orderUpdates.slice(start, start + ROWS_PER_UPDATE));
  }
}
