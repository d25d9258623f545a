/** Tracking numbers: each belongs to one order; a last-mile number points to the one it came from. */
import type { NumberRow, TrackingNumbersTable } from "./schema.ts";
import type { Executor } from "./store.ts";
import { ConflictError } from "./store-error.ts";

export interface NewNumber {
  orderId: number;
  number: string;
  carrier: string | null;
  carrierPinned: boolean;
  handedOffFrom?: number | null;
  role?: TrackingNumbersTable["role"];
}

export async function insertNumber(db: Executor, input: NewNumber, now: string): Promise<NumberRow> {
  const existing = await findNumber(db, input.number);
  if (existing) {
    throw new ConflictError(
      `${input.number} is already tracked in order ${existing.order_id}; see it with: parceltrail show ${input.number}`,
    );
  }
  return db
    .insertInto("tracking_numbers")
    .values({
      order_id: input.orderId,
      number: input.number,
      carrier: input.carrier,
      carrier_pinned: input.carrierPinned ? 1 : 0,
      handed_off_from: input.handedOffFrom ?? null,
      role: input.role ?? "first_leg",
      archived: 0,
      created_at: now,
      event_count: 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findNumber(db: Executor, number: string): Promise<NumberRow | undefined> {
  return db.selectFrom("tracking_numbers").selectAll().where("number", "=", number).executeTakeFirst();
}

export function getNumber(db: Executor, id: number): Promise<NumberRow | undefined> {
  return db.selectFrom("tracking_numbers").selectAll().where("id", "=", id).executeTakeFirst();
}

export function numbersOfOrder(db: Executor, orderId: number): Promise<NumberRow[]> {
  return db
    .selectFrom("tracking_numbers")
    .selectAll()
    .where("order_id", "=", orderId)
    .orderBy("id")
    .execute();
}

export function numbersOfOrders(db: Executor, orderIds: readonly number[]): Promise<NumberRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("tracking_numbers")
    .selectAll()
    .where("order_id", "in", orderIds)
    .orderBy("order_id")
    .orderBy("id")
    .execute();
}

/** The user's choice of carrier; detection never overrides a pinned carrier. */
export async function pinCarrier(db: Executor, id: number, carrier: string | null): Promise<void> {
  await db
    .updateTable("tracking_numbers")
    .set({ carrier, carrier_pinned: carrier ? 1 : 0 })
    .where("id", "=", id)
    .execute();
}

export async function archiveNumber(db: Executor, id: number, archived: boolean): Promise<void> {
  await db
    .updateTable("tracking_numbers")
    .set({ archived: archived ? 1 : 0 })
    .where("id", "=", id)
    .execute();
}

export async function deleteNumber(db: Executor, id: number): Promise<void> {
  await db.deleteFrom("tracking_numbers").where("id", "=", id).execute();
}
