/**
 * Carrier detection: which carriers could have issued this number, best first. Never a single
 * guess: an AliExpress number often fits several formats, and the sources to ask depend on all
 * of them.
 */
import { type Carrier, type CarrierKind, getCarrier, postalOperatorFor, trackingUrlFor } from "./carriers.ts";
import { type ChecksumState, type CompiledFormat, compileFormat, type FormatMatch } from "./compile.ts";
import { matchConfidence } from "./confidence.ts";
import { loadFormats } from "./formats.ts";
import { type NormalizationChange, normalizeTrackingNumber } from "./normalize.ts";
import { explainNoMatch } from "./problem.ts";

export interface CarrierCandidate {
  carrier: string;
  name: string;
  kind: CarrierKind;
  /** ISO code of a postal operator's country (for S10, the suffix), or the carrier's home country. */
  country: string | null;
  service: string | null;
  confidence: number;
  checksum: ChecksumState;
  trackingUrl: string | null;
  /** The format that matched (a tracking_number_data id, or one of ours). */
  format: string;
  /** Reasons for doubt, in plain words. */
  warnings: string[];
}

export interface Detection {
  input: string;
  normalized: string;
  changes: NormalizationChange[];
  candidates: CarrierCandidate[];
  /** Why there is no candidate; null when there is at least one. */
  problem: string | null;
}

const FORMATS: readonly CompiledFormat[] = loadFormats().map((loaded, rank) => compileFormat(loaded, rank));

/** Every compiled format, in rank order (for tests and the README's carrier table). */
export function compiledFormats(): readonly CompiledFormat[] {
  return FORMATS;
}

function carrierOf(match: FormatMatch): Carrier | undefined {
  const fixed = match.format.extension.carrier;
  if (fixed) return getCarrier(fixed);
  const country = match.groups.CountryCode;
  return country ? postalOperatorFor(country) : undefined;
}

function serviceOf(match: FormatMatch): string | null {
  const lookup = match.lookups["Service Type"];
  return match.format.extension.service ?? lookup?.name ?? null;
}

function warningsOf(match: FormatMatch, carrier: Carrier): string[] {
  if (match.checksum !== "invalid") return [];
  const printed = match.groups.CheckDigit ?? "?";
  const expected = match.expectedCheck ?? "?";
  if (match.format.extension.checksumFailureCommon) {
    return [
      `The check digit is ${printed} where the rest of the number calls for ${expected}; ${carrier.name} is known to print such numbers, so it may still be right.`,
    ];
  }
  return [
    `The check digit is ${printed} where the rest of the number calls for ${expected}: the number may be mistyped, so compare it with the shipping notice.`,
  ];
}

function toCandidate(match: FormatMatch, normalized: string): CarrierCandidate | null {
  if (match.missingLookups.length > 0) return null;
  const { extension } = match.format;
  const confidence = matchConfidence(extension.specificity, match.checksum, extension.checksumFailureCommon);
  if (confidence === null) return null;
  const carrier = carrierOf(match);
  if (!carrier) return null;
  return {
    carrier: carrier.id,
    name: carrier.name,
    kind: carrier.kind,
    country: match.groups.CountryCode ?? carrier.country,
    service: serviceOf(match),
    confidence,
    checksum: match.checksum,
    // Pages live with the carrier, not the format: several of the vendored formats' pages are dated.
    trackingUrl: trackingUrlFor(carrier, normalized),
    format: match.format.key,
    warnings: warningsOf(match, carrier),
  };
}

/** Candidates for an already normalised number, best first, one per carrier. */
export function candidatesFor(normalized: string): {
  candidates: CarrierCandidate[];
  rejected: FormatMatch[];
} {
  const found: Array<{ candidate: CarrierCandidate; priority: number; rank: number }> = [];
  const rejected: FormatMatch[] = [];
  for (const format of FORMATS) {
    const match = format.match(normalized);
    if (!match) continue;
    const candidate = toCandidate(match, normalized);
    if (candidate) found.push({ candidate, priority: format.extension.priority ?? 0, rank: format.rank });
    else rejected.push(match);
  }
  found.sort(
    (a, b) => b.candidate.confidence - a.candidate.confidence || b.priority - a.priority || a.rank - b.rank,
  );
  const seen = new Set<string>();
  const candidates: CarrierCandidate[] = [];
  for (const { candidate } of found) {
    if (seen.has(candidate.carrier)) continue;
    seen.add(candidate.carrier);
    candidates.push(candidate);
  }
  return { candidates, rejected };
}

export function detectCarrier(input: string): Detection {
  const { normalized, changes } = normalizeTrackingNumber(input);
  const { candidates, rejected } = candidatesFor(normalized);
  const problem =
    candidates.length > 0
      ? null
      : explainNoMatch(normalized, input, {
          rejected,
          wouldMatch: (fixed) => candidatesFor(fixed).candidates.some((c) => c.checksum === "valid"),
        });
  return { input, normalized, changes, candidates, problem };
}
