/**
 * What each situation offers besides its checklist: the messages worth sending, the dispute text
 * (shown only when a dispute is due) and the evidence a dispute over it needs. The seeds' table
 * "when to open a dispute" decides the dispute kinds and the evidence lists.
 */
import type { DisputeKind, EvidenceItem, MessageKind, PlaybookId } from "./types.ts";

export interface PlaybookShape {
  messages: MessageKind[];
  dispute: DisputeKind | null;
  evidence: EvidenceItem[];
}

const TRACKING: EvidenceItem[] = ["tracking-numbers", "tracking-history", "order-details"];

export const PLAYBOOKS: Record<PlaybookId, PlaybookShape> = {
  "wait-first-scan": { messages: [], dispute: null, evidence: [] },
  "invalid-number": {
    messages: ["invalid-number"],
    dispute: "not-delivered",
    evidence: [...TRACKING, "seller-messages", "protection-dates"],
  },
  "seller-not-shipped": {
    messages: ["not-shipped"],
    dispute: "not-delivered",
    evidence: [...TRACKING, "seller-messages", "protection-dates"],
  },
  "normal-transit": { messages: [], dispute: null, evidence: [] },
  "long-silence": {
    messages: ["no-update"],
    dispute: "not-delivered",
    evidence: [...TRACKING, "seller-messages", "protection-dates"],
  },
  customs: {
    messages: ["customs-delay"],
    dispute: "customs-delay",
    evidence: [...TRACKING, "carrier-response", "protection-dates"],
  },
  "arrived-check-local": { messages: [], dispute: null, evidence: [] },
  "out-for-delivery": { messages: [], dispute: null, evidence: [] },
  "delivery-failed": { messages: [], dispute: null, evidence: [] },
  "pickup-waiting": { messages: [], dispute: null, evidence: [] },
  delivered: { messages: [], dispute: null, evidence: [] },
  "delivered-not-received": {
    messages: ["delivered-not-received", "carrier-delivery-query"],
    dispute: "delivered-not-received",
    evidence: [...TRACKING, "delivery-address", "carrier-response", "proof-not-delivered", "seller-messages"],
  },
  "wrong-destination": {
    messages: ["wrong-destination"],
    dispute: "wrong-destination",
    evidence: [...TRACKING, "delivery-address", "wrong-place", "seller-messages"],
  },
  "returned-to-sender": {
    messages: ["returned"],
    dispute: "returned",
    evidence: [...TRACKING, "seller-messages"],
  },
  "lost-or-damaged": {
    messages: ["lost-or-damaged"],
    dispute: "lost-or-damaged",
    evidence: [...TRACKING, "carrier-response", "seller-messages"],
  },
  "protection-expiring": {
    messages: ["protection-ending"],
    dispute: "not-delivered",
    evidence: [...TRACKING, "delivery-address", "protection-dates", "seller-messages"],
  },
};
