/**
 * The facts of the journey so far, read off the merged timeline: where the parcel is, since when
 * nothing has happened, when each stage began. Events dated in the future and guesses (nothing
 * in the classifier matched) never count as progress.
 */
import { type Stage, type Status, type SubStatus, stageOf } from "../status/statuses.ts";
import type { Timeline, TimelineEvent } from "../timeline/build-timeline.ts";
import { GUESS } from "../timeline/overall-status.ts";

export interface Journey {
  /** Events that count, oldest first. */
  events: TimelineEvent[];
  status: Status | null;
  stage: Stage | null;
  subStatus: SubStatus | null;
  /** The newest counted event. */
  last: TimelineEvent | null;
  /** The event that decided the overall status. */
  deciding: TimelineEvent | null;
  /** First event of each stage reached, in ms. */
  stageStart: Partial<Record<Stage, number>>;
  /** The first scan of the parcel itself (anything after "label created"), in ms. */
  firstScanAt: number | null;
  deliveredAt: number | null;
}

export function readJourney(timeline: Timeline): Journey {
  const events = timeline.events.filter((event) => !event.future);
  const stageStart: Partial<Record<Stage, number>> = {};
  let firstScanAt: number | null = null;
  for (const event of events) {
    if (event.confidence < GUESS) continue;
    const stage = stageOf(event.status);
    const at = event.time.epochMs;
    if (stage && stageStart[stage] === undefined) stageStart[stage] = at;
    if (firstScanAt === null && event.status !== "info_received" && event.status !== "exception")
      firstScanAt = at;
  }
  const overall = timeline.overall;
  const deciding = overall ? (events.find((event) => event.id === overall.eventId) ?? null) : null;
  const last = events[events.length - 1] ?? null;
  const status = overall?.status ?? null;
  return {
    events,
    status,
    stage: overall?.stage ?? null,
    subStatus: deciding?.subStatus ?? null,
    last,
    deciding,
    stageStart,
    firstScanAt,
    deliveredAt: status === "delivered" && deciding ? deciding.time.epochMs : null,
  };
}

/** The newest event whose status is one of `statuses`, for the sub-status of a stage's latest news. */
export function latestWith(journey: Journey, statuses: readonly Status[]): TimelineEvent | null {
  for (let index = journey.events.length - 1; index >= 0; index--) {
    const event = journey.events[index];
    if (event && statuses.includes(event.status)) return event;
  }
  return null;
}
