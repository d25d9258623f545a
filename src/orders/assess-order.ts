/**
 * The assessment of a stored order: its row, numbers, merged timeline and the buyer's reports
 * turned into the pure assessment's input, with the durations learned from this installation's
 * earlier deliveries on the same route and method.
 */
import { assess } from "../domain/assess/assess.ts";
import { type LearnedDurations, learnDurations } from "../domain/assess/learn-durations.ts";
import { numberLooksValid } from "../domain/assess/scenario.ts";
import type { AssessInput, Assessment, AssessSettings } from "../domain/assess/types.ts";
import type { Language } from "../domain/messages/catalog.ts";
import type { ShippingMethod } from "../domain/order/shipping-methods.ts";
import { deliveredStageStarts } from "../store/stage-history.ts";
import type { Executor } from "../store/store.ts";
import type { OrderDetails } from "./order-details.ts";

export interface AssessStoredOptions {
  now: string;
  lang: Language;
  settings: AssessSettings;
  methods?: readonly ShippingMethod[];
  /** Shared across many orders (list --needs-attention): one query per route and method. */
  learnedCache?: Map<string, LearnedDurations | null>;
}

export function assessInputOf(
  details: OrderDetails,
  options: AssessStoredOptions,
  learned: LearnedDurations | null,
): AssessInput {
  const { order, numbers, reports, timeline } = details;
  return {
    now: options.now,
    order: {
      number: order.order_number,
      marketplace: order.marketplace,
      placedAt: order.placed_on,
      shippedAt: null,
      shippingMethod: order.shipping_method,
      protectionEndsOn: order.protection_ends_on,
      protectionEstimated: order.protection_estimated === 1,
      destination: { country: order.dest_country, city: order.dest_city },
    },
    shipments: numbers.map((number) => ({
      trackingNumber: number.number,
      // A number the buyer pinned to a carrier is theirs to vouch for.
      valid: number.carrier_pinned === 1 || numberLooksValid(number.number),
      addedAt: number.created_at,
      role: number.role,
      carrier: number.carrier,
    })),
    timeline,
    reports: reports.map((report) => ({ kind: report.kind, at: report.at })),
    learned,
    settings: options.settings,
    lang: options.lang,
  };
}

export async function assessStoredOrder(
  db: Executor,
  details: OrderDetails,
  options: AssessStoredOptions,
): Promise<Assessment> {
  const { order } = details;
  const key = `${order.dest_country}\u0000${order.shipping_method}`;
  let learned = options.learnedCache?.get(key);
  if (learned === undefined) {
    learned = learnDurations(
      await deliveredStageStarts(db, { destCountry: order.dest_country, method: order.shipping_method }),
    );
    options.learnedCache?.set(key, learned);
  }
  return assess(assessInputOf(details, options, learned), { methods: options.methods });
}
