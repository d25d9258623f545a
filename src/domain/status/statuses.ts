/**
 * The canonical statuses and stages of ../shared/DESIGN.md: one meaning per carrier event,
 * whatever the carrier or language. Everything else in this folder maps raw events onto these.
 */

export const STATUSES = [
  "info_received",
  "accepted",
  "origin_processing",
  "departed_origin",
  "in_transit",
  "arrived_destination",
  "customs",
  "destination_processing",
  "out_for_delivery",
  "delivery_failed",
  "available_for_pickup",
  "delivered",
  "returned",
  "exception",
] as const;
export type Status = (typeof STATUSES)[number];

export const STAGES = ["pre_transit", "origin", "line_haul", "destination", "final_mile", "done"] as const;
export type Stage = (typeof STAGES)[number];

/** Stage of each status. `exception` has none of its own: it keeps the stage the parcel had. */
const STAGE_OF: Record<Status, Stage | null> = {
  info_received: "pre_transit",
  accepted: "origin",
  origin_processing: "origin",
  departed_origin: "line_haul",
  in_transit: "line_haul",
  arrived_destination: "destination",
  customs: "destination",
  destination_processing: "destination",
  out_for_delivery: "final_mile",
  delivery_failed: "final_mile",
  available_for_pickup: "final_mile",
  delivered: "done",
  returned: "done",
  exception: null,
};

export function stageOf(status: Status): Stage | null {
  return STAGE_OF[status];
}

/**
 * How far along the journey a status is, for "most advanced stage reached". Statuses of one
 * stage share a rank where their order says nothing (a failed attempt is not behind an
 * out-for-delivery scan), so the newest of them wins ties.
 */
const PROGRESS: Record<Status, number> = {
  info_received: 0,
  accepted: 1,
  origin_processing: 2,
  departed_origin: 3,
  in_transit: 3,
  arrived_destination: 4,
  customs: 5,
  destination_processing: 6,
  out_for_delivery: 7,
  delivery_failed: 7,
  available_for_pickup: 7,
  delivered: 8,
  returned: 8,
  exception: -1,
};

export function progressOf(status: Status): number {
  return PROGRESS[status];
}

/**
 * Finer meanings a rule or code can attach to a status. Kept to one list so that the
 * assessment can rely on them; a rule file naming another one fails to load.
 */
export const SUB_STATUSES = [
  // info_received
  "label_created",
  "awaiting_seller",
  "pickup_scheduled",
  // accepted / processing / transit
  "picked_up",
  "dropped_off",
  "export_customs",
  "handed_to_airline",
  "handed_to_local_carrier",
  "transit_country",
  // customs
  "customs_started",
  "customs_held",
  "customs_released",
  "duties_due",
  "customs_info_required",
  // final mile
  "recipient_absent",
  "refused",
  "business_closed",
  "recipient_moved",
  "no_access",
  "payment_required",
  "rescheduled",
  "at_post_office",
  "at_locker",
  "at_pickup_point",
  "final_notice",
  // delivered
  "to_mailbox",
  "to_neighbour",
  "to_safe_place",
  "signed",
  "to_agent",
  "collected",
  // returned
  "returning",
  "returned_to_sender",
  // exception
  "address_problem",
  "damaged",
  "lost",
  "delayed",
  "cancelled",
  "held",
  "seized",
  "missent",
  "destroyed",
  "claim",
  "correction",
] as const;
export type SubStatus = (typeof SUB_STATUSES)[number];
