/**
 * FedEx Track API v1 (`POST /track/v1/trackingnumbers`) bodies, read without I/O. Shapes from the
 * FedEx OpenAPI `track.json` (../shared/reference/carrier-apis.md section 6). One answer covers up
 * to 30 numbers; one number can come back with several trackResults (a reused number), each a
 * shipment of its own; a number FedEx does not know has a trackResult with only `error`.
 */
import { z } from "zod";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FoundReport, TrackFacts } from "../connector.ts";
import { list, object, text } from "../lenient.ts";

const AddressSchema = object({
  city: text,
  stateOrProvinceCode: text,
  postalCode: text,
  countryCode: text,
});
const CodeMessage = z.object({ code: text, message: text });

const ScanEventSchema = z.object({
  date: text,
  eventType: text,
  eventDescription: text,
  derivedStatusCode: text,
  derivedStatus: text,
  exceptionDescription: text,
  scanLocation: AddressSchema,
});

const PlaceSchema = object({ locationContactAndAddress: object({ address: AddressSchema }) });
const PartySchema = object({ address: AddressSchema });
const WindowSchema = object({ window: object({ begins: text, ends: text }) });

const TrackResultSchema = z.object({
  error: object({ code: text, message: text }),
  latestStatusDetail: object({ code: text, derivedCode: text }),
  scanEvents: list,
  dateAndTimes: list,
  estimatedDeliveryTimeWindow: WindowSchema,
  originLocation: PlaceSchema,
  destinationLocation: PlaceSchema,
  shipperInformation: PartySchema,
  recipientInformation: PartySchema,
});
type FedexTrackResult = z.infer<typeof TrackResultSchema>;

const BodySchema = z.object({
  output: object({ completeTrackResults: list }),
  errors: list,
});

/** What the answer says about one number. */
export interface FedexNumberResult {
  /** The number as FedEx wrote it. */
  number: string;
  /** One per trackResult that describes a shipment; empty when FedEx only gave errors. */
  reports: FoundReport[];
  facts: TrackFacts;
  /** Every shipment under the number is delivered. */
  final: boolean;
  /** The first per-number error (TRACKING.TRACKINGNUMBER.NOTFOUND, …), when there was one. */
  error: { code: string | null; message: string | null } | null;
}

export type FedexParse =
  /** Keyed by `fedexKey(number)`. */
  | { kind: "results"; numbers: Map<string, FedexNumberResult> }
  /** The `errors[]` envelope: the request as a whole was refused. */
  | { kind: "errors"; code: string | null; message: string | null }
  | { kind: "invalid"; message: string };

/** How numbers are compared between the request and the answer. */
export function fedexKey(number: string): string {
  return number.replace(/[\s-]/g, "").toUpperCase();
}

function location(address: z.infer<typeof AddressSchema>): string | null {
  if (!address) return null;
  const parts = [address.city, address.stateOrProvinceCode, address.postalCode, address.countryCode].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

function eventOf(raw: unknown): SourceEvent | null {
  const scan = ScanEventSchema.safeParse(raw);
  // FedEx dates carry their offset ("2024-04-26T07:50:00-07:00"); a scan without one is dropped.
  if (!scan.success || !scan.data.date) return null;
  const event = scan.data;
  return {
    time: event.date as string,
    text: event.eventDescription || event.derivedStatus || event.exceptionDescription || "",
    code: event.eventType || event.derivedStatusCode || null,
    location: location(event.scanLocation),
    lang: "en",
  };
}

function country(...addresses: z.infer<typeof AddressSchema>[]): string | null {
  for (const address of addresses) {
    const code = address?.countryCode;
    if (code && /^[A-Z]{2}$/i.test(code)) return code.toUpperCase();
  }
  return null;
}

function etaOf(result: FedexTrackResult): TrackFacts["eta"] {
  const window = result.estimatedDeliveryTimeWindow?.window;
  const begins = window?.begins ?? null;
  const ends = window?.ends ?? null;
  if (begins || ends) return { from: (begins ?? ends) as string, to: (ends ?? begins) as string };
  for (const raw of result.dateAndTimes ?? []) {
    const entry = z.object({ type: text, dateTime: text }).safeParse(raw);
    if (entry.success && entry.data.type === "ESTIMATED_DELIVERY" && entry.data.dateTime)
      return { from: entry.data.dateTime, to: entry.data.dateTime };
  }
  return null;
}

function factsOf(result: FedexTrackResult, final: boolean): TrackFacts {
  const facts: TrackFacts = {};
  const origin = country(
    result.originLocation?.locationContactAndAddress?.address ?? null,
    result.shipperInformation?.address ?? null,
  );
  const destination = country(
    result.destinationLocation?.locationContactAndAddress?.address ?? null,
    result.recipientInformation?.address ?? null,
  );
  if (origin) facts.originCountry = origin;
  if (destination) facts.destinationCountry = destination;
  const eta = final ? null : etaOf(result);
  if (eta) facts.eta = eta;
  return facts;
}

function isDelivered(result: FedexTrackResult): boolean {
  const status = result.latestStatusDetail;
  return status?.code === "DL" || status?.derivedCode === "DL";
}

function addTrackResult(entry: FedexNumberResult, raw: unknown): void {
  const parsed = TrackResultSchema.safeParse(raw);
  if (!parsed.success) return;
  const result = parsed.data;
  const events = (result.scanEvents ?? [])
    .map(eventOf)
    .filter((event): event is SourceEvent => event !== null);
  // A result with only an error is FedEx not knowing the number. FedEx's own example pairs an
  // error with scans; the scans are facts, so such a result still counts.
  if (result.error && events.length === 0) {
    entry.error ??= { code: result.error.code ?? null, message: result.error.message ?? null };
    return;
  }
  const final = isDelivered(result);
  if (entry.reports.length === 0) entry.facts = factsOf(result, final);
  entry.final = (entry.reports.length === 0 || entry.final) && final;
  entry.reports.push({ carrier: "fedex", lang: "en", events });
}

export function parseFedexTracking(body: unknown): FedexParse {
  const parsed = BodySchema.safeParse(body);
  if (!parsed.success || typeof body !== "object" || body === null || Array.isArray(body))
    return { kind: "invalid", message: "the answer is not a JSON object" };
  const errors = parsed.data.errors;
  if (errors && errors.length > 0) {
    const first = CodeMessage.safeParse(errors[0]);
    return first.success
      ? { kind: "errors", code: first.data.code ?? null, message: first.data.message ?? null }
      : { kind: "errors", code: null, message: null };
  }
  const complete = parsed.data.output?.completeTrackResults;
  if (!complete) return { kind: "invalid", message: "the answer holds no output.completeTrackResults" };
  const numbers = new Map<string, FedexNumberResult>();
  for (const raw of complete) {
    const item = z.object({ trackingNumber: text, trackResults: list }).safeParse(raw);
    if (!item.success || !item.data.trackingNumber) continue;
    const key = fedexKey(item.data.trackingNumber);
    // The same number listed twice is merged: each of its shipments stays a report of its own.
    const entry = numbers.get(key) ?? {
      number: item.data.trackingNumber,
      reports: [],
      facts: {},
      final: false,
      error: null,
    };
    numbers.set(key, entry);
    for (const result of item.data.trackResults ?? []) addTrackResult(entry, result);
  }
  return { kind: "results", numbers };
}
