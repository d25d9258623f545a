/**
 * `list --needs-attention`: every active order judged now, keeping those whose verdict asks the
 * buyer to watch or act, most urgent first (then the least Buyer Protection left). Verdicts depend
 * on the clock, so they are computed, not stored; delivered orders are skipped unless the buyer
 * has reported them missing, which keeps this to the parcels still on their way.
 */
import type { Assessment, Verdict } from "../domain/assess/types.ts";
import { VERDICT_URGENCY } from "../domain/assess/types.ts";
import { listOrders, type OrderFilter } from "../store/orders.ts";
import { reportsOfOrders } from "../store/reports.ts";
import type { OrderRow } from "../store/schema.ts";
import type { Executor } from "../store/store.ts";
import { type AssessStoredOptions, assessStoredOrder } from "./assess-order.ts";
import { loadOrderDetails } from "./order-details.ts";

export const ATTENTION_VERDICTS: readonly Verdict[] = ["act_now", "act_soon", "watch"];

export interface OrderNeedingAttention {
  order: OrderRow;
  assessment: Assessment;
}

const PAGE = 500;

export async function ordersNeedingAttention(
  db: Executor,
  filter: Omit<OrderFilter, "limit" | "offset" | "archived">,
  options: AssessStoredOptions,
): Promise<OrderNeedingAttention[]> {
  const found: OrderNeedingAttention[] = [];
  const cache = options.learnedCache ?? new Map();
  for (let offset = 0; ; offset += PAGE) {
    const orders = await listOrders(db, { ...filter, archived: false, limit: PAGE, offset });
    const reports = await reportsOfOrders(
      db,
      orders.map((order) => order.id),
    );
    const reportedMissing = new Set(
      reports.filter((report) => report.kind === "not_received").map((report) => report.order_id),
    );
    const closed = new Set(
      reports.filter((report) => report.kind === "receipt_confirmed").map((report) => report.order_id),
    );
    for (const order of orders) {
      if (closed.has(order.id)) continue;
      if (order.status === "delivered" && !reportedMissing.has(order.id)) continue;
      const details = await loadOrderDetails(db, order, options.now);
      const assessment = await assessStoredOrder(db, details, { ...options, learnedCache: cache });
      if (ATTENTION_VERDICTS.includes(assessment.verdict)) found.push({ order, assessment });
    }
    if (orders.length < PAGE) break;
  }
  return found.sort(
    (a, b) =>
      VERDICT_URGENCY[b.assessment.verdict] - VERDICT_URGENCY[a.assessment.verdict] ||
      (a.assessment.protection?.daysLeft ?? Number.POSITIVE_INFINITY) -
        (b.assessment.protection?.daysLeft ?? Number.POSITIVE_INFINITY) ||
      a.order.id - b.order.id,
  );
}
