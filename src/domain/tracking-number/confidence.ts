/**
 * How much a match is worth. The order is the rule: a verified check digit beats an exact
 * prefix, which beats a bare shape. A failed check digit on a distinctive prefix keeps the number
 * as a doubtful candidate (carriers do print bad check digits, and a typo is worth pointing out);
 * on a bare shape it means "not this format", or any 12 digits would be every carrier at once.
 */
import type { ChecksumState } from "./compile.ts";
import type { Specificity } from "./definition-schema.ts";

const TABLE: Record<Specificity, Record<ChecksumState, number | null>> = {
  prefix: { valid: 0.97, none: 0.8, invalid: 0.35 },
  loose: { valid: 0.75, none: 0.45, invalid: null },
  shape: { valid: 0.6, none: 0.3, invalid: null },
};

/** Confidence when a carrier is known to print failing check digits (China EMS `BZ…CN`). */
const COMMON_FAILURE = 0.6;

/** Returns null when the match does not make the number a candidate at all. */
export function matchConfidence(
  specificity: Specificity,
  checksum: ChecksumState,
  checksumFailureCommon = false,
): number | null {
  if (checksum === "invalid" && checksumFailureCommon) return COMMON_FAILURE;
  return TABLE[specificity][checksum];
}
