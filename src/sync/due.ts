/**
 * Which numbers a sync reads. Named orders: all their numbers, now. `--all`: every number still
 * moving. Otherwise the due ones: never read, or not read for longer than their stage's polling
 * interval: often where things change by the hour (out for delivery, at the destination), rarely
 * during line-haul where a day without news is normal.
 */
import type { Stage } from "../domain/status/statuses.ts";
import type { Executor } from "../store/store.ts";

const HOUR = 3_600_000;

export const POLL_INTERVAL: Record<Stage | "unknown", number> = {
  pre_transit: 12 * HOUR,
  origin: 12 * HOUR,
  line_haul: 24 * HOUR,
  destination: 6 * HOUR,
  final_mile: 2 * HOUR,
  done: Number.POSITIVE_INFINITY,
  unknown: 6 * HOUR,
};

export interface SyncNumber {
  id: number;
  number: string;
  carrier: string | null;
  carrierPinned: boolean;
  orderId: number;
  marketplace: string | null;
  destCountry: string | null;
  stage: string | null;
  status: string | null;
  /** The latest read of this number by any source (ISO 8601), null when never read. */
  lastReadAt: string | null;
  /** Sources that said they are done with it. */
  doneWith: Set<string>;
}

export async function loadSyncNumbers(
  db: Executor,
  filter: { orderIds?: readonly number[] | undefined },
): Promise<SyncNumber[]> {
  let query = db
    .selectFrom("tracking_numbers as n")
    .innerJoin("orders as o", "o.id", "n.order_id")
    .select([
      "n.id",
      "n.number",
      "n.carrier",
      "n.carrier_pinned",
      "n.order_id",
      "n.stage",
      "n.status",
      "o.marketplace",
      "o.dest_country",
    ])
    .where("n.archived", "=", 0)
    .orderBy("n.id");
  if (filter.orderIds) {
    if (filter.orderIds.length === 0) return [];
    query = query.where("n.order_id", "in", filter.orderIds);
  } else {
    query = query.where("o.archived", "=", 0);
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const sources = await db
    .selectFrom("sources")
    .select(["tracking_number_id", "connector", "state", "last_fetch_at"])
    .where(
      "tracking_number_id",
      "in",
      rows.map((row) => row.id),
    )
    .execute();
  const byNumber = new Map<number, typeof sources>();
  for (const source of sources) {
    const list = byNumber.get(source.tracking_number_id) ?? [];
    list.push(source);
    byNumber.set(source.tracking_number_id, list);
  }
  return rows.map((row) => {
    const own = byNumber.get(row.id) ?? [];
    const reads = own
      .filter((source) => source.connector !== "manual")
      .map((source) => source.last_fetch_at)
      .filter((at): at is string => at !== null)
      .sort();
    return {
      id: row.id,
      number: row.number,
      carrier: row.carrier,
      carrierPinned: row.carrier_pinned === 1,
      orderId: row.order_id,
      marketplace: row.marketplace,
      destCountry: row.dest_country,
      stage: row.stage,
      status: row.status,
      lastReadAt: reads.at(-1) ?? null,
      doneWith: new Set(own.filter((source) => source.state === "done").map((source) => source.connector)),
    };
  });
}

export function isDue(number: SyncNumber, nowMs: number): boolean {
  if (number.lastReadAt === null) return number.stage !== "done";
  const interval = POLL_INTERVAL[(number.stage as Stage | null) ?? "unknown"] ?? POLL_INTERVAL.unknown;
  return nowMs - Date.parse(number.lastReadAt) >= interval;
}

/** What `--all` reads: everything still moving (a delivered or returned parcel is left alone). */
export function isActive(number: SyncNumber): boolean {
  return number.stage !== "done";
}
