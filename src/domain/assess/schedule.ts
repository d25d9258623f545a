/**
 * When the parcel should arrive, and when looking again is worth it. The check times follow the
 * cross-carrier guide's checkpoints: daily around the first scan and after arrival, every few
 * days during line-haul (daily checks there only add worry), within hours once out for delivery;
 * and never later than the moment the answer changes by itself (a silence crossing a threshold,
 * protection reaching its warning days).
 */
import { PROFILED_STAGES, type ProfiledStage } from "../order/shipping-methods.ts";
import type { Expectations } from "./expectations.ts";
import type { Journey } from "./journey.ts";
import { DAY, HOUR, type Situation } from "./situation.ts";

const CADENCE: Record<ProfiledStage, number> = {
  pre_transit: DAY,
  origin: 2 * DAY,
  line_haul: 3 * DAY,
  destination: DAY,
  final_mile: 12 * HOUR,
};

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The delivery window from the stage the parcel is in: the rest of this stage and every later
 * one, typical and long. Null when delivered or stopped, and when even the long end has passed
 * (the parcel is late: no honest window is left).
 */
export function etaWindow(
  journey: Journey,
  expectations: Expectations,
  waitStartMs: number | null,
  nowMs: number,
): { from: string; to: string } | null {
  const status = journey.status;
  if (status === "delivered" || status === "returned") return null;
  const stage = journey.stage;
  let startMs: number;
  let stages: readonly ProfiledStage[];
  if (stage && stage !== "done" && journey.stageStart[stage] !== undefined) {
    startMs = journey.stageStart[stage] ?? nowMs;
    stages = PROFILED_STAGES.slice(PROFILED_STAGES.indexOf(stage));
  } else if (waitStartMs !== null) {
    startMs = waitStartMs;
    stages = PROFILED_STAGES;
  } else {
    return null;
  }
  let low = 0;
  let high = 0;
  for (const each of stages) {
    low += expectations.stages[each].days[0];
    high += expectations.stages[each].days[1];
  }
  const toMs = startMs + high * DAY;
  if (toMs < nowMs) return null;
  const fromMs = Math.max(nowMs, startMs + low * DAY);
  return { from: isoDate(fromMs), to: isoDate(Math.max(fromMs, toMs)) };
}

/**
 * The last moment of the latest day the method promises, counted from the shipment (or the first
 * scan): on that day itself the parcel is not late yet.
 */
export function promisedBy(
  journey: Journey,
  expectations: Expectations,
  waitStartMs: number | null,
): number | null {
  const start = waitStartMs ?? journey.firstScanAt;
  if (start === null) return null;
  const day = Math.floor((start + Math.ceil(expectations.totalDays[1]) * DAY) / DAY) * DAY;
  return day + DAY - 1;
}

export function nextCheck(found: Situation, nowMs: number): number | null {
  if (found.verdict === "closed" || found.verdict === "delivered") return null;
  let wait: number;
  if (found.verdict === "act_now" || found.verdict === "act_soon") wait = DAY;
  else if (found.playbook === "out-for-delivery" && found.verdict === "on_track") wait = 4 * HOUR;
  else if (found.verdict === "watch") wait = found.stage === "line_haul" ? 2 * DAY : DAY;
  else wait = found.stage ? CADENCE[found.stage] : DAY;
  const candidates = [nowMs + wait, ...found.changesAt.filter((at) => at > nowMs)];
  // Never sooner than an hour: sources do not change faster, and portals rate-limit.
  return Math.max(nowMs + HOUR, Math.min(...candidates));
}
