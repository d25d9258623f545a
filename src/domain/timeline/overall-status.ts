/**
 * The parcel's overall status: the most advanced stage reached, not the newest event. Cainiao
 * reports import customs before the flight departs, and portals interleave; so a later event of
 * an earlier stage does not move the parcel back. An exception or a return that comes after the
 * most advanced event is shown as what it is; a normal event after an exception clears it.
 */
import { progressOf, type Stage, type Status, stageOf } from "../status/statuses.ts";

export interface StatusEvent {
  id: string;
  status: Status;
  epochMs: number;
  /** A guess (confidence below GUESS) never moves the parcel forward. */
  confidence?: number;
  /** Events dated after `now` do not count. */
  future?: boolean;
}

export interface OverallStatus {
  status: Status;
  /** The stage reached; for an exception, the stage the parcel was in when it happened. */
  stage: Stage | null;
  /** The event that decided it. */
  eventId: string;
  since: number;
  reason: string;
}

/** Below this an event's status is a guess (nothing matched): it is shown, never relied on. */
export const GUESS = 0.2;

/** `events` in chronological order. */
export function overallStatus(events: readonly StatusEvent[]): OverallStatus | null {
  const counted = events.filter((event) => !event.future);
  let best: StatusEvent | undefined;
  for (const event of counted) {
    if (event.status === "exception") continue;
    if (best && (event.confidence ?? 1) < GUESS) continue;
    if (!best || progressOf(event.status) >= progressOf(best.status)) best = event;
  }
  const latest = counted[counted.length - 1];
  if (!latest) return null;
  const latestIsTrouble = latest.status === "exception" || latest.status === "returned";
  if (latestIsTrouble && (!best || latest.epochMs >= best.epochMs) && latest !== best) {
    return {
      status: latest.status,
      stage: stageOf(latest.status) ?? (best ? stageOf(best.status) : null),
      eventId: latest.id,
      since: latest.epochMs,
      reason:
        latest.status === "exception"
          ? "the latest event reports a problem"
          : "the latest event is a return to the sender",
    };
  }
  if (!best) {
    return {
      status: latest.status,
      stage: null,
      eventId: latest.id,
      since: latest.epochMs,
      reason: "only problem events so far",
    };
  }
  return {
    status: best.status,
    stage: stageOf(best.status),
    eventId: best.id,
    since: best.epochMs,
    reason:
      best === latest
        ? "the latest event is the most advanced"
        : "the most advanced stage reached; later events are from earlier stages",
  };
}
