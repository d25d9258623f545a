/**
 * An order as the buyer describes it (CLI options, a CSV row, an API body: all strings), read
 * into the values we store, with every problem listed in one go.
 */
import { Temporal } from "temporal-polyfill";
import {
  type Destination,
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
} from "./fields.ts";
import { findMarketplace, MARKETPLACES, protectionDays } from "./marketplaces.ts";

export interface OrderFieldsInput {
  marketplace?: string | undefined;
  orderNumber?: string | undefined;
  title?: string | undefined;
  items?: string | readonly string[] | undefined;
  seller?: string | undefined;
  placed?: string | undefined;
  method?: string | undefined;
  protectionUntil?: string | undefined;
  protectionDays?: string | number | undefined;
  destination?: string | undefined;
  labels?: string | readonly string[] | undefined;
  notes?: string | undefined;
}

export interface OrderFields {
  marketplace: string;
  orderNumber: string | null;
  title: string | null;
  items: string[];
  seller: string | null;
  placedOn: string | null;
  shippingMethod: string | null;
  protectionEndsOn: string | null;
  protectionEstimated: boolean;
  destination: Destination | null;
  labels: string[];
  notes: string | null;
}

export type FieldsResult = { ok: true; value: OrderFields } | { ok: false; errors: string[] };

/** `today` (YYYY-MM-DD) starts the protection count when the order has no placed date. */
export function readOrderFields(input: OrderFieldsInput, today: string): FieldsResult {
  const errors: string[] = [];
  const take = <T>(read: Read<T>, fallback: T): T => {
    if (read.ok) return read.value;
    errors.push(read.error);
    return fallback;
  };

  const marketplaceName = input.marketplace?.trim() || "aliexpress";
  const marketplace = findMarketplace(marketplaceName);
  if (!marketplace) {
    errors.push(
      `unknown marketplace "${marketplaceName}"; use one of ${MARKETPLACES.map((known) => known.id).join(", ")}.`,
    );
  }
  const orderNumber = take(readOrderNumber(input.orderNumber ?? ""), null);
  const title = take(readLine("the title", input.title ?? "", LIMITS.title), null);
  const items = take(readList("items", input.items ?? "", LIMITS.item, LIMITS.items), []);
  const seller = take(readLine("the seller", input.seller ?? "", LIMITS.seller), null);
  const placedOn = take(readDate("the placed date", input.placed ?? ""), null);
  const shippingMethod = take(readShippingMethod(input.method ?? ""), null);
  const destination = take(readDestination(input.destination ?? ""), null);
  const labels = take(readList("labels", input.labels ?? "", LIMITS.label, LIMITS.labels), []);
  const notes = take(readText("the notes", input.notes ?? "", LIMITS.notes), null);

  const given = readProtectionEnd(input.protectionUntil, input.protectionDays, placedOn ?? today);
  let protectionEndsOn: string | null = take(given, null);
  let protectionEstimated = false;
  if (given.ok && protectionEndsOn === null && marketplace) {
    const days = protectionDays(marketplace, destination?.country ?? null);
    if (days !== null) {
      protectionEndsOn = Temporal.PlainDate.from(placedOn ?? today)
        .add({ days })
        .toString();
      protectionEstimated = true;
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      marketplace: marketplace?.id ?? "aliexpress",
      orderNumber,
      title,
      items,
      seller,
      placedOn,
      shippingMethod,
      protectionEndsOn,
      protectionEstimated,
      destination,
      labels,
      notes,
    },
  };
}
