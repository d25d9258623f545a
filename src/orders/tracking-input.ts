/**
 * A tracking number as the buyer gives it: normalised, its carrier detected (or the one the buyer
 * pinned checked), and a plain note when the detection is unsure.
 */
import { distance } from "fastest-levenshtein";
import { ALL_CARRIERS, detectCarrier, getCarrier } from "../domain/tracking-number/index.ts";

export interface TrackingInput {
  number: string;
  carrier: string | null;
  pinned: boolean;
  /** Set when we are not sure which carrier this is, in words the buyer can act on. */
  note: string | null;
}

export type TrackingRead = { ok: true; value: TrackingInput } | { ok: false; error: string };

function suggestCarrier(id: string): string | null {
  let best: { id: string; score: number } | null = null;
  for (const carrier of ALL_CARRIERS) {
    for (const name of [carrier.id, carrier.name.toLowerCase()]) {
      const score = distance(id.toLowerCase(), name);
      if (!best || score < best.score) best = { id: carrier.id, score };
    }
  }
  return best && best.score <= 3 ? best.id : null;
}

/** Checks a carrier id the buyer typed; null when it is known. */
export function carrierProblem(id: string): string | null {
  if (getCarrier(id)) return null;
  const suggestion = suggestCarrier(id);
  return `unknown carrier "${id}"${suggestion ? `; did you mean ${suggestion}?` : ""} (parceltrail detect lists carriers by number).`;
}

export function readTrackingNumber(raw: string, pinnedCarrier?: string | null): TrackingRead {
  const detection = detectCarrier(raw);
  const number = detection.normalized;
  if (!/^[A-Z0-9]{8,40}$/.test(number)) {
    return {
      ok: false,
      error: `"${raw.trim().slice(0, 50)}" is not a tracking number: they are 8 to 40 letters and digits.`,
    };
  }
  if (pinnedCarrier) {
    const problem = carrierProblem(pinnedCarrier);
    if (problem) return { ok: false, error: problem };
    return { ok: true, value: { number, carrier: pinnedCarrier, pinned: true, note: null } };
  }
  const [best, second] = detection.candidates;
  if (!best) {
    return {
      ok: true,
      value: {
        number,
        carrier: null,
        pinned: false,
        note: `no carrier format matches ${number}${detection.problem ? ` (${detection.problem})` : ""}; it is stored, and you can pin its carrier with --carrier.`,
      },
    };
  }
  let note: string | null = null;
  if (best.confidence < 0.6) {
    note = `${number} only loosely fits ${best.name}; pin the carrier with --carrier if you know it.`;
  } else if (second && second.carrier !== best.carrier && best.confidence - second.confidence < 0.1) {
    note = `${number} could be ${best.name} or ${second.name}; using ${best.name}. Pin it with --carrier ${second.carrier} if that is right.`;
  } else if (best.warnings.length > 0) {
    note = `${number}: ${best.warnings[0]}`;
  }
  return { ok: true, value: { number, carrier: best.carrier, pinned: false, note } };
}
