/** Between the order as the buyer describes it (OrderFields) and its stored row. */
import type { OrderFields } from "../domain/order/order-fields.ts";
import type { NewOrder } from "../store/orders.ts";
import type { OrderRow } from "../store/schema.ts";

export function orderRowFrom(fields: OrderFields): NewOrder {
  return {
    marketplace: fields.marketplace,
    order_number: fields.orderNumber,
    title: fields.title,
    items: JSON.stringify(fields.items),
    seller: fields.seller,
    placed_on: fields.placedOn,
    shipping_method: fields.shippingMethod,
    protection_ends_on: fields.protectionEndsOn,
    protection_estimated: fields.protectionEstimated ? 1 : 0,
    dest_country: fields.destination?.country ?? null,
    dest_region: fields.destination?.region ?? null,
    dest_city: fields.destination?.city ?? null,
    dest_postcode: fields.destination?.postcode ?? null,
    labels: JSON.stringify(fields.labels),
    notes: fields.notes,
    archived: 0,
  };
}

function list(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** The order as the API and `--json` show it. */
export interface OrderView {
  id: number;
  marketplace: string;
  orderNumber: string | null;
  title: string | null;
  items: string[];
  seller: string | null;
  placedOn: string | null;
  shippingMethod: string | null;
  protection: { endsOn: string; estimated: boolean } | null;
  destination: {
    country: string | null;
    region: string | null;
    city: string | null;
    postcode: string | null;
  };
  labels: string[];
  notes: string | null;
  archived: boolean;
  status: string | null;
  stage: string | null;
  lastEventAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function orderView(row: OrderRow): OrderView {
  return {
    id: row.id,
    marketplace: row.marketplace,
    orderNumber: row.order_number,
    title: row.title,
    items: list(row.items),
    seller: row.seller,
    placedOn: row.placed_on,
    shippingMethod: row.shipping_method,
    protection: row.protection_ends_on
      ? { endsOn: row.protection_ends_on, estimated: row.protection_estimated === 1 }
      : null,
    destination: {
      country: row.dest_country,
      region: row.dest_region,
      city: row.dest_city,
      postcode: row.dest_postcode,
    },
    labels: list(row.labels),
    notes: row.notes,
    archived: row.archived === 1,
    status: row.status,
    stage: row.stage,
    lastEventAt: row.last_event_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
