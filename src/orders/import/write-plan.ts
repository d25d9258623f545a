/**
 * Writing a checked plan, inside the import's one transaction: new orders, new numbers (archived
 * ones archived), events as they were with their dedupe keys, reports, then the hand-off links
 * (a number may be handed off from one written after it) and the summaries of what got events.
 */
import { insertEvents, type NewEvent } from "../../store/events.ts";
import type { Executor } from "../../store/store.ts";
import { refreshSummaries } from "../../store/summaries.ts";
import { eachBatch, inBatches } from "./batches.ts";
import type { ResolvedOrder, WritePlan } from "./check-against-store.ts";
import { type ImportProgress, type ImportResult, orderKey } from "./plan.ts";

/** `read`: the progress units reached before writing (the file read); each order written adds its rows. */
export async function writePlan(
  tx: Executor,
  plan: WritePlan,
  progress: ImportProgress,
  read: number,
): Promise<ImportResult> {
  let done = read;
  const numberIds = new Map<string, number>();
  for (const [number, row] of plan.stored) numberIds.set(number, row.id);
  const withEvents: number[] = [];
  const handoffs: Array<{ id: number; from: string }> = [];
  let eventsAdded = 0;

  await eachBatch(plan.orders, async (batch) => {
    await insertOrders(
      tx,
      batch.filter((order) => order.targetId === null),
    );

    // New numbers, found again by their number (unique).
    const newNumbers = batch.flatMap((order) =>
      order.numbers.filter((number) => number.existingId === null).map((number) => ({ order, number })),
    );
    const rows = await inBatches(newNumbers, (numbers) =>
      tx
        .insertInto("tracking_numbers")
        .values(
          numbers.map(({ order, number }) => ({
            order_id: order.targetId ?? 0,
            number: number.planned.number,
            carrier: number.planned.carrier,
            carrier_pinned: number.planned.pinned ? 1 : 0,
            handed_off_from: null,
            role: number.planned.role,
            archived: number.planned.archived ? 1 : 0,
            created_at: number.planned.createdAt,
            event_count: 0,
          })),
        )
        .returning(["id", "number"])
        .execute(),
    );
    for (const row of rows) numberIds.set(row.number, row.id);
    for (const { number } of newNumbers) {
      const from = number.planned.handedOffFrom;
      if (from) handoffs.push({ id: numberIds.get(number.planned.number) ?? 0, from });
    }

    // Events, as they were, with their dedupe keys.
    const events: NewEvent[] = [];
    for (const order of batch) {
      for (const number of order.numbers) {
        if (number.events.length === 0) continue;
        const id = numberIds.get(number.planned.number) ?? 0;
        withEvents.push(id);
        for (const event of number.events) events.push({ ...event, tracking_number_id: id });
      }
    }
    eventsAdded += (await insertEvents(tx, events)).length;

    const reports = batch.flatMap((order) =>
      order.reports.map((report) => ({ ...report, order_id: order.targetId ?? 0 })),
    );
    await eachBatch(reports, (rows) => tx.insertInto("reports").values(rows).execute());

    done += batch.reduce((sum, order) => sum + order.planned.units, 0);
    progress.report(done);
  });

  for (const handoff of handoffs) {
    await tx
      .updateTable("tracking_numbers")
      .set({ handed_off_from: numberIds.get(handoff.from) ?? null })
      .where("id", "=", handoff.id)
      .execute();
  }
  await eachBatch(withEvents, (ids) => refreshSummaries(tx, ids));
  return { ...plan.result, events: { added: eventsAdded } };
}

/**
 * New orders, in file order, each given its id: a run of orders with an order number in one
 * statement (found again by their key), an order without one on its own.
 */
async function insertOrders(tx: Executor, fresh: readonly ResolvedOrder[]): Promise<void> {
  let run: ResolvedOrder[] = [];
  const flush = async () => {
    if (run.length === 0) return;
    const rows = await tx
      .insertInto("orders")
      .values(run.map((order) => order.planned.row))
      .returning(["id", "marketplace", "order_number"])
      .execute();
    const ids = new Map(rows.map((row) => [orderKey(row.marketplace, row.order_number ?? ""), row.id]));
    for (const order of run) order.targetId = ids.get(order.planned.key ?? "") ?? null;
    run = [];
  };
  for (const order of fresh) {
    if (order.planned.key !== null) {
      run.push(order);
      continue;
    }
    await flush();
    const row = await tx
      .insertInto("orders")
      .values(order.planned.row)
      .returning("id")
      .executeTakeFirstOrThrow();
    order.targetId = row.id;
  }
  await flush();
}
