/**
 * What an import file asks for, checked on its own: the orders, their numbers, events and reports
 * (plan-csv.ts, plan-json.ts read a file into this), with every problem found on the way.
 */
import type { OrderFields } from "../../domain/order/order-fields.ts";
import type { NewEvent } from "../../store/events.ts";
import type { NewOrderRow, ReportKind } from "../../store/schema.ts";
import { orderRowFrom } from "../order-row.ts";

export interface ImportResult {
  dryRun: boolean;
  /** `updated`: orders that were stored already and got something new (numbers, events, reports). */
  orders: { created: number; updated: number };
  numbers: { added: number; unchanged: number };
  events: { added: number };
  reports: { added: number };
}

/** Progress of reading the file, then of checking it against the store or writing it. */
export interface ImportProgress {
  setTotal(total: number): void;
  report(done: number): void;
}

export type EventValues = Omit<NewEvent, "tracking_number_id">;

export interface PlannedNumber {
  /** "line 7", "order 3": where the number is given, for problems. */
  where: string;
  at: number;
  number: string;
  carrier: string | null;
  pinned: boolean;
  role: "first_leg" | "last_mile";
  handedOffFrom: string | null;
  archived: boolean;
  createdAt: string;
  events: EventValues[];
}

export interface PlannedReport {
  kind: ReportKind;
  at: string;
  note: string | null;
  created_at: string;
}

export interface PlannedOrder {
  where: string;
  at: number;
  /** Rows of the file it came from (progress). */
  units: number;
  /** marketplace + order number, when it has one. */
  key: string | null;
  row: Omit<NewOrderRow, "id">;
  /** A JSON order with no order number and no numbers is found again by its creation time. */
  matchByCreation: boolean;
  numbers: PlannedNumber[];
  reports: PlannedReport[];
}

/** `at`: the line (CSV) or order (JSON) it is about, 0 for the whole file; problems sort by it. */
export interface Problem {
  at: number;
  text: string;
}

export interface FilePlan {
  orders: PlannedOrder[];
  problems: Problem[];
  /** Rows (CSV) or orders (JSON) in the file. */
  units: number;
}

export const orderKey = (marketplace: string, orderNumber: string) => `${marketplace}\u0000${orderNumber}`;

/** "aliexpress order 8190000000000001" */
export function describeKey(key: string): string {
  const [marketplace, orderNumber] = key.split("\u0000");
  return `${marketplace} order ${orderNumber}`;
}

/** The row of a new order; its status, stage and last event are computed once its events are stored. */
export function newOrderRow(
  fields: OrderFields,
  stored: { archived: boolean; createdAt: string; updatedAt: string },
): Omit<NewOrderRow, "id"> {
  return {
    ...orderRowFrom(fields),
    archived: stored.archived ? 1 : 0,
    created_at: stored.createdAt,
    updated_at: stored.updatedAt,
    status: null,
    stage: null,
    last_event_at: null,
    activity_at: stored.createdAt,
  };
}

/** A number given twice in the file: fine within one order, a problem across orders. */
export class NumberRegistry {
  readonly #owners = new Map<string, { order: PlannedOrder; planned: PlannedNumber }>();

  /** Adds the number to the order; returns a problem, or null. */
  add(order: PlannedOrder, planned: PlannedNumber): string | null {
    const owner = this.#owners.get(planned.number);
    if (!owner) {
      this.#owners.set(planned.number, { order, planned });
      order.numbers.push(planned);
      return null;
    }
    if (owner.order !== order) {
      return `${planned.number} is also given by ${owner.planned.where}, for another order; a tracking number belongs to one order.`;
    }
    const first = owner.planned;
    if (planned.pinned && first.pinned && planned.carrier !== first.carrier) {
      return `${planned.number} is pinned to ${planned.carrier} here but to ${first.carrier} by ${first.where}; pin it to one carrier.`;
    }
    if (planned.pinned && !first.pinned) {
      first.carrier = planned.carrier;
      first.pinned = true;
    }
    return null;
  }
}
