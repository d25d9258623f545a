/** What the buyer tells us: not received, the seller replied, a dispute opened, receipt confirmed. */
import type { ReportKind, ReportRow } from "./schema.ts";
import type { Executor } from "./store.ts";

export async function insertReport(
  db: Executor,
  report: { orderId: number; kind: ReportKind; at: string; note?: string | null },
  now: string,
): Promise<ReportRow> {
  return db
    .insertInto("reports")
    .values({
      order_id: report.orderId,
      kind: report.kind,
      at: report.at,
      note: report.note ?? null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function reportsOfOrders(db: Executor, orderIds: readonly number[]): Promise<ReportRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("reports")
    .selectAll()
    .where("order_id", "in", orderIds)
    .orderBy("at")
    .orderBy("id")
    .execute();
}
