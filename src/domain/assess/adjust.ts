/**
 * What changes the picture after the parcel's own situation: the expected delivery date passing,
 * Buyer Protection running out, and what the buyer reported (seller replied, dispute opened).
 *
 * From the seeds: a long silence becomes a reason to dispute once the expected delivery date has
 * passed, or when protection is close to its end; a seller's "please wait" does not count when
 * protection is almost over; a dispute must be opened before protection ends.
 */
import type { Protection } from "./protection.ts";
import { DAY, type Situation } from "./situation.ts";
import { type AssessSettings, type PlaybookId, VERDICT_URGENCY, type Verdict } from "./types.ts";

/** Situations where the parcel is still on its way and nothing specific is wrong with it. */
const STILL_WAITING = new Set<PlaybookId>([
  "wait-first-scan",
  "invalid-number",
  "seller-not-shipped",
  "normal-transit",
  "long-silence",
  "customs",
  "arrived-check-local",
]);
/** The parcel is at the door: protection raises the urgency, the playbook stays. */
const AT_THE_DOOR = new Set<PlaybookId>(["out-for-delivery", "delivery-failed", "pickup-waiting"]);
const FINISHED = new Set<Verdict>(["delivered", "closed"]);

const atLeast = (verdict: Verdict, floor: Verdict): Verdict =>
  VERDICT_URGENCY[verdict] >= VERDICT_URGENCY[floor] ? verdict : floor;

export interface AdjustInput {
  nowMs: number;
  /** The latest date the method (or this route's history) promises, ms; null when unknown. */
  promisedByMs: number | null;
  promisedBy: string | null;
  protection: Protection | null;
  settings: AssessSettings;
  disputeOpenedAtMs: number | null;
  sellerRepliedAtMs: number | null;
  learnedFrom: number | null;
}

export function adjustSituation(found: Situation, input: AdjustInput): Situation {
  const result: Situation = { ...found, reasons: [...found.reasons], changesAt: [...found.changesAt] };
  const finished = FINISHED.has(result.verdict);
  const silentLong =
    result.verdict === "watch" ||
    (result.verdict === "wait" &&
      (result.playbook === "customs" || result.playbook === "arrived-check-local"));

  // The expected date has passed.
  if (!finished && input.promisedByMs !== null && STILL_WAITING.has(result.playbook)) {
    if (input.nowMs > input.promisedByMs) {
      result.reasons.push({ code: "eta-passed", ...(input.promisedBy ? { date: input.promisedBy } : {}) });
      const sellerJustReplied =
        input.sellerRepliedAtMs !== null && input.nowMs - input.sellerRepliedAtMs < 7 * DAY;
      if (silentLong && !sellerJustReplied) {
        result.verdict = atLeast(result.verdict, "act_soon");
        if (result.playbook === "normal-transit" || result.playbook === "arrived-check-local") {
          result.playbook = "long-silence";
        }
        result.disputeDue = true;
      } else {
        result.verdict = atLeast(result.verdict, "watch");
      }
    } else {
      result.changesAt.push(input.promisedByMs + 1);
    }
  }

  if (input.sellerRepliedAtMs !== null && !finished) result.reasons.push({ code: "seller-replied" });

  // A dispute is open: the marketplace decides now, protection no longer runs out on the buyer.
  if (input.disputeOpenedAtMs !== null && result.verdict !== "closed") {
    result.reasons.push({ code: "dispute-open" });
    if (VERDICT_URGENCY[result.verdict] > VERDICT_URGENCY.watch) result.verdict = "watch";
    result.disputeDue = false;
    return withLearned(result, input);
  }

  const protection = input.protection;
  if (protection && !finished) {
    const { actSoonDays, actNowDays } = input.settings;
    const endMs = Date.parse(protection.endsAt);
    // At the door means fresh news from the local carrier; a stale one (watch) is a silence like any other.
    const atTheDoor = AT_THE_DOOR.has(result.playbook) && result.verdict !== "watch";
    const replaceable =
      STILL_WAITING.has(result.playbook) || (AT_THE_DOOR.has(result.playbook) && !atTheDoor);
    if (protection.daysLeft < 0) {
      result.reasons.push({ code: "protection-ended" });
      result.verdict = "act_now";
      if (replaceable) result.playbook = "protection-expiring";
      result.disputeDue = result.playbook !== "delivery-failed" && result.playbook !== "pickup-waiting";
    } else if (protection.daysLeft <= actNowDays) {
      result.reasons.push({ code: "protection-now" });
      if (atTheDoor) result.verdict = atLeast(result.verdict, "act_soon");
      else {
        result.verdict = "act_now";
        if (replaceable) result.playbook = "protection-expiring";
        result.disputeDue = true;
      }
      result.changesAt.push(endMs + 1);
    } else if (protection.daysLeft <= actSoonDays) {
      result.reasons.push({ code: "protection-soon" });
      result.verdict = atLeast(result.verdict, "act_soon");
      if (replaceable) result.playbook = "protection-expiring";
      result.changesAt.push(endMs - (actNowDays + 1) * DAY + 1);
    } else {
      result.changesAt.push(endMs - (actSoonDays + 1) * DAY + 1);
    }
    if (protection.estimated) result.reasons.push({ code: "protection-estimated" });
  }
  return withLearned(result, input);
}

function withLearned(result: Situation, input: AdjustInput): Situation {
  if (input.learnedFrom !== null && !FINISHED.has(result.verdict)) {
    result.reasons.push({ code: "learned-route", days: input.learnedFrom });
  }
  return result;
}
