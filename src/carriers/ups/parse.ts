/**
 * UPS Track API v1 (`GET /api/track/v1/details/{n}`) bodies, read without I/O. Shapes from the UPS
 * OpenAPI `Tracking.yaml` (../shared/reference/carrier-apis.md section 5). UPS's own example fills
 * many fields with the placeholder "string": a value that does not have its documented form is
 * ignored, never trusted.
 */
import { z } from "zod";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FoundReport, TrackFacts } from "../connector.ts";
import { list, object, text } from "../lenient.ts";

const AddressSchema = object({
  city: text,
  stateProvince: text,
  postalCode: text,
  countryCode: text,
  country: text,
});

const StatusSchema = object({
  type: text,
  code: text,
  statusCode: text,
  description: text,
  simplifiedTextDescription: text,
});

const ActivitySchema = z.object({
  date: text,
  time: text,
  gmtDate: text,
  gmtTime: text,
  gmtOffset: text,
  location: object({ address: AddressSchema }),
  status: StatusSchema,
});

const PackageSchema = z.object({
  trackingNumber: text,
  activity: list,
  currentStatus: StatusSchema,
  deliveryDate: list,
  deliveryTime: object({ type: text, startTime: text, endTime: text }),
  alternateTrackingNumber: list,
  packageAddress: list,
});

const ShipmentSchema = z.object({ inquiryNumber: text, package: list, warnings: list });
const CodeMessage = z.object({ code: text, message: text });
const DeliveryDate = z.object({ type: text, date: text });

const BodySchema = z.object({
  trackResponse: object({ shipment: list }),
  response: object({ errors: list }),
});

export type UpsParse =
  | { kind: "found"; number: string | null; reports: FoundReport[]; facts: TrackFacts; final: boolean }
  /** A shipment with only warnings (TW0001 "Tracking Information Not Found"), even on HTTP 200. */
  | { kind: "not_found"; code: string | null; message: string | null }
  /** `response.errors[]`: TV1002 invalid number, 250003 refused credentials, … */
  | { kind: "error"; code: string | null; message: string | null }
  | { kind: "invalid"; message: string };

/** "20210210" → "2021-02-10". */
function upsDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** "071356" or "07:13:56" → "07:13:56". */
function upsTime(value: string | null | undefined): string | null {
  const match = value ? /^(\d{2}):?(\d{2}):?(\d{2})$/.exec(value) : null;
  return match ? `${match[1]}:${match[2]}:${match[3]}` : null;
}

/** "-05:00" or "-0500" → "-05:00". */
function upsOffset(value: string | null | undefined): string | null {
  const match = value ? /^([+-]\d{2}):?(\d{2})$/.exec(value) : null;
  return match ? `${match[1]}:${match[2]}` : null;
}

/**
 * The local date and time with the offset when UPS gives it (an absolute time), else the GMT date
 * and time as UTC, else the local time alone (the timeline places it by the scan's city).
 */
export function upsEventTime(activity: z.infer<typeof ActivitySchema>): string | null {
  const date = upsDate(activity.date);
  const time = upsTime(activity.time);
  const offset = upsOffset(activity.gmtOffset);
  if (date && time && offset) return `${date}T${time}${offset}`;
  const gmtDate = upsDate(activity.gmtDate);
  const gmtTime = upsTime(activity.gmtTime);
  if (gmtDate && gmtTime) return `${gmtDate}T${gmtTime}Z`;
  if (date) return time ? `${date}T${time}` : date;
  return null;
}

function location(address: z.infer<typeof AddressSchema>): string | null {
  if (!address) return null;
  const country = address.countryCode ?? address.country;
  const parts = [address.city, address.stateProvince, address.postalCode, country].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

function eventOf(raw: unknown): SourceEvent | null {
  const activity = ActivitySchema.safeParse(raw);
  if (!activity.success) return null;
  const time = upsEventTime(activity.data);
  if (!time) return null;
  const status = activity.data.status;
  return {
    time,
    text: status?.description || status?.simplifiedTextDescription || "",
    code: status?.statusCode ?? status?.code ?? null,
    location: location(activity.data.location?.address ?? null),
    lang: "en",
  };
}

/** Scheduled (SDD) or rescheduled (RDD) delivery date, with the window's times when given. */
function etaOf(pkg: z.infer<typeof PackageSchema>): TrackFacts["eta"] {
  const dates = (pkg.deliveryDate ?? []).map((entry) => DeliveryDate.safeParse(entry));
  const typed = (type: string) =>
    dates.find((entry) => entry.success && entry.data.type === type && upsDate(entry.data.date));
  const chosen = typed("RDD") ?? typed("SDD");
  const date = chosen?.success ? upsDate(chosen.data.date) : null;
  if (!date) return null;
  const start = upsTime(pkg.deliveryTime?.startTime);
  const end = upsTime(pkg.deliveryTime?.endTime);
  return { from: start ? `${date}T${start}` : date, to: end ? `${date}T${end}` : date };
}

/** A USPS number UPS hands the parcel to (SurePost / Mail Innovations): the last-mile handoff. */
function lastMileOf(
  pkg: z.infer<typeof PackageSchema>,
): Pick<TrackFacts, "lastMileNumber" | "lastMileCarrier"> {
  for (const entry of pkg.alternateTrackingNumber ?? []) {
    const alternate = z.object({ number: text, type: text }).safeParse(entry);
    if (alternate.success && alternate.data.number && alternate.data.type?.toUpperCase().startsWith("USPS"))
      return { lastMileNumber: alternate.data.number, lastMileCarrier: "usps" };
  }
  return {};
}

function countryOf(pkg: z.infer<typeof PackageSchema>, type: "ORIGIN" | "DESTINATION"): string | null {
  for (const entry of pkg.packageAddress ?? []) {
    const address = z.object({ type: text, address: AddressSchema }).safeParse(entry);
    const code = address.success ? address.data.address?.countryCode : null;
    if (address.success && address.data.type?.toUpperCase() === type && code && /^[A-Z]{2}$/i.test(code))
      return code.toUpperCase();
  }
  return null;
}

export function parseUpsTracking(body: unknown): UpsParse {
  const parsed = BodySchema.safeParse(body);
  if (!parsed.success || typeof body !== "object" || body === null || Array.isArray(body))
    return { kind: "invalid", message: "the answer is not a JSON object" };
  const errors = parsed.data.response?.errors;
  if (errors && errors.length > 0) {
    const first = CodeMessage.safeParse(errors[0]);
    return first.success
      ? { kind: "error", code: first.data.code ?? null, message: first.data.message ?? null }
      : { kind: "error", code: null, message: null };
  }
  const shipments = (parsed.data.trackResponse?.shipment ?? [])
    .map((raw) => ShipmentSchema.safeParse(raw))
    .flatMap((shipment) => (shipment.success ? [shipment.data] : []));
  if (shipments.length === 0)
    return { kind: "invalid", message: "the answer holds no trackResponse.shipment" };

  const packages = shipments.flatMap((shipment) =>
    (shipment.package ?? []).flatMap((raw) => {
      const pkg = PackageSchema.safeParse(raw);
      return pkg.success ? [pkg.data] : [];
    }),
  );
  if (packages.length === 0) {
    const warning = shipments
      .flatMap((shipment) => shipment.warnings ?? [])
      .map((raw) => CodeMessage.safeParse(raw))
      .find((entry) => entry.success);
    if (!warning?.success)
      return { kind: "invalid", message: "the shipment holds neither packages nor warnings" };
    return { kind: "not_found", code: warning.data.code ?? null, message: warning.data.message ?? null };
  }

  // One report per package: a multi-piece shipment's packages move separately.
  const reports: FoundReport[] = packages.map((pkg) => ({
    carrier: "ups",
    lang: "en",
    events: (pkg.activity ?? []).map(eventOf).filter((event): event is SourceEvent => event !== null),
  }));
  const first = packages[0];
  const facts: TrackFacts = {};
  if (first) {
    Object.assign(facts, lastMileOf(first));
    const origin = countryOf(first, "ORIGIN");
    const destination = countryOf(first, "DESTINATION");
    if (origin) facts.originCountry = origin;
    if (destination) facts.destinationCountry = destination;
    const eta = etaOf(first);
    if (eta) facts.eta = eta;
  }
  return {
    kind: "found",
    number: shipments[0]?.inquiryNumber ?? null,
    reports,
    facts,
    final: packages.every((pkg) => pkg.currentStatus?.type === "D"),
  };
}
