/**
 * What the assessment reads and what it answers. The answer is data (codes and facts); the words
 * come from `../messages/`, so one assessment can be shown in any language.
 */
import type { Stage, Status } from "../status/statuses.ts";
import type { Timeline } from "../timeline/build-timeline.ts";

export const VERDICTS = ["on_track", "wait", "watch", "act_soon", "act_now", "delivered", "closed"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How urgent a verdict is, for "most urgent first". */
export const VERDICT_URGENCY: Record<Verdict, number> = {
  act_now: 6,
  act_soon: 5,
  watch: 4,
  wait: 3,
  on_track: 2,
  delivered: 1,
  closed: 0,
};

export const PLAYBOOK_IDS = [
  "wait-first-scan",
  "invalid-number",
  "seller-not-shipped",
  "normal-transit",
  "long-silence",
  "customs",
  "arrived-check-local",
  "out-for-delivery",
  "delivery-failed",
  "pickup-waiting",
  "delivered",
  "delivered-not-received",
  "wrong-destination",
  "returned-to-sender",
  "lost-or-damaged",
  "protection-expiring",
] as const;
export type PlaybookId = (typeof PLAYBOOK_IDS)[number];

/** Messages the buyer may send: to the seller, or to the local carrier. */
export const MESSAGE_KINDS = [
  "not-shipped",
  "invalid-number",
  "no-update",
  "customs-delay",
  "delivered-not-received",
  "carrier-delivery-query",
  "wrong-destination",
  "returned",
  "lost-or-damaged",
  "protection-ending",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const DISPUTE_KINDS = [
  "not-delivered",
  "delivered-not-received",
  "wrong-destination",
  "returned",
  "lost-or-damaged",
  "customs-delay",
] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

/** The evidence items a dispute asks for (the seeds' list), each either held by us or the buyer's to add. */
export const EVIDENCE_ITEMS = [
  "tracking-numbers",
  "tracking-history",
  "order-details",
  "delivery-address",
  "protection-dates",
  "wrong-place",
  "carrier-response",
  "seller-messages",
  "proof-not-delivered",
] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

/** Everything a reason, a step or a message can be filled with. Dates are YYYY-MM-DD. */
export interface Facts {
  orderNumber: string | null;
  marketplace: string;
  trackingNumbers: string[];
  /** The number the local carrier uses, when a handoff revealed one. */
  lastMileNumber: string | null;
  lastMileCarrier: string | null;
  destination: { country: string | null; city: string | null };
  shippingMethod: string | null;
  shippedOn: string | null;
  /**
   * Whole days nothing has happened: since the newest event; before any, since the label, the
   * shipment or (no tracking number yet) the order.
   */
  daysWithoutUpdate: number | null;
  lastEvent: { date: string; text: string; place: string | null } | null;
  deliveredOn: string | null;
  protectionEndsOn: string | null;
  protectionDaysLeft: number | null;
  etaFrom: string | null;
  etaTo: string | null;
  /** Where the parcel went instead, for a wrong destination. */
  wrongPlace: string | null;
  disputeOpenedOn: string | null;
  /** The step's threshold, when a reason names one ("normal up to 10 days"). */
  thresholdDays: number | null;
  /** Earlier delivered parcels whose durations refined the thresholds; null when the profile decides. */
  learnedParcels: number | null;
}

export const REASON_CODES = [
  "no-tracking-yet",
  "label-only",
  "first-scan-window",
  "no-events-yet",
  "number-invalid",
  "seller-slow",
  "moving",
  "quiet-normal",
  "quiet-long",
  "quiet-very-long",
  "eta-passed",
  "in-customs",
  "customs-long",
  "customs-needs-you",
  "arrived-destination",
  "local-quiet",
  "out-for-delivery",
  "delivery-failed",
  "address-problem",
  "waiting-pickup",
  "pickup-final-notice",
  "delivered",
  "delivered-reported-missing",
  "wrong-country",
  "wrong-city",
  "returned",
  "lost-or-damaged",
  "carrier-problem",
  "protection-soon",
  "protection-now",
  "protection-ended",
  "protection-estimated",
  "dispute-open",
  "seller-replied",
  "receipt-confirmed",
  "learned-route",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One item of the evidence checklist. */
export interface EvidenceEntry {
  item: EvidenceItem;
  /** True when ParcelTrail holds it (the evidence pack includes it). */
  held: boolean;
}

export interface Playbook {
  id: PlaybookId;
  /** The checklist, in order. */
  steps: string[];
  messages: { kind: MessageKind; text: string }[];
  /** The dispute text when a dispute is due now, else null. */
  dispute: string | null;
  evidence: (EvidenceEntry & { text: string })[];
}

export interface Assessment {
  stage: Stage | null;
  status: Status | null;
  verdict: Verdict;
  reasons: { code: ReasonCode; text: string }[];
  protection: { endsAt: string; daysLeft: number; estimated: boolean } | null;
  eta: { from: string; to: string } | null;
  /** When looking again is worth it; null once nothing can change (delivered and confirmed). */
  nextCheckAt: string | null;
  playbook: Playbook;
  lang: string;
  facts: Facts;
}

export const BUYER_REPORT_KINDS = [
  "not_received",
  "seller_replied",
  "dispute_opened",
  "receipt_confirmed",
] as const;
export type BuyerReportKind = (typeof BUYER_REPORT_KINDS)[number];

export interface BuyerReport {
  kind: BuyerReportKind;
  /** ISO 8601 instant. */
  at: string;
}

/** What the assessment needs to know about the order. */
export interface OrderFacts {
  number: string | null;
  marketplace: string;
  /** YYYY-MM-DD or ISO instant. */
  placedAt: string | null;
  shippedAt: string | null;
  shippingMethod: string | null;
  /** YYYY-MM-DD: the last day of Buyer Protection. */
  protectionEndsOn: string | null;
  /** True when `protectionEndsOn` was estimated, not given by the buyer. */
  protectionEstimated: boolean;
  destination: { country: string | null; city: string | null };
}

/** One tracking number of the order and what detection says about it. */
export interface ShipmentFacts {
  trackingNumber: string;
  /** False when the number fails its format's check digit or matches no known format. */
  valid: boolean;
  /** When the buyer added it (ISO), the start of the first-scan wait when nothing else tells. */
  addedAt: string | null;
  /** A last-mile number was handed the parcel by the first leg's carrier. */
  role?: "first_leg" | "last_mile";
  /** Our carrier id, when known. */
  carrier?: string | null;
}

export interface AssessInput {
  now: string;
  order: OrderFacts;
  shipments: ShipmentFacts[];
  timeline: Timeline;
  reports: BuyerReport[];
  /** Durations of earlier delivered parcels on this route and method; null when none. */
  learned: LearnedDurations | null;
  settings: AssessSettings;
  lang: string;
}

export interface AssessSettings {
  /** Days of Buyer Protection left at which an undelivered order becomes `act_soon`. */
  actSoonDays: number;
  /** ... and `act_now`. */
  actNowDays: number;
  /** Delivered parcels needed on a route before their durations refine the profile. */
  learnFromParcels: number;
}

export const DEFAULT_SETTINGS: AssessSettings = { actSoonDays: 7, actNowDays: 3, learnFromParcels: 5 };

/** Per-stage durations (days) seen on earlier delivered parcels of one route and method. */
export interface LearnedDurations {
  parcels: number;
  /** Days spent in each stage: median and 90th percentile. */
  stages: Partial<Record<Stage, { p50: number; p90: number }>>;
  /** Days from the first scan to delivery. */
  total: { p10: number; p50: number; p90: number };
}
