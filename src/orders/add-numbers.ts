/**
 * `add`: tracking numbers into an order. With an order number that is already stored the numbers
 * join that order; otherwise a new order is made for them. All or nothing: one bad number and
 * nothing is added.
 */
import { type OrderFieldsInput, readOrderFields } from "../domain/order/order-fields.ts";
import { findNumber, insertNumber } from "../store/numbers.ts";
import { findOrderByNumber, insertOrder } from "../store/orders.ts";
import type { OrderRow } from "../store/schema.ts";
import type { Store } from "../store/store.ts";
import { ConflictError } from "../store/store-error.ts";
import { orderRowFrom } from "./order-row.ts";
import { readTrackingNumber, type TrackingInput } from "./tracking-input.ts";
import { ValidationError } from "./validation-error.ts";

export interface AddRequest {
  numbers: readonly string[];
  /** A carrier id the buyer pinned for all of them. */
  carrier?: string | undefined;
  order: OrderFieldsInput;
}

export interface AddResult {
  order: OrderRow;
  createdOrder: boolean;
  added: TrackingInput[];
}

export function readAddRequest(request: AddRequest, today: string) {
  const problems: string[] = [];
  if (request.numbers.length === 0) problems.push("give at least one tracking number.");
  const numbers: TrackingInput[] = [];
  for (const raw of request.numbers) {
    const read = readTrackingNumber(raw, request.carrier);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    if (numbers.some((known) => known.number === read.value.number)) {
      problems.push(`${read.value.number} is given twice.`);
      continue;
    }
    numbers.push(read.value);
  }
  const fields = readOrderFields(request.order, today);
  if (!fields.ok) problems.push(...fields.errors);
  if (problems.length > 0 || !fields.ok) throw new ValidationError(problems);
  return { numbers, fields: fields.value };
}

export async function addNumbers(store: Store, request: AddRequest, now: string): Promise<AddResult> {
  const { numbers, fields } = readAddRequest(request, now.slice(0, 10));
  return store.write(async (tx) => {
    for (const number of numbers) {
      const existing = await findNumber(tx, number.number);
      if (existing) {
        throw new ConflictError(
          `${number.number} is already tracked in order ${existing.order_id}; see it with: parceltrail show ${number.number}`,
        );
      }
    }
    let order = fields.orderNumber
      ? await findOrderByNumber(tx, fields.marketplace, fields.orderNumber)
      : undefined;
    const createdOrder = !order;
    if (!order) order = await insertOrder(tx, orderRowFrom(fields), now);
    for (const number of numbers) {
      await insertNumber(
        tx,
        { orderId: order.id, number: number.number, carrier: number.carrier, carrierPinned: number.pinned },
        now,
      );
    }
    return { order, createdOrder, added: numbers };
  });
}
