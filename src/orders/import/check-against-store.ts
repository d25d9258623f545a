/**
 * The file's plan against what is stored: an order (marketplace + order number) that exists gets
 * the file's new numbers (its own fields are left as they are); a number that order already has is
 * "unchanged", and only its events not stored yet are added; a number tracked in ANOTHER order is a
 * problem of the line that gives it. An order without an order number is the order its numbers are
 * stored in, if any; a JSON order with neither is found by its creation time, marketplace and title.
 */
import type { Executor } from "../../store/store.ts";
import { inBatches } from "./batches.ts";
import {
  type EventValues,
  type FilePlan,
  type ImportResult,
  orderKey,
  type PlannedNumber,
  type PlannedOrder,
  type PlannedReport,
  type Problem,
} from "./plan.ts";

export interface StoredNumber {
  id: number;
  number: string;
  order_id: number;
}

export interface ResolvedNumber {
  planned: PlannedNumber;
  /** Stored already in the same order. */
  existingId: number | null;
  /** Events to store (those not stored yet). */
  events: EventValues[];
}

export interface ResolvedOrder {
  planned: PlannedOrder;
  /** The stored order the file's order is, when it is one. */
  targetId: number | null;
  numbers: ResolvedNumber[];
  /** Reports to store (those not stored yet). */
  reports: PlannedReport[];
}

/** What to write, and what it counts as. */
export interface WritePlan {
  orders: ResolvedOrder[];
  /** Every stored number the file names, by number. */
  stored: Map<string, StoredNumber>;
  result: ImportResult;
}

export async function checkAgainstStore(
  db: Executor,
  file: FilePlan,
  dryRun: boolean,
): Promise<{ plan: WritePlan; problems: Problem[] }> {
  const problems: Problem[] = [];
  const planned = file.orders;
  const orderByKey = await storedOrderIds(db, planned);
  const stored = await storedNumbers(db, planned);
  const sameCreation = await ordersWithoutNumbers(db, planned);

  const conflicts: Array<{ planned: PlannedNumber; orderId: number }> = [];
  const resolved: ResolvedOrder[] = [];
  const inFile = new Set<string>();
  for (const order of planned) for (const number of order.numbers) inFile.add(number.number);

  for (const order of planned) {
    let targetId: number | null = null;
    if (order.key) {
      targetId = orderByKey.get(order.key) ?? null;
    } else {
      const first = order.numbers.map((number) => stored.get(number.number)).find((row) => row !== undefined);
      if (first) targetId = first.order_id;
      else if (order.matchByCreation) {
        targetId =
          sameCreation.find(
            (row) =>
              row.created_at === order.row.created_at &&
              row.marketplace === order.row.marketplace &&
              row.title === (order.row.title ?? null),
          )?.id ?? null;
      }
    }
    const numbers: ResolvedNumber[] = [];
    for (const number of order.numbers) {
      const row = stored.get(number.number);
      if (row && row.order_id !== targetId) {
        conflicts.push({ planned: number, orderId: row.order_id });
        continue;
      }
      if (number.handedOffFrom && !inFile.has(number.handedOffFrom) && !stored.has(number.handedOffFrom)) {
        problems.push({
          at: number.at,
          text: `${number.where}: ${number.number} is handed off from ${number.handedOffFrom}, which is neither in the file nor stored.`,
        });
      }
      numbers.push({ planned: number, existingId: row ? row.id : null, events: number.events });
    }
    resolved.push({ planned: order, targetId, numbers, reports: order.reports });
  }

  problems.push(...(await conflictProblems(db, conflicts)));
  await leaveOutStoredEvents(db, resolved);
  await leaveOutStoredReports(db, resolved);
  return { plan: { orders: resolved, stored, result: count(resolved, dryRun) }, problems };
}

/** The stored orders with the file's order numbers, by marketplace + number. */
async function storedOrderIds(db: Executor, planned: readonly PlannedOrder[]): Promise<Map<string, number>> {
  const orderNumbers = [
    ...new Set(planned.flatMap((order) => (order.row.order_number ? [order.row.order_number] : []))),
  ];
  const rows = await inBatches(orderNumbers, (batch) =>
    db
      .selectFrom("orders")
      .select(["id", "marketplace", "order_number"])
      .where("order_number", "in", batch)
      .execute(),
  );
  const ids = new Map<string, number>();
  for (const row of rows) if (row.order_number) ids.set(orderKey(row.marketplace, row.order_number), row.id);
  return ids;
}

/** Every stored number the file names, as a number or as the one a number was handed off from. */
async function storedNumbers(
  db: Executor,
  planned: readonly PlannedOrder[],
): Promise<Map<string, StoredNumber>> {
  const wanted = new Set<string>();
  for (const order of planned) {
    for (const number of order.numbers) {
      wanted.add(number.number);
      if (number.handedOffFrom) wanted.add(number.handedOffFrom);
    }
  }
  const rows = await inBatches([...wanted], (batch) =>
    db
      .selectFrom("tracking_numbers")
      .select(["id", "number", "order_id"])
      .where("number", "in", batch)
      .execute(),
  );
  return new Map(rows.map((row) => [row.number, row]));
}

/** Stored orders without an order number created when the file's JSON orders with neither were. */
function ordersWithoutNumbers(db: Executor, planned: readonly PlannedOrder[]) {
  const byCreation = planned.filter((order) => order.matchByCreation);
  const creationTimes = [...new Set(byCreation.map((order) => order.row.created_at))];
  return inBatches(creationTimes, (batch) =>
    db
      .selectFrom("orders")
      .select(["id", "marketplace", "title", "created_at"])
      .where("order_number", "is", null)
      .where("created_at", "in", batch)
      .execute(),
  );
}

async function conflictProblems(
  db: Executor,
  conflicts: ReadonlyArray<{ planned: PlannedNumber; orderId: number }>,
): Promise<Problem[]> {
  if (conflicts.length === 0) return [];
  const others = await inBatches([...new Set(conflicts.map((conflict) => conflict.orderId))], (batch) =>
    db.selectFrom("orders").select(["id", "marketplace", "order_number"]).where("id", "in", batch).execute(),
  );
  const names = new Map(
    others.map((row) => [
      row.id,
      row.order_number ? `${row.marketplace} order ${row.order_number}` : `order ${row.id}`,
    ]),
  );
  return conflicts.map(({ planned: number, orderId }) => ({
    at: number.at,
    text: `${number.where}: ${number.number} is already tracked in another order (${names.get(orderId) ?? `order ${orderId}`}, id ${orderId}); a tracking number belongs to one order. See it with: parceltrail show ${number.number}`,
  }));
}

/** Events of numbers that are stored already: only those not stored yet are kept. */
async function leaveOutStoredEvents(db: Executor, resolved: readonly ResolvedOrder[]): Promise<void> {
  const existing = resolved.flatMap((order) =>
    order.numbers.filter((number) => number.existingId !== null && number.events.length > 0),
  );
  if (existing.length === 0) return;
  const keys = await inBatches(
    existing.map((number) => number.existingId ?? 0),
    (batch) =>
      db
        .selectFrom("events")
        .select(["tracking_number_id", "dedupe_key"])
        .where("tracking_number_id", "in", batch)
        .execute(),
  );
  const storedKeys = new Set(keys.map((row) => `${row.tracking_number_id}\u0000${row.dedupe_key}`));
  for (const number of existing) {
    number.events = number.events.filter(
      (event) => !storedKeys.has(`${number.existingId}\u0000${event.dedupe_key}`),
    );
  }
}

/** Reports of orders that are stored already: each stored report matches one of the file's. */
async function leaveOutStoredReports(db: Executor, resolved: readonly ResolvedOrder[]): Promise<void> {
  const withReports = resolved.filter((order) => order.targetId !== null && order.reports.length > 0);
  if (withReports.length === 0) return;
  const rows = await inBatches(
    withReports.map((order) => order.targetId ?? 0),
    (batch) =>
      db
        .selectFrom("reports")
        .select(["order_id", "kind", "at", "note"])
        .where("order_id", "in", batch)
        .execute(),
  );
  const count = new Map<string, number>();
  const reportKey = (orderId: number, kind: string, at: string, note: string | null) =>
    `${orderId}\u0000${kind}\u0000${at}\u0000${note ?? ""}`;
  for (const row of rows) {
    const key = reportKey(row.order_id, row.kind, row.at, row.note);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const order of withReports) {
    order.reports = order.reports.filter((report) => {
      const key = reportKey(order.targetId ?? 0, report.kind, report.at, report.note);
      const left = count.get(key) ?? 0;
      if (left === 0) return true;
      count.set(key, left - 1);
      return false;
    });
  }
}

function count(resolved: readonly ResolvedOrder[], dryRun: boolean): ImportResult {
  const result: ImportResult = {
    dryRun,
    orders: { created: 0, updated: 0 },
    numbers: { added: 0, unchanged: 0 },
    events: { added: 0 },
    reports: { added: 0 },
  };
  for (const order of resolved) {
    const added = order.numbers.filter((number) => number.existingId === null).length;
    const events = order.numbers.reduce((sum, number) => sum + number.events.length, 0);
    result.numbers.added += added;
    result.numbers.unchanged += order.numbers.length - added;
    result.events.added += events;
    result.reports.added += order.reports.length;
    if (order.targetId === null) result.orders.created++;
    else if (added > 0 || events > 0 || order.reports.length > 0) result.orders.updated++;
  }
  return result;
}
