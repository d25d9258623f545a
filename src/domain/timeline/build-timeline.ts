/**
 * One timeline from many sources: every event classified, placed in time, the same scan
 * reported by two portals merged into one event that lists both, the overall status, which
 * source is freshest for each number, and the handoffs to follow.
 *
 * Two reports are one scan when they have the same status and are close in time: within
 * 10 minutes whatever the wording (two portals in two languages), within 3 hours when the text
 * or the place agrees, and up to 14 hours apart when a zone was guessed and the texts match
 * (the same local time read in two zones). Two reports of one source are one event only when
 * they are identical.
 */
import { type ParsedLocation, parseLocation } from "../location/parse-location.ts";
import { type Stage, type Status, type SubStatus, stageOf as stageOfStatus } from "../status/statuses.ts";
import type { EventTime } from "./event-time.ts";
import { type Handoff, handoffFromFacts, handoffsFromText, normalizedNumber } from "./handoffs.ts";
import { SourceEventSchema, type SourceReport, type TimelineInput } from "./input.ts";
import { interpretEvent, type Route } from "./interpret-event.ts";
import { type OverallStatus, overallStatus } from "./overall-status.ts";
import { similarity, textKey } from "./similarity.ts";

export interface Report {
  source: string;
  number: string;
  text: string;
  code: string | null;
  location: string | null;
  time: EventTime;
  status: Status;
  confidence: number;
}

export interface TimelineEvent {
  id: string;
  time: EventTime;
  status: Status;
  stage: Stage | null;
  subStatus?: SubStatus;
  confidence: number;
  text: string;
  location: string | null;
  place: ParsedLocation | null;
  numbers: string[];
  sources: string[];
  /** Each source's own version of this event. */
  reports: Report[];
  /** Dated after `now`: shown, but not counted for the overall status. */
  future: boolean;
}

export interface SourceFreshness {
  source: string;
  events: number;
  latestEventAt: string | null;
  fetchedAt: string | null;
}

export interface NumberFreshness {
  number: string;
  sources: SourceFreshness[];
  /** The source with the newest event (then the newest read), null when none has events. */
  freshest: string | null;
}

export interface TimelineProblem {
  source: string;
  number: string;
  /** Position of the event in its source's list. */
  index: number;
  error: string;
}

export interface Timeline {
  /** Oldest first. */
  events: TimelineEvent[];
  overall: (Omit<OverallStatus, "since"> & { since: string }) | null;
  numbers: NumberFreshness[];
  handoffs: Handoff[];
  problems: TimelineProblem[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SAME_SCAN_ANY_WORDING = 10 * MINUTE;
const SAME_SCAN_SIMILAR = 3 * HOUR;
const SAME_SCAN_ZONE_CONFUSION = 14 * HOUR;
/** Zone-less times can be off by a whole zone; only beyond that is an event "in the future". */
const FUTURE_TOLERANCE = 14 * HOUR;

interface Candidate {
  report: Report;
  key: Set<string>;
  place: ParsedLocation | null;
  subStatus: SubStatus | undefined;
  /** A generic facility scan that its place put in the destination country. */
  placedAtDestination: boolean;
  order: number;
}

function cityKey(place: ParsedLocation | null): string | null {
  return place?.city ? place.city.toLowerCase() : null;
}

function readSource(
  report: SourceReport,
  route: Route,
  problems: TimelineProblem[],
  next: () => number,
): Candidate[] {
  const candidates: Candidate[] = [];
  report.events.forEach((raw, index) => {
    const read = interpretEvent(raw, report, route);
    if (!read.ok) {
      problems.push({ source: report.source, number: report.number, index, error: read.error });
      return;
    }
    const { text, code, location, time, place, classification } = read.event;
    candidates.push({
      report: {
        source: report.source,
        number: report.number,
        text,
        code,
        location,
        time,
        status: classification.status,
        confidence: classification.confidence,
      },
      key: textKey(text),
      place,
      subStatus: classification.subStatus,
      placedAtDestination: classification.signals.some(
        (signal) => signal.kind === "context" && signal.to === "destination_processing",
      ),
      order: next(),
    });
  });
  return candidates;
}

interface Group {
  first: Candidate;
  members: Candidate[];
}

function sameScan(group: Group, candidate: Candidate): boolean {
  const a = group.first;
  if (a.report.status !== candidate.report.status) return false;
  const gap = Math.abs(a.report.time.epochMs - candidate.report.time.epochMs);
  const sim = similarity(a.key, candidate.key);
  const sameSource = group.members.some(
    (member) =>
      member.report.source === candidate.report.source && member.report.number === candidate.report.number,
  );
  if (sameSource) {
    return group.members.some(
      (member) =>
        member.report.source === candidate.report.source &&
        member.report.time.epochMs === candidate.report.time.epochMs &&
        member.report.text === candidate.report.text &&
        member.report.code === candidate.report.code,
    );
  }
  const cityA = cityKey(a.place);
  const cityB = cityKey(candidate.place);
  if (cityA && cityB && cityA !== cityB && sim < 0.9) return false;
  if (gap <= SAME_SCAN_ANY_WORDING) return true;
  if (gap <= SAME_SCAN_SIMILAR && (sim >= 0.5 || (cityA !== null && cityA === cityB))) return true;
  const guessed = a.report.time.zoneGuessed || candidate.report.time.zoneGuessed;
  const wholeZones = gap % (15 * MINUTE) <= 2 * MINUTE || gap % (15 * MINUTE) >= 13 * MINUTE;
  return guessed && gap <= SAME_SCAN_ZONE_CONFUSION && wholeZones && sim >= 0.8;
}

/**
 * A facility scan in the destination country before import customs is the parcel arriving,
 * not being sorted for delivery: it must not rank above the customs events that follow it.
 */
function arrivalsBeforeCustoms(candidates: Candidate[]): void {
  const lastCustoms = candidates.findLastIndex((candidate) => candidate.report.status === "customs");
  for (let i = 0; i < lastCustoms; i++) {
    const candidate = candidates[i] as Candidate;
    if (candidate.placedAtDestination) candidate.report.status = "arrived_destination";
  }
}

/** A country as an ISO code, from a code or a name a source gives ("Mainland China"). */
function countryCode(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  return parseLocation(value).country ?? null;
}

function givenRoute(input: TimelineInput): Route {
  const facts = input.sources.map((report) => report.facts).filter((facts) => facts != null);
  return {
    origin:
      countryCode(input.originCountry) ?? countryCode(facts.find((f) => f.originCountry)?.originCountry),
    destination:
      countryCode(input.destinationCountry) ??
      countryCode(facts.find((f) => f.destinationCountry)?.destinationCountry),
  };
}

/** Scans made before the parcel left its origin country. */
function originSide(status: Status): boolean {
  const stage = stageOfStatus(status);
  return stage === "pre_transit" || stage === "origin" || status === "departed_origin";
}

/** Scans made in the destination country, delivery included (a return may happen anywhere). */
function destinationSide(status: Status): boolean {
  const stage = stageOfStatus(status);
  return stage === "destination" || stage === "final_mile" || status === "delivered";
}

/**
 * When the order does not say where the parcel comes from or goes to, the events do: the
 * country of the first origin-side scan, and of the last destination-side scan. Generic
 * facility scans are then read again with that route.
 */
function inferRoute(given: Route, candidates: Candidate[]): Route {
  const origin =
    given.origin ??
    candidates.find((c) => originSide(c.report.status) && c.place?.country)?.place?.country ??
    null;
  const destination =
    given.destination ??
    candidates.findLast((c) => destinationSide(c.report.status) && c.place?.country)?.place?.country ??
    null;
  // A parcel that never leaves one country has no origin or destination side to tell apart.
  if (!origin || !destination || origin === destination) return given;
  return { origin, destination };
}

/** Exact times beat guessed zones; then the more confident classification. */
function preferred(members: Candidate[]): Candidate {
  return [...members].sort(
    (x, y) =>
      Number(x.report.time.zoneGuessed) - Number(y.report.time.zoneGuessed) ||
      y.report.confidence - x.report.confidence ||
      x.order - y.order,
  )[0] as Candidate;
}

function eventId(candidate: Candidate): string {
  // A short, stable id from what the first source said: FNV-1a over source, number, time, text.
  const text = `${candidate.report.source}|${candidate.report.number}|${candidate.report.time.epochMs}|${candidate.report.text}|${candidate.report.code ?? ""}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `e${hash.toString(16).padStart(8, "0")}`;
}

export function buildTimeline(input: TimelineInput): Timeline {
  const problems: TimelineProblem[] = [];
  let counter = 0;
  const next = () => counter++;
  const read = (route: Route) => {
    problems.length = 0;
    counter = 0;
    const list = input.sources.flatMap((report) => readSource(report, route, problems, next));
    return list.sort((x, y) => x.report.time.epochMs - y.report.time.epochMs || x.order - y.order);
  };
  const given = givenRoute(input);
  let candidates = read(given);
  const route = inferRoute(given, candidates);
  if (route.origin !== given.origin || route.destination !== given.destination) candidates = read(route);

  arrivalsBeforeCustoms(candidates);

  const groups: Group[] = [];
  for (const candidate of candidates) {
    let merged = false;
    for (let i = groups.length - 1; i >= 0; i--) {
      const group = groups[i] as Group;
      if (candidate.report.time.epochMs - group.first.report.time.epochMs > SAME_SCAN_ZONE_CONFUSION) break;
      if (sameScan(group, candidate)) {
        group.members.push(candidate);
        merged = true;
        break;
      }
    }
    if (!merged) groups.push({ first: candidate, members: [candidate] });
  }

  const nowMs = input.now ? Date.parse(input.now) : Number.NaN;
  const events: TimelineEvent[] = groups.map((group) => {
    const lead = preferred(group.members);
    const event: TimelineEvent = {
      id: eventId(group.first),
      time: lead.report.time,
      status: lead.report.status,
      stage: null,
      confidence: Math.max(...group.members.map((member) => member.report.confidence)),
      text: lead.report.text,
      location: lead.report.location,
      place: lead.place,
      numbers: [...new Set(group.members.map((member) => member.report.number))],
      sources: [...new Set(group.members.map((member) => member.report.source))],
      reports: group.members.map((member) => member.report),
      future: Number.isFinite(nowMs) && lead.report.time.epochMs > nowMs + FUTURE_TOLERANCE,
    };
    if (lead.subStatus) event.subStatus = lead.subStatus;
    return event;
  });
  events.sort((x, y) => x.time.epochMs - y.time.epochMs);

  // Exceptions keep the stage the parcel was in.
  let stage: Stage | null = null;
  for (const event of events) {
    const own = stageOfStatus(event.status);
    event.stage = own ?? stage;
    if (own) stage = own;
  }

  const overall = overallStatus(
    events.map((event) => ({
      id: event.id,
      status: event.status,
      epochMs: event.time.epochMs,
      future: event.future,
    })),
  );
  return {
    events,
    overall: overall ? { ...overall, since: new Date(overall.since).toISOString() } : null,
    numbers: freshness(input, events),
    handoffs: handoffs(input),
    problems,
  };
}

function freshness(input: TimelineInput, events: TimelineEvent[]): NumberFreshness[] {
  const byNumber = new Map<string, Map<string, SourceFreshness & { latestMs: number; fetchedMs: number }>>();
  for (const report of input.sources) {
    const sources = byNumber.get(report.number) ?? new Map();
    byNumber.set(report.number, sources);
    const fetchedMs = report.fetchedAt ? Date.parse(report.fetchedAt) : Number.NaN;
    const known = sources.get(report.source);
    const entry = known ?? {
      source: report.source,
      events: 0,
      latestEventAt: null,
      fetchedAt: null,
      latestMs: -Infinity,
      fetchedMs: -Infinity,
    };
    if (Number.isFinite(fetchedMs) && fetchedMs > entry.fetchedMs) {
      entry.fetchedMs = fetchedMs;
      entry.fetchedAt = new Date(fetchedMs).toISOString();
    }
    sources.set(report.source, entry);
  }
  for (const event of events) {
    if (event.future) continue;
    for (const report of event.reports) {
      const entry = byNumber.get(report.number)?.get(report.source);
      if (!entry) continue;
      entry.events++;
      if (report.time.epochMs > entry.latestMs) {
        entry.latestMs = report.time.epochMs;
        entry.latestEventAt = report.time.instant;
      }
    }
  }
  return [...byNumber].map(([number, sources]) => {
    const list = [...sources.values()];
    const ranked = list
      .filter((entry) => entry.events > 0)
      .sort((x, y) => y.latestMs - x.latestMs || y.fetchedMs - x.fetchedMs);
    return {
      number,
      sources: list.map(({ source, events: count, latestEventAt, fetchedAt }) => ({
        source,
        events: count,
        latestEventAt,
        fetchedAt,
      })),
      freshest: ranked[0]?.source ?? null,
    };
  });
}

function handoffs(input: TimelineInput): Handoff[] {
  const known = new Set(input.sources.map((report) => normalizedNumber(report.number)));
  const found = new Map<string, Handoff>();
  for (const report of input.sources) {
    const fromFacts = handoffFromFacts(report.facts, report.number, report.source);
    const list = fromFacts ? [fromFacts] : [];
    for (const raw of report.events) {
      const parsed = SourceEventSchema.safeParse(raw);
      if (parsed.success) list.push(...handoffsFromText(parsed.data.text, report.number, report.source));
    }
    for (const handoff of list) {
      if (known.has(handoff.number) && handoff.evidence !== "source data") continue;
      if (!found.has(handoff.number)) found.set(handoff.number, handoff);
    }
  }
  return [...found.values()];
}
