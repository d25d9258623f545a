/**
 * The assessment: is this parcel fine, what to do now, and when to look again. Pure and
 * deterministic: the same order, timeline, reports and `now` give the same answer, in any of the
 * catalog's languages. Nothing here throws on odd input; an unreadable date counts as unknown.
 */
import { catalogFor } from "../messages/index.ts";
import { toolsFor } from "../messages/tools.ts";
import { PROCESSING_DAYS, SHIPPING_METHODS, type ShippingMethod } from "../order/shipping-methods.ts";
import { adjustSituation } from "./adjust.ts";
import { expectationsFor } from "./expectations.ts";
import { readJourney } from "./journey.ts";
import { PLAYBOOKS } from "./playbooks.ts";
import { protectionOf } from "./protection.ts";
import { etaWindow, isoDate, nextCheck, promisedBy } from "./schedule.ts";
import { DAY, decideSituation } from "./situation.ts";
import type { AssessInput, Assessment, BuyerReport, BuyerReportKind, EvidenceEntry, Facts } from "./types.ts";
import { findWrongPlace } from "./wrong-destination.ts";

/** A date or instant as ms; a date alone is its start (UTC). Null when unreadable. */
export function toMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

function latestReport(reports: readonly BuyerReport[], kind: BuyerReportKind): number | null {
  let latest: number | null = null;
  for (const report of reports) {
    const at = report.kind === kind ? toMs(report.at) : null;
    if (at !== null && (latest === null || at > latest)) latest = at;
  }
  return latest;
}

export interface AssessOptions {
  /** Shipping-method profiles; the configured ones when the data dir overrides them. */
  methods?: readonly ShippingMethod[];
}

export function assess(input: AssessInput, options: AssessOptions = {}): Assessment {
  const nowMs = toMs(input.now) ?? 0;
  const { order, timeline, settings } = input;
  const journey = readJourney(timeline);
  const expectations = expectationsFor(
    options.methods ?? SHIPPING_METHODS,
    order.shippingMethod,
    input.learned,
    settings.learnFromParcels,
  );
  const placedAtMs = toMs(order.placedAt);
  const addedAtMs = input.shipments
    .map((shipment) => toMs(shipment.addedAt))
    .filter((ms): ms is number => ms !== null)
    .reduce<number | null>((min, ms) => (min === null || ms < min ? ms : min), null);
  const firstEventMs = journey.events[0]?.time.epochMs ?? null;
  const journeyStartMs =
    toMs(order.shippedAt) ??
    (firstEventMs !== null && addedAtMs !== null
      ? Math.min(firstEventMs, addedAtMs)
      : (firstEventMs ?? addedAtMs));
  const wrongPlace = findWrongPlace(journey.events, order.destination);
  const notReceivedAt = latestReport(input.reports, "not_received");
  const reportedMissing =
    journey.deliveredAt !== null &&
    notReceivedAt !== null &&
    notReceivedAt >= journey.deliveredAt - 12 * 3_600_000;

  const found = decideSituation({
    nowMs,
    journey,
    expectations,
    shipments: input.shipments,
    waitStartMs: journeyStartMs,
    placedAtMs,
    processingDays: PROCESSING_DAYS,
    wrongPlace,
    reportedMissing,
  });
  const protection = protectionOf(order, nowMs);
  const promisedMs = promisedBy(journey, expectations, journeyStartMs);
  const receiptAt = latestReport(input.reports, "receipt_confirmed");
  const adjusted =
    receiptAt !== null
      ? {
          ...found,
          verdict: "closed" as const,
          playbook: "delivered" as const,
          reasons: [{ code: "receipt-confirmed" as const }],
          disputeDue: false,
          changesAt: [],
        }
      : adjustSituation(found, {
          nowMs,
          promisedByMs: promisedMs,
          promisedBy: promisedMs === null ? null : isoDate(promisedMs),
          protection,
          settings,
          disputeOpenedAtMs: latestReport(input.reports, "dispute_opened"),
          sellerRepliedAtMs: latestReport(input.reports, "seller_replied"),
          learnedFrom: expectations.learnedFrom,
        });
  const eta = adjusted.verdict === "closed" ? null : etaWindow(journey, expectations, journeyStartMs, nowMs);
  const nextMs = nextCheck(adjusted, nowMs);

  const handoff = timeline.handoffs[timeline.handoffs.length - 1];
  const lastMileShipment = input.shipments.find((shipment) => shipment.role === "last_mile");
  const lastEvent = journey.last;
  const silenceMs = found.silenceMs ?? (lastEvent ? nowMs - lastEvent.time.epochMs : null);
  const disputeOpenedAt = latestReport(input.reports, "dispute_opened");
  const facts: Facts = {
    orderNumber: order.number,
    marketplace: order.marketplace,
    trackingNumbers: input.shipments.map((shipment) => shipment.trackingNumber),
    lastMileNumber: lastMileShipment?.trackingNumber ?? handoff?.number ?? null,
    lastMileCarrier: lastMileShipment?.carrier ?? handoff?.carrierName ?? handoff?.carrier ?? null,
    destination: order.destination,
    shippingMethod: expectations.methodGuessed ? order.shippingMethod : expectations.method.name,
    shippedOn: journeyStartMs === null ? null : isoDate(journeyStartMs),
    daysWithoutUpdate: silenceMs === null ? null : Math.max(0, Math.floor(silenceMs / DAY)),
    lastEvent: lastEvent
      ? { date: lastEvent.time.instant.slice(0, 10), text: lastEvent.text, place: lastEvent.location }
      : null,
    deliveredOn: journey.deliveredAt === null ? null : isoDate(journey.deliveredAt),
    protectionEndsOn: protection?.endsOn ?? null,
    protectionDaysLeft: protection?.daysLeft ?? null,
    etaFrom: eta?.from ?? null,
    etaTo: eta?.to ?? null,
    wrongPlace: wrongPlace?.place ?? null,
    disputeOpenedOn: disputeOpenedAt === null ? null : isoDate(disputeOpenedAt),
    thresholdDays: null,
    learnedParcels: expectations.learnedFrom,
  };

  const catalog = catalogFor(input.lang);
  const tools = toolsFor(catalog.language);
  const shape = PLAYBOOKS[adjusted.playbook];
  const held = heldEvidence(input, facts, protection !== null && !protection.estimated);
  const disputeShown = adjusted.disputeDue && shape.dispute !== null && disputeOpenedAt === null;
  return {
    stage: journey.stage,
    status: journey.status,
    verdict: adjusted.verdict,
    reasons: adjusted.reasons.map((reason) => ({
      code: reason.code,
      text: catalog.reasons[reason.code](
        {
          ...facts,
          thresholdDays: reason.days ?? null,
          ...(reason.date ? { etaTo: reason.date } : {}),
        },
        tools,
      ),
    })),
    protection: protection
      ? { endsAt: protection.endsAt, daysLeft: protection.daysLeft, estimated: protection.estimated }
      : null,
    eta,
    nextCheckAt: nextMs === null ? null : new Date(nextMs).toISOString(),
    playbook: {
      id: adjusted.playbook,
      steps: catalog.steps[adjusted.playbook](
        { ...facts, thresholdDays: firstThreshold(adjusted.reasons) },
        tools,
      ),
      messages: shape.messages.map((kind) => ({ kind, text: catalog.messages[kind](facts, tools) })),
      dispute: disputeShown && shape.dispute ? catalog.disputes[shape.dispute](facts, tools) : null,
      evidence: shape.evidence.map((item) => ({ item, held: held(item), text: catalog.evidence[item] })),
    },
    lang: catalog.language,
    facts,
  };
}

function firstThreshold(reasons: readonly { days?: number }[]): number | null {
  return reasons.find((reason) => reason.days !== undefined)?.days ?? null;
}

/** Which evidence ParcelTrail already holds for the pack; the rest is the buyer's to add. */
function heldEvidence(
  input: AssessInput,
  facts: Facts,
  protectionGiven: boolean,
): (item: EvidenceEntry["item"]) => boolean {
  return (item) => {
    switch (item) {
      case "tracking-numbers":
        return facts.trackingNumbers.length > 0;
      case "tracking-history":
        return input.timeline.events.length > 0;
      case "order-details":
        return facts.orderNumber !== null;
      case "protection-dates":
        return protectionGiven;
      case "wrong-place":
        return facts.wrongPlace !== null;
      // Screenshots of the order page, the carrier's and the seller's answers: only the buyer has them.
      case "delivery-address":
      case "carrier-response":
      case "seller-messages":
      case "proof-not-delivered":
        return false;
    }
  };
}
