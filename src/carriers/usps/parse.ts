/**
 * USPS Tracking API v3 (`GET /tracking/v3/tracking/{n}?expand=DETAIL`) bodies, read without I/O.
 * Shapes from the USPS OpenAPI "Package Tracking and Notification" v3 (see
 * ../shared/reference/carrier-apis.md section 4a). Every field is optional and loosely typed:
 * a body USPS extends, or fills with nulls, must still give what it can.
 */
import { z } from "zod";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FoundReport, TrackFacts } from "../connector.ts";
import { list, text } from "../lenient.ts";

const EventSchema = z.object({
  eventType: text,
  eventCode: text,
  eventTimestamp: text,
  GMTTimestamp: text,
  GMTOffset: text,
  eventCity: text,
  eventState: text,
  eventZIP: text,
  eventCountry: text,
});

const BodySchema = z.object({
  trackingNumber: text,
  statusCategory: text,
  status: text,
  expectedDeliveryDate: text,
  predictedDeliveryDate: text,
  trackingEvents: list,
});

const ErrorSchema = z.object({
  apiVersion: text,
  error: z.object({ code: text, message: text }),
});

export type UspsParse =
  | { kind: "found"; number: string | null; report: FoundReport; facts: TrackFacts; final: boolean }
  /** The API's error body `{apiVersion, error{code, message}}`. */
  | { kind: "error"; code: string | null; message: string | null }
  /** Not a tracking body at all. */
  | { kind: "invalid"; message: string };

const ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const OFFSET = /^[+-]\d{2}:?\d{2}$/;

/**
 * The event's absolute time when USPS gives one: GMTTimestamp is UTC; otherwise the local
 * eventTimestamp with its GMTOffset; otherwise the local time as written (the timeline places it
 * by the event's city).
 */
export function uspsEventTime(event: z.infer<typeof EventSchema>): string | null {
  const gmt = event.GMTTimestamp;
  if (gmt && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(gmt)) {
    const iso = gmt.replace(" ", "T");
    return ZONE.test(iso) ? iso : `${iso}Z`;
  }
  const local = event.eventTimestamp;
  if (!local) return null;
  const offset = event.GMTOffset;
  if (offset && OFFSET.test(offset) && !ZONE.test(local) && /T\d{2}:\d{2}/.test(local)) return local + offset;
  return local;
}

function location(event: z.infer<typeof EventSchema>): string | null {
  const parts = [event.eventCity, event.eventState, event.eventZIP, event.eventCountry].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match?.[1] ?? null;
}

export function parseUspsTracking(body: unknown): UspsParse {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { kind: "invalid", message: "the answer is not a JSON object" };
  const error = ErrorSchema.safeParse(body);
  if (error.success && !("trackingEvents" in body)) {
    return { kind: "error", code: error.data.error.code ?? null, message: error.data.error.message ?? null };
  }
  const parsed = BodySchema.safeParse(body);
  if (!parsed.success) return { kind: "invalid", message: "the answer is not a USPS tracking body" };
  const data = parsed.data;
  if (!data.trackingNumber && !data.trackingEvents)
    return { kind: "invalid", message: "the answer has neither trackingNumber nor trackingEvents" };

  const events: SourceEvent[] = [];
  for (const raw of data.trackingEvents ?? []) {
    const event = EventSchema.safeParse(raw);
    if (!event.success) continue;
    const time = uspsEventTime(event.data);
    // An event without a time cannot be placed in the timeline; USPS always sends one.
    if (!time) continue;
    events.push({
      time,
      text: event.data.eventType ?? "",
      code: event.data.eventCode ?? null,
      location: location(event.data),
      lang: "en",
    });
  }
  const eta = isoDate(data.expectedDeliveryDate) ?? isoDate(data.predictedDeliveryDate);
  return {
    kind: "found",
    number: data.trackingNumber ?? null,
    report: { carrier: "usps", lang: "en", events },
    facts: eta ? { eta: { from: eta, to: eta } } : {},
    final: (data.statusCategory ?? "").toLowerCase() === "delivered",
  };
}
