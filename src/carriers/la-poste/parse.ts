/**
 * La Poste Okapi "Suivi" v2 (`GET /suivi/v2/idships/{idShip}`): one answer object to events and
 * facts. Pure: no I/O. The object carries its own `returnCode`: 200 (or another 2xx) with a
 * `shipment`, or 400/404 with a `returnMessage` in the language asked. Leaves are read leniently:
 * a wrong type reads as absent, never as a crash.
 */
import { z } from "zod";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import type { FoundReport, TrackFacts } from "../connector.ts";
import { flag, integer, list, nonEmptyText, object } from "../lenient.ts";

export type LaPosteParsed =
  | { kind: "found"; reports: FoundReport[]; facts: TrackFacts; final: boolean }
  | { kind: "not_found"; message: string }
  | { kind: "invalid"; message: string };

/** Our carrier id: its code table also covers Colissimo and Chronopost by alias. */
export const LA_POSTE_REPORT_CARRIER = "la-poste";

const LaPosteEvent = z.object({ code: nonEmptyText, label: nonEmptyText, date: nonEmptyText });

const LaPosteShipment = z.object({
  idShip: nonEmptyText,
  product: nonEmptyText,
  isFinal: flag,
  estimDate: nonEmptyText,
  event: list,
  contextData: object({ originCountry: nonEmptyText, arrivalCountry: nonEmptyText }),
});

const LaPosteAnswer = z.object({
  lang: nonEmptyText,
  returnCode: integer,
  returnMessage: nonEmptyText,
  shipment: z.unknown().optional(),
});

/** "fr_FR" → "fr": the classifier's languages are ISO 639-1. */
export function languageOf(okapiLang: string | null | undefined): string | null {
  const primary = okapiLang?.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

const plain = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .toLowerCase();

const UNKNOWN_CUE =
  /inconnu|introuvable|n'existe pas|aucun|ne correspond|not found|unknown|does ?n[o']?t exist|no (shipment|parcel|item)/;
const INVALID_CUE = /pas valide|invalide|non valide|incorrect|invalid|not valid/;
const NUMBER_CUE = /numero|number|idship|identifiant|suivi|tracking|envoi|colis|objet|shipment|parcel/;

/**
 * Whether a 400/404 message is about the number itself (unknown or malformed) rather than about
 * the request: a 400 about another parameter is our mistake and must not read as "no such
 * parcel". A 404 that says "not found" is enough; anything else must name the number.
 */
export function saysNumberUnknown(returnCode: number | null, message: string | null): boolean {
  if (!message) return false;
  const words = plain(message);
  const unknown = UNKNOWN_CUE.test(words);
  if (returnCode === 404 && unknown) return true;
  return (unknown || INVALID_CUE.test(words)) && NUMBER_CUE.test(words);
}

function toSourceEvent(raw: unknown, lang: string | null): SourceEvent | null {
  const parsed = LaPosteEvent.safeParse(raw);
  // An event without a date cannot be placed in the timeline; the raw body keeps it anyway.
  if (!parsed.success || !parsed.data.date) return null;
  return {
    // ISO 8601 with the French offset ("2023-03-09T09:38:00+01:00"): absolute as given.
    time: parsed.data.date,
    text: parsed.data.label ?? "",
    code: parsed.data.code ?? null,
    location: null,
    lang,
  };
}

/** One answer object (the real API sends one per request). */
export function parseLaPosteAnswer(body: unknown, fallbackLang: string | null = null): LaPosteParsed {
  const answer = LaPosteAnswer.safeParse(body);
  if (!answer.success) return { kind: "invalid", message: "the La Poste answer is not a tracking object" };
  const { returnCode, returnMessage } = answer.data;
  const lang = languageOf(answer.data.lang) ?? fallbackLang;

  if (returnCode !== null && returnCode !== undefined && (returnCode < 200 || returnCode > 299)) {
    if ((returnCode === 400 || returnCode === 404) && saysNumberUnknown(returnCode, returnMessage ?? null))
      return { kind: "not_found", message: returnMessage ?? "La Poste does not know this number" };
    const words = returnMessage ? `: ${returnMessage.slice(0, 200)}` : "";
    return { kind: "invalid", message: `La Poste answered returnCode ${returnCode}${words}` };
  }

  const shipment = LaPosteShipment.safeParse(answer.data.shipment);
  if (!shipment.success) return { kind: "invalid", message: "the La Poste answer has no shipment" };
  const { event, contextData, estimDate, isFinal } = shipment.data;
  const events: SourceEvent[] = [];
  for (const raw of event ?? []) {
    const parsed = toSourceEvent(raw, lang);
    if (parsed) events.push(parsed);
  }
  return {
    kind: "found",
    reports: [{ carrier: LA_POSTE_REPORT_CARRIER, lang, events }],
    facts: {
      originCountry: contextData?.originCountry ?? null,
      destinationCountry: contextData?.arrivalCountry ?? null,
      eta: estimDate ? { from: estimDate, to: estimDate } : null,
    },
    final: isFinal === true,
  };
}
