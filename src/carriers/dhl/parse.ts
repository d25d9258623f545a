/**
 * DHL Shipment Tracking – Unified (`GET /track/shipments`): the answer body to events and facts.
 * Pure: no I/O. Every leaf is read leniently (a wrong type reads as absent) because DHL's
 * divisions fill the same schema unevenly: Express events often carry only `description`, some
 * timestamps have no offset, and a number can match one shipment in each of several divisions.
 */
import { z } from "zod";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FoundReport, TrackFacts } from "../connector.ts";
import { integer, lenient, list, nonEmptyText, object } from "../lenient.ts";

/** What one answer says about the number asked; the connector adds the number and the exchange. */
export type DhlParsed =
  | { kind: "found"; reports: FoundReport[]; facts: TrackFacts; final: boolean }
  | { kind: "not_found"; message: string }
  | { kind: "invalid"; message: string };

/** The carrier the reports name: "DHL" selects both DHL code tables (Express and Paket/Post). */
export const DHL_REPORT_CARRIER = "dhl";

const Address = object({
  countryCode: nonEmptyText,
  postalCode: nonEmptyText,
  addressLocality: nonEmptyText,
});

const Place = object({ address: Address });

const DhlEvent = z.object({
  timestamp: nonEmptyText,
  location: Place,
  statusCode: nonEmptyText,
  status: nonEmptyText,
  description: nonEmptyText,
  remark: nonEmptyText,
});
type DhlEvent = z.infer<typeof DhlEvent>;

const DhlShipment = z.object({
  service: nonEmptyText,
  origin: Place,
  destination: Place,
  status: lenient(DhlEvent),
  estimatedTimeOfDelivery: nonEmptyText,
  estimatedDeliveryTimeFrame: object({ estimatedFrom: nonEmptyText, estimatedThrough: nonEmptyText }),
  events: list,
});
type DhlShipment = z.infer<typeof DhlShipment>;

const DhlAnswer = z.object({ shipments: z.array(z.unknown()) });

const DhlProblem = z.object({
  title: nonEmptyText,
  status: integer,
  detail: nonEmptyText,
});
export type DhlProblem = z.infer<typeof DhlProblem>;

/** DHL's error body (RFC 7807 problem JSON: `{title, status, detail, instance}`), or null. */
export function readDhlProblem(body: unknown): DhlProblem | null {
  const parsed = DhlProblem.safeParse(body);
  if (!parsed.success) return null;
  const problem = parsed.data;
  return problem.title || problem.detail || problem.status ? problem : null;
}

/** "AMSTERDAM, NL": the form the location parser reads best (city, then country code). */
function placeText(place: z.infer<typeof Place>): string | null {
  const address = place?.address;
  const parts = [address?.addressLocality, address?.countryCode].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(", ") : null;
}

function toSourceEvent(event: DhlEvent, lang: string | null): SourceEvent | null {
  // An event without a time cannot be placed in the timeline; the raw body keeps it anyway.
  if (!event.timestamp) return null;
  return {
    // Passed as written: DHL gives some times with an offset and some as local times without one.
    time: event.timestamp,
    // Express events often have only a description; Paket ones a short status and a longer text.
    text: event.description ?? event.status ?? event.remark ?? "",
    code: event.statusCode ?? null,
    location: placeText(event.location),
    lang,
  };
}

function shipmentEvents(shipment: DhlShipment, lang: string | null): SourceEvent[] {
  const events: SourceEvent[] = [];
  for (const raw of shipment.events ?? []) {
    const parsed = DhlEvent.safeParse(raw);
    if (!parsed.success) continue;
    const event = toSourceEvent(parsed.data, lang);
    if (event) events.push(event);
  }
  // A division that lists no events still gives its latest status: that is a real scan.
  if (events.length === 0 && shipment.status) {
    const latest = toSourceEvent(shipment.status, lang);
    if (latest) events.push(latest);
  }
  return events;
}

function shipmentEta(shipment: DhlShipment): TrackFacts["eta"] {
  const frame = shipment.estimatedDeliveryTimeFrame;
  const from = frame?.estimatedFrom ?? frame?.estimatedThrough ?? shipment.estimatedTimeOfDelivery;
  const to = frame?.estimatedThrough ?? frame?.estimatedFrom ?? shipment.estimatedTimeOfDelivery;
  return from && to ? { from, to } : null;
}

function isDelivered(shipment: DhlShipment): boolean {
  return shipment.status?.statusCode?.toLowerCase() === "delivered";
}

/**
 * A 200 answer. Each shipment (one per DHL division that knows the number) becomes its own
 * report so that two divisions' histories are never mixed up as one carrier's sequence; the facts
 * take the first shipment that gives each one. Final only when every shipment is delivered: an
 * old delivered shipment under a reused number must not stop the reads of a live one.
 */
export function parseDhlShipments(body: unknown, lang: string | null = null): DhlParsed {
  const answer = DhlAnswer.safeParse(body);
  if (!answer.success) return { kind: "invalid", message: "the DHL answer has no shipments list" };
  if (answer.data.shipments.length === 0)
    return { kind: "not_found", message: "DHL knows no shipment with this number" };
  const shipments: DhlShipment[] = [];
  for (const raw of answer.data.shipments) {
    const parsed = DhlShipment.safeParse(raw);
    if (parsed.success) shipments.push(parsed.data);
  }
  if (shipments.length === 0)
    return { kind: "invalid", message: "the DHL answer lists shipments in an unknown shape" };

  const first = <T>(pick: (shipment: DhlShipment) => T | null | undefined): T | null => {
    for (const shipment of shipments) {
      const value = pick(shipment);
      if (value) return value;
    }
    return null;
  };
  const facts: TrackFacts = {
    originCountry: first((shipment) => shipment.origin?.address?.countryCode),
    destinationCountry: first((shipment) => shipment.destination?.address?.countryCode),
    eta: first(shipmentEta),
  };
  return {
    kind: "found",
    reports: shipments.map((shipment) => ({
      carrier: DHL_REPORT_CARRIER,
      lang,
      events: shipmentEvents(shipment, lang),
    })),
    facts,
    final: shipments.every(isDelivered),
  };
}
