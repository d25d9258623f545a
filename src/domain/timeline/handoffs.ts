/**
 * Handoffs: the last-mile number and carrier a source reveals, returned as links to follow.
 *
 * From source facts (connectors fill `lastMileNumber`/`lastMileCarrier` from Cainiao
 * `destCpInfo` and `realMailNo`, 17TRACK `misc_info.local_number`; the readers of those raw
 * shapes are below), and from event texts that announce a new number in any of our languages
 * ("new tracking number: …", "novo código …", "nuevo número de seguimiento …", "новый трек-номер …").
 */
import { findByLeadingName, normalizeCarrierName } from "../status/code-tables.ts";
import { normalizeForMatch } from "../status/normalize-text.ts";
import { ALL_CARRIERS, detectCarrier, findTrackingNumbers } from "../tracking-number/index.ts";
import type { SourceFacts } from "./input.ts";

export interface Handoff {
  /** The new number, normalised. */
  number: string;
  /** Our carrier id, when the source names it or the number's format tells. */
  carrier: string | null;
  /** The carrier as the source named it. */
  carrierName: string | null;
  /** The number it was handed off from. */
  from: string;
  source: string;
  /** What revealed it: "source data" or the event text. */
  evidence: string;
}

/** Phrases announcing a new or local number, normalised like event texts. */
const CUES = [
  "new tracking number",
  "new tracking no",
  "new number",
  "latest tracking number",
  "local tracking number",
  "last mile tracking",
  "last mile number",
  "alternate number",
  "alternative number",
  "reference number",
  "forwarded with number",
  "local number",
  "rerouted with",
  "converted to",
  "novo codigo",
  "novo numero",
  "codigo de rastreamento",
  "numero de rastreio",
  "nuevo numero",
  "nuevo codigo",
  "numero de seguimiento",
  "numero de envio",
  "nouveau numero",
  "numero de suivi",
  "neue sendungsnummer",
  "neue trackingnummer",
  "sendungsnummer",
  "nuovo numero",
  "numero di tracciamento",
  "nieuw trackingnummer",
  "nieuwe barcode",
  "nowy numer",
  "numer przesylki",
  "novy sledovaci",
  "новый трек",
  "новый номер",
  "трек номер",
  "новий трек",
  "новий номер",
  "yeni takip",
  "takip numarasi",
  "nomor resi baru",
  "resi baru",
  "新单号",
  "转单号",
  "新运单号",
  "换单",
  "換單",
  "新的追踪号",
  "追跡番号",
  "新しい追跡",
  "새송장번호",
  "새운송장",
  "송장번호",
  "מספר מעקב חדש",
  "מספר משלוח",
].map((cue) => normalizeForMatch(cue));

const carrierIdByName = new Map<string, string>();
for (const carrier of ALL_CARRIERS) {
  carrierIdByName.set(normalizeCarrierName(carrier.id), carrier.id);
  carrierIdByName.set(normalizeCarrierName(carrier.name), carrier.id);
  carrierIdByName.set(normalizeCarrierName(carrier.name).replace(/ /g, ""), carrier.id);
}

/** Our carrier id for a name a source gives ("Israelpost", "Correos Express", "usps"), or null. */
export function carrierIdForName(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = normalizeCarrierName(name);
  return carrierIdByName.get(key.replace(/ /g, "")) ?? findByLeadingName(carrierIdByName, key) ?? null;
}

function bestCarrierFor(number: string): string | null {
  return detectCarrier(number).candidates[0]?.carrier ?? null;
}

/** "Latest Tracking Number:\tRS123…" → "RS123…" (Cainiao `realMailNo`). */
function lastToken(value: string): string {
  const tokens = value.split(/[\s:：]+/).filter((token) => token !== "");
  return tokens[tokens.length - 1] ?? "";
}

/** A tracking number without spaces and dashes, upper case, for comparing numbers. */
export function normalizedNumber(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

export function handoffFromFacts(
  facts: SourceFacts | null | undefined,
  from: string,
  source: string,
): Handoff | null {
  if (!facts?.lastMileNumber) return null;
  const number = normalizedNumber(lastToken(facts.lastMileNumber));
  if (number === "" || number === normalizedNumber(from)) return null;
  const named = carrierIdForName(facts.lastMileCarrier);
  return {
    number,
    carrier: named ?? bestCarrierFor(number),
    carrierName: facts.lastMileCarrier ?? null,
    from,
    source,
    evidence: "source data",
  };
}

/** Numbers an event text announces as the parcel's new number. */
export function handoffsFromText(text: string, from: string, source: string): Handoff[] {
  if (text.length > 2_000) return [];
  const normalized = normalizeForMatch(text);
  if (!CUES.some((cue) => normalized.includes(cue))) return [];
  const own = normalizedNumber(from);
  const found: Handoff[] = [];
  for (const hit of findTrackingNumbers(text)) {
    if (hit.normalized === own || found.some((handoff) => handoff.number === hit.normalized)) continue;
    found.push({
      number: hit.normalized,
      carrier: hit.candidates[0]?.carrier ?? null,
      carrierName: null,
      from,
      source,
      evidence: text,
    });
  }
  return found;
}

interface CainiaoModule {
  mailNo?: unknown;
  destCpInfo?: { cpName?: unknown } | null;
  realMailNo?: unknown;
  copyRealMailNo?: unknown;
  originCountry?: unknown;
  destCountry?: unknown;
}

const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

/** Facts from one Cainiao detail.json `module` entry. */
export function factsFromCainiao(module: CainiaoModule): SourceFacts {
  const real = str(module.realMailNo) ?? str(module.copyRealMailNo);
  return {
    lastMileNumber: real ? lastToken(real) : null,
    lastMileCarrier: str(module.destCpInfo?.cpName),
    originCountry: str(module.originCountry),
    destinationCountry: str(module.destCountry),
  };
}

interface SeventeenTrackInfo {
  misc_info?: { local_number?: unknown; local_provider?: unknown } | null;
  tracking?: { providers?: { provider?: { name?: unknown } | null }[] | null } | null;
}

/** Facts from a 17TRACK `track_info` object. */
export function factsFrom17track(info: SeventeenTrackInfo): SourceFacts {
  const providers = info.tracking?.providers ?? [];
  const lastProvider = providers.length > 1 ? str(providers[0]?.provider?.name) : null;
  return {
    lastMileNumber: str(info.misc_info?.local_number),
    lastMileCarrier: str(info.misc_info?.local_provider) ?? lastProvider,
  };
}
