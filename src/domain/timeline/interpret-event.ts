/**
 * One raw source event read the way every part of ParcelTrail reads it: its time placed on the
 * time line (zone from the place, else the source's zone), its place parsed, and its canonical
 * status from the classifier. The timeline builder and the store's ingest both use this, so an
 * event stored today shows the same status as the same event merged into a timeline.
 */
import { type ParsedLocation, parseLocation } from "../location/parse-location.ts";
import { zoneForLocation } from "../location/zone.ts";
import type { Classification } from "../status/classify.ts";
import { defaultClassifier } from "../status/default-classifier.ts";
import { type EventTime, parseEventTime } from "./event-time.ts";
import { SourceEventSchema, type SourceReport } from "./input.ts";

export interface Route {
  origin: string | null;
  destination: string | null;
}

export interface InterpretedEvent {
  text: string;
  code: string | null;
  location: string | null;
  lang: string | null;
  /** The time exactly as the source gave it, as text. */
  timeGiven: string;
  time: EventTime;
  place: ParsedLocation | null;
  classification: Classification;
}

export type Interpretation =
  | { ok: true; event: InterpretedEvent }
  | { ok: false; error: string; timeGiven: string | null };

export function placeOf(location: string | null): ParsedLocation | null {
  if (!location) return null;
  const place = parseLocation(location);
  return place.city || place.country ? place : null;
}

export function interpretEvent(
  raw: unknown,
  report: Pick<SourceReport, "source" | "carrier" | "lang" | "timeZone" | "dateOrder">,
  route: Route,
): Interpretation {
  const parsed = SourceEventSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      timeGiven: null,
      error: `the event is not an object with a time and a text (${parsed.error.issues[0]?.message ?? "invalid"})`,
    };
  }
  const event = parsed.data;
  const location = event.location ?? null;
  const place = placeOf(location);
  const zone = (place ? zoneForLocation(place)?.zone : undefined) ?? report.timeZone ?? null;
  const time = parseEventTime(event.time, { zone, dateOrder: report.dateOrder ?? undefined });
  if (!time.ok) return { ok: false, error: time.error, timeGiven: String(event.time) };
  const code = event.code === null || event.code === undefined ? null : String(event.code);
  const lang = event.lang ?? report.lang ?? null;
  const classification = defaultClassifier().classify({
    text: event.text,
    code,
    carrier: report.carrier ?? report.source,
    lang,
    location,
    originCountry: route.origin,
    destinationCountry: route.destination,
  });
  return {
    ok: true,
    event: {
      text: event.text,
      code,
      location,
      lang,
      timeGiven: String(event.time),
      time: time.time,
      place,
      classification,
    },
  };
}
