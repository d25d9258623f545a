/**
 * The situation the parcel is in, before Buyer Protection and the buyer's reports are weighed
 * (see adjust.ts): which playbook applies, how urgent it is, and why. The rows of the seeds'
 * tables map onto it:
 *
 * - "issued today: wait 24–72 hours" and "2–5 days after shipment: often normal": the
 *   pre-transit and origin silences of the method's profile (`quietDays`);
 * - "international transit" and "customs": normal up to the profile's silence for that stage,
 *   then worth watching, then a long silence;
 * - "no updates after arrival: check the local carrier": `arrived-check-local`;
 * - the dispute table: wrong place, returned, lost, delivered-not-received, customs unusually long.
 *
 * Silences are measured from the newest event of any of the order's numbers: a new last-mile
 * number with fresh scans ends the first leg's silence.
 */
import type { ProfiledStage } from "../order/shipping-methods.ts";
import type { Expectations } from "./expectations.ts";
import type { Journey } from "./journey.ts";
import type { PlaybookId, ReasonCode, ShipmentFacts, Verdict } from "./types.ts";
import type { WrongPlace } from "./wrong-destination.ts";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export interface Reason {
  code: ReasonCode;
  /** The threshold or count the sentence names, in days. */
  days?: number;
  /** A date the sentence names (YYYY-MM-DD), when it is not one of the order's facts. */
  date?: string;
}

export interface Situation {
  playbook: PlaybookId;
  verdict: Verdict;
  reasons: Reason[];
  /** True when the dispute text should be shown now. */
  disputeDue: boolean;
  /** Moments (ms) when the answer changes by itself: a silence crossing a threshold. */
  changesAt: number[];
  /** The stage whose profile judged the silence, for the check cadence. */
  stage: ProfiledStage | null;
  /** How long nothing has happened, ms (from the last event, or from the start of the wait). */
  silenceMs: number | null;
}

export interface SituationInput {
  nowMs: number;
  journey: Journey;
  expectations: Expectations;
  shipments: readonly ShipmentFacts[];
  /** When the wait for a first scan began: shipment, or the number being added, or the order. */
  waitStartMs: number | null;
  placedAtMs: number | null;
  processingDays: readonly [number, number];
  wrongPlace: WrongPlace | null;
  /** A "not received" report after the delivered scan. */
  reportedMissing: boolean;
}

const LOST = new Set(["lost", "damaged", "destroyed", "seized"]);
const CUSTOMS_NEEDS_BUYER = new Set(["duties_due", "customs_info_required", "payment_required"]);
/** A parcel that scanned within this long is "moving", whatever the stage. */
const MOVING = 2 * DAY;

const situation = (
  playbook: PlaybookId,
  verdict: Verdict,
  reasons: Reason[],
  extra: Partial<Situation> = {},
): Situation => ({
  playbook,
  verdict,
  reasons,
  disputeDue: false,
  changesAt: [],
  stage: null,
  silenceMs: null,
  ...extra,
});

export function decideSituation(input: SituationInput): Situation {
  const { journey } = input;
  const status = journey.status;

  if (status === "delivered") {
    if (input.reportedMissing) {
      return situation(
        "delivered-not-received",
        "act_now",
        [{ code: "delivered" }, { code: "delivered-reported-missing" }],
        {
          disputeDue: true,
        },
      );
    }
    if (input.wrongPlace?.kind === "city") {
      return situation("wrong-destination", "act_soon", [{ code: "delivered" }, { code: "wrong-city" }], {
        disputeDue: false,
      });
    }
    return situation("delivered", "delivered", [{ code: "delivered" }]);
  }
  if (status === "returned")
    return situation("returned-to-sender", "act_now", [{ code: "returned" }], { disputeDue: true });
  if (status === "exception" && journey.subStatus && LOST.has(journey.subStatus)) {
    return situation("lost-or-damaged", "act_now", [{ code: "lost-or-damaged" }], { disputeDue: true });
  }
  if (input.wrongPlace) {
    const code = input.wrongPlace.kind === "country" ? "wrong-country" : "wrong-city";
    return situation("wrong-destination", "act_now", [{ code }], { disputeDue: true });
  }
  if (journey.events.length === 0) return beforeAnyEvent(input);
  if (status === "exception" && journey.subStatus === "address_problem") {
    return situation("delivery-failed", "act_soon", [{ code: "address-problem" }]);
  }
  const stage = journey.stage;
  let found: Situation;
  if (stage === "pre_transit" || stage === null) found = labelOnly(input);
  else if (stage === "final_mile") found = finalMile(input);
  else if (stage === "destination") found = destination(input);
  else found = inTransit(input, stage === "done" ? "line_haul" : stage);
  if (status === "exception") {
    found.reasons.unshift({ code: "carrier-problem" });
    if (found.verdict === "on_track" || found.verdict === "wait") found.verdict = "watch";
  }
  return found;
}

function silenceOf(input: SituationInput): number {
  const last = input.journey.last;
  return input.nowMs - (last ? last.time.epochMs : (input.waitStartMs ?? input.nowMs));
}

/** No carrier has said anything: no number yet, a number too new to scan, or one that does not work. */
function beforeAnyEvent(input: SituationInput): Situation {
  const { nowMs, expectations } = input;
  if (input.shipments.length === 0) {
    const [, longDays] = input.processingDays;
    if (input.placedAtMs === null)
      return situation("seller-not-shipped", "wait", [{ code: "no-tracking-yet", days: longDays }]);
    const elapsed = nowMs - input.placedAtMs;
    const deadline = input.placedAtMs + longDays * DAY;
    const verdict: Verdict = elapsed < longDays * DAY ? "wait" : "watch";
    return situation("seller-not-shipped", verdict, [{ code: "no-tracking-yet", days: longDays }], {
      changesAt: [deadline],
      silenceMs: elapsed,
      stage: "pre_transit",
    });
  }
  const silenceMs = silenceOf(input);
  const [normal, long] = expectations.stages.pre_transit.quietDays;
  const start = input.waitStartMs ?? nowMs;
  if (input.shipments.some((shipment) => !shipment.valid)) {
    return situation("invalid-number", "watch", [{ code: "number-invalid" }], {
      silenceMs,
      stage: "pre_transit",
    });
  }
  if (silenceMs < normal * DAY) {
    return situation("wait-first-scan", "wait", [{ code: "first-scan-window", days: normal }], {
      changesAt: [start + normal * DAY],
      silenceMs,
      stage: "pre_transit",
    });
  }
  return situation("invalid-number", "watch", [{ code: "no-events-yet" }], {
    changesAt: [start + long * DAY],
    silenceMs,
    stage: "pre_transit",
  });
}

/** Only "label created" / "information received": the seller has not handed the parcel over yet. */
function labelOnly(input: SituationInput): Situation {
  const [normal, long] = input.expectations.stages.pre_transit.quietDays;
  const labelAt = input.journey.stageStart.pre_transit ?? input.journey.last?.time.epochMs ?? input.nowMs;
  const since = input.nowMs - labelAt;
  const extra = { silenceMs: since, stage: "pre_transit" as const };
  if (since < normal * DAY) {
    return situation("wait-first-scan", "wait", [{ code: "first-scan-window", days: normal }], {
      ...extra,
      changesAt: [labelAt + normal * DAY],
    });
  }
  if (since < long * DAY) {
    return situation("wait-first-scan", "watch", [{ code: "label-only" }], {
      ...extra,
      changesAt: [labelAt + long * DAY],
    });
  }
  return situation("seller-not-shipped", "watch", [{ code: "seller-slow" }], extra);
}

/**
 * One step of a silence ladder: while nothing has happened for at most `upToMs`, this is the
 * answer, and it changes by itself at `lastAt + (changesAfterMs ?? upToMs)`.
 */
interface Rung {
  upToMs: number;
  changesAfterMs?: number;
  playbook: PlaybookId;
  verdict: Verdict;
  reasons: Reason[];
}

/** The first rung the silence still fits, else `beyond` (which nothing but news changes). */
function climb(
  silenceMs: number,
  lastAt: number,
  extra: Pick<Situation, "silenceMs" | "stage">,
  rungs: readonly Rung[],
  beyond: Pick<Situation, "playbook" | "verdict" | "reasons"> & { disputeDue?: boolean },
): Situation {
  for (const rung of rungs) {
    if (silenceMs <= rung.upToMs) {
      return situation(rung.playbook, rung.verdict, rung.reasons, {
        ...extra,
        changesAt: [lastAt + (rung.changesAfterMs ?? rung.upToMs)],
      });
    }
  }
  return situation(beyond.playbook, beyond.verdict, beyond.reasons, {
    ...extra,
    disputeDue: beyond.disputeDue ?? false,
  });
}

/** Origin and line-haul: silences are long and normal, up to the profile's limits. */
function inTransit(input: SituationInput, stage: ProfiledStage): Situation {
  const silenceMs = silenceOf(input);
  const [normal, long] = input.expectations.stages[stage].quietDays;
  return climb(
    silenceMs,
    input.nowMs - silenceMs,
    { silenceMs, stage },
    [
      {
        upToMs: Math.min(MOVING, normal * DAY),
        changesAfterMs: MOVING,
        playbook: "normal-transit",
        verdict: "on_track",
        reasons: [{ code: "moving" }],
      },
      {
        upToMs: normal * DAY,
        playbook: "normal-transit",
        verdict: "wait",
        reasons: [{ code: "quiet-normal", days: normal }],
      },
      {
        upToMs: long * DAY,
        playbook: "long-silence",
        verdict: "watch",
        reasons: [{ code: "quiet-long", days: normal }],
      },
    ],
    { playbook: "long-silence", verdict: "watch", reasons: [{ code: "quiet-very-long", days: long }] },
  );
}

/** Arrived in the destination country: customs, then the local carrier. */
function destination(input: SituationInput): Situation {
  const { journey } = input;
  const silenceMs = silenceOf(input);
  const [normal, long] = input.expectations.stages.destination.quietDays;
  const lastAt = input.nowMs - silenceMs;
  const extra = { silenceMs, stage: "destination" as const };
  if (journey.status === "customs") {
    if (journey.subStatus && CUSTOMS_NEEDS_BUYER.has(journey.subStatus)) {
      return situation("customs", "act_soon", [{ code: "customs-needs-you" }], extra);
    }
    return climb(
      silenceMs,
      lastAt,
      extra,
      [
        {
          upToMs: normal * DAY,
          playbook: "customs",
          verdict: "wait",
          reasons: [{ code: "in-customs", days: normal }],
        },
        { upToMs: long * DAY, playbook: "customs", verdict: "watch", reasons: [{ code: "customs-long" }] },
      ],
      { playbook: "customs", verdict: "act_soon", reasons: [{ code: "customs-long" }], disputeDue: true },
    );
  }
  return climb(
    silenceMs,
    lastAt,
    extra,
    [
      {
        upToMs: Math.min(MOVING, normal * DAY),
        changesAfterMs: MOVING,
        playbook: "arrived-check-local",
        verdict: "on_track",
        reasons: [{ code: "arrived-destination" }],
      },
      {
        upToMs: normal * DAY,
        playbook: "arrived-check-local",
        verdict: "wait",
        reasons: [{ code: "arrived-destination" }, { code: "quiet-normal", days: normal }],
      },
      {
        upToMs: long * DAY,
        playbook: "arrived-check-local",
        verdict: "watch",
        reasons: [{ code: "local-quiet" }],
      },
    ],
    {
      playbook: "long-silence",
      verdict: "watch",
      reasons: [{ code: "local-quiet" }, { code: "quiet-very-long", days: long }],
    },
  );
}

/** With the local carrier: out for delivery, a failed attempt, or waiting at a pickup point. */
function finalMile(input: SituationInput): Situation {
  const { journey } = input;
  const silenceMs = silenceOf(input);
  const [, long] = input.expectations.stages.final_mile.quietDays;
  const extra = { silenceMs, stage: "final_mile" as const };
  if (journey.status === "available_for_pickup") {
    if (journey.subStatus === "final_notice") {
      return situation(
        "pickup-waiting",
        "act_now",
        [{ code: "waiting-pickup" }, { code: "pickup-final-notice" }],
        extra,
      );
    }
    return situation("pickup-waiting", "act_soon", [{ code: "waiting-pickup" }], extra);
  }
  if (journey.status === "delivery_failed") {
    const code = journey.subStatus === "address_problem" ? "address-problem" : "delivery-failed";
    return situation("delivery-failed", "act_soon", [{ code }], extra);
  }
  return climb(
    silenceMs,
    input.nowMs - silenceMs,
    extra,
    [
      {
        upToMs: DAY,
        playbook: "out-for-delivery",
        verdict: "on_track",
        reasons: [{ code: "out-for-delivery" }],
      },
      {
        upToMs: long * DAY,
        playbook: "out-for-delivery",
        verdict: "watch",
        reasons: [{ code: "out-for-delivery" }, { code: "quiet-long", days: 1 }],
      },
    ],
    {
      playbook: "long-silence",
      verdict: "watch",
      reasons: [{ code: "local-quiet" }, { code: "quiet-very-long", days: long }],
    },
  );
}
