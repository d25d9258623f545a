/**
 * Facts of made-up orders, filled in every way a sentence must cope with (an order number or
 * none, a local number or none, one or two tracking numbers): the catalog test renders every
 * sentence of every language with each of them, and `preview.ts` prints them for a reader.
 */
import type { Facts } from "../assess/types.ts";

export const FULL_FACTS: Facts = {
  orderNumber: "8190000000000001",
  marketplace: "aliexpress",
  trackingNumbers: ["LP00123456789012", "RR123456785CN"],
  lastMileNumber: "PQ4F6P0703476860128001B",
  lastMileCarrier: "correos",
  destination: { country: "ES", city: "Madrid" },
  shippingMethod: "AliExpress Standard Shipping",
  shippedOn: "2026-10-02",
  daysWithoutUpdate: 12,
  lastEvent: { date: "2026-11-09", text: "Arrived at destination country", place: "Madrid, ES" },
  deliveredOn: "2026-11-18",
  protectionEndsOn: "2026-11-28",
  protectionDaysLeft: 7,
  etaFrom: "2026-11-10",
  etaTo: "2026-11-19",
  wrongPlace: "Lisboa, Portugal",
  disputeOpenedOn: "2026-11-20",
  thresholdDays: 10,
  learnedParcels: 14,
};

export const SPARSE_FACTS: Facts = {
  orderNumber: null,
  marketplace: "aliexpress",
  trackingNumbers: ["RB123456785GB"],
  lastMileNumber: null,
  lastMileCarrier: null,
  destination: { country: null, city: null },
  shippingMethod: null,
  shippedOn: null,
  daysWithoutUpdate: 1,
  lastEvent: null,
  deliveredOn: null,
  protectionEndsOn: null,
  protectionDaysLeft: null,
  etaFrom: null,
  etaTo: null,
  wrongPlace: null,
  disputeOpenedOn: null,
  thresholdDays: 3,
  learnedParcels: null,
};

export const SAMPLE_FACTS: readonly Facts[] = [
  FULL_FACTS,
  SPARSE_FACTS,
  {
    ...FULL_FACTS,
    daysWithoutUpdate: 2,
    thresholdDays: 1,
    protectionDaysLeft: 1,
    trackingNumbers: ["LP00123456789012"],
  },
  { ...FULL_FACTS, daysWithoutUpdate: 21, thresholdDays: 5, protectionDaysLeft: 3, lastMileNumber: null },
];
