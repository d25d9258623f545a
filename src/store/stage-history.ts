/**
 * When earlier delivered parcels entered each stage: what the assessment learns normal durations
 * from. One grouped query over the most recent delivered orders of a route and method.
 */
import type { DeliveredParcel } from "../domain/assess/learn-durations.ts";
import type { Stage } from "../domain/status/statuses.ts";
import { GUESS } from "../domain/timeline/overall-status.ts";
import type { Executor } from "./store.ts";

/** Enough to learn from, few enough to stay fast; the newest deliveries reflect today's routes. */
const RECENT_PARCELS = 200;

export async function deliveredStageStarts(
  db: Executor,
  route: { destCountry: string | null; method: string | null; excludeOrderId?: number },
): Promise<DeliveredParcel[]> {
  if (!route.destCountry || !route.method) return [];
  const orders = await db
    .selectFrom("orders")
    .select("id")
    .where("dest_country", "=", route.destCountry)
    .where("shipping_method", "=", route.method)
    .where("status", "=", "delivered")
    .where("id", "!=", route.excludeOrderId ?? -1)
    .orderBy("activity_at", "desc")
    .limit(RECENT_PARCELS)
    .execute();
  if (orders.length === 0) return [];
  const rows = await db
    .selectFrom("events")
    .innerJoin("tracking_numbers", "tracking_numbers.id", "events.tracking_number_id")
    .select(["tracking_numbers.order_id as orderId", "events.stage as stage"])
    .select((eb) => eb.fn.min("events.time_utc").as("start"))
    .where(
      "tracking_numbers.order_id",
      "in",
      orders.map((order) => order.id),
    )
    .where("events.stage", "is not", null)
    .where("events.time_utc", "is not", null)
    .where("events.confidence", ">=", GUESS)
    .groupBy(["tracking_numbers.order_id", "events.stage"])
    .execute();
  const parcels = new Map<number, Partial<Record<Stage, number>>>();
  for (const row of rows) {
    const start = row.start ? Date.parse(row.start) : Number.NaN;
    if (!row.stage || Number.isNaN(start)) continue;
    const starts = parcels.get(row.orderId) ?? {};
    starts[row.stage as Stage] = start;
    parcels.set(row.orderId, starts);
  }
  const delivered: DeliveredParcel[] = [];
  for (const stageStart of parcels.values()) {
    const done = stageStart.done;
    if (done === undefined) continue;
    delivered.push({ stageStart, deliveredAt: done });
  }
  return delivered;
}
