import {
  LIMITS,
  type Read,
  readDate,
  readDestination,
  readLine,
  readList,
  readOrderNumber,
  readProtectionEnd,
  readShippingMethod,
  readText,
} from "../domain/order/fields.ts";
import { findMarketplace, MARKETPLACES } from "../domain/order/marketplaces.ts";
import type { OrderFieldsInput } from "../domain/order/order-fields.ts";
import { detectCarrier } from "../domain/tracking-number/index.ts";
import { findNumber, pinCarrier } from "../store/numbers.ts";
import { updateOrder } from "../store/orders.ts";
import type { OrderPatch, OrderRow } from "../store/schema.ts";
import type { Store } from "../store/store.ts";
import { findOrder } from "./order-details.ts";
import { carrierProblem } from "./tracking-input.ts";
import { ValidationError } from "./validation-error.ts";

export interface EditRequest {
  ref: string;
  fields: OrderFieldsInput;
  /** With a tracking number as `ref`: the carrier to pin, or "auto" to detect again. */
  carrier?: string | undefined;
}

export interface EditResult {
  order: OrderRow;
  changed: string[];
}

function buildPatch(fields: OrderFieldsInput, current: OrderRow): { patch: OrderPatch; problems: string[] } {
  const patch: OrderPatch = {};
  const problems: string[] = [];
  const set = <T>(read: Read<T>, apply: (value: T) => void) => {
    if (read.ok) apply(read.value);
    else problems.push(read.error);
  };
  if (fields.marketplace !== undefined) {
    const marketplace = findMarketplace(fields.marketplace);
    if (marketplace) patch.marketplace = marketplace.id;
    else
      problems.push(
        `unknown marketplace "${fields.marketplace}"; use one of ${MARKETPLACES.map((m) => m.id).join(", ")}.`,
      );
  }
  if (fields.orderNumber !== undefined)
    set(readOrderNumber(fields.orderNumber), (value) => {
      patch.order_number = value;
    });
  if (fields.title !== undefined)
    set(readLine("the title", fields.title, LIMITS.title), (value) => {
      patch.title = value;
    });
  if (fields.seller !== undefined)
    set(readLine("the seller", fields.seller, LIMITS.seller), (value) => {
      patch.seller = value;
    });
  if (fields.items !== undefined) {
    set(readList("items", fields.items, LIMITS.item, LIMITS.items), (value) => {
      patch.items = JSON.stringify(value);
    });
  }
  if (fields.labels !== undefined) {
    set(readList("labels", fields.labels, LIMITS.label, LIMITS.labels), (value) => {
      patch.labels = JSON.stringify(value);
    });
  }
  if (fields.notes !== undefined)
    set(readText("the notes", fields.notes, LIMITS.notes), (value) => {
      patch.notes = value;
    });
  if (fields.placed !== undefined)
    set(readDate("the placed date", fields.placed), (value) => {
      patch.placed_on = value;
    });
  if (fields.method !== undefined)
    set(readShippingMethod(fields.method), (value) => {
      patch.shipping_method = value;
    });
  if (fields.destination !== undefined) {
    set(readDestination(fields.destination), (value) => {
      patch.dest_country = value?.country ?? null;
      patch.dest_region = value?.region ?? null;
      patch.dest_city = value?.city ?? null;
      patch.dest_postcode = value?.postcode ?? null;
    });
  }
  if (fields.protectionUntil !== undefined || fields.protectionDays !== undefined) {
    const start = patch.placed_on ?? current.placed_on ?? current.created_at.slice(0, 10);
    set(readProtectionEnd(fields.protectionUntil, fields.protectionDays, start), (value) => {
      patch.protection_ends_on = value;
      patch.protection_estimated = 0;
    });
  }
  return { patch, problems };
}

export async function editOrder(store: Store, request: EditRequest, now: string): Promise<EditResult> {
  return store.write(async (tx) => {
    const order = await findOrder(tx, request.ref);
    const { patch, problems } = buildPatch(request.fields, order);
    const changed = Object.keys(patch);
    if (request.carrier !== undefined) {
      const number = await findNumber(tx, request.ref.trim().toUpperCase().replace(/[\s-]/g, ""));
      if (!number) {
        problems.push(
          `--carrier pins the carrier of one tracking number: give that number instead of "${request.ref}".`,
        );
      } else if (request.carrier === "auto") {
        await pinCarrier(tx, number.id, null);
        const detected = detectCarrier(number.number).candidates[0]?.carrier ?? null;
        await tx
          .updateTable("tracking_numbers")
          .set({ carrier: detected })
          .where("id", "=", number.id)
          .execute();
        changed.push("carrier");
      } else {
        const problem = carrierProblem(request.carrier);
        if (problem) problems.push(problem);
        else {
          await pinCarrier(tx, number.id, request.carrier);
          changed.push("carrier");
        }
      }
    }
    if (problems.length > 0) throw new ValidationError(problems);
    if (changed.length === 0)
      throw new ValidationError(["nothing to change: give at least one option (parceltrail edit --help)."]);
    const updated = Object.keys(patch).length > 0 ? await updateOrder(tx, order.id, patch, now) : order;
    return { order: updated, changed };
  });
}
