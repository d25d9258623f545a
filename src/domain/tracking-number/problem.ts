/**
 * One plain sentence for a number no format accepts: what is wrong with it and what to do. The
 * checks run from the most specific diagnosis to the most general.
 */
import type { FormatMatch } from "./compile.ts";

const MIN_LENGTH = 8;
const MAX_LENGTH = 40;
const S10_SHAPE = /^[A-Z]{2}\d{9}[A-Z]{2}$/;
// Letters a reader easily types for a digit: O/Q/D for 0, I/L for 1, Z for 2, S for 5, B for 8.
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: "0",
  Q: "0",
  D: "0",
  I: "1",
  L: "1",
  Z: "2",
  S: "5",
  B: "8",
};

export interface ProblemContext {
  /** Matches rejected for a reason worth telling (an S10 number with an unknown country code). */
  rejected: FormatMatch[];
  /** Whether a corrected number has a checksum-verified candidate; used to suggest a fix. */
  wouldMatch: (normalized: string) => boolean;
}

/** S10 numbers whose 9-digit body has a letter that looks like a digit: suggest the fix. */
function lookalikeFix(normalized: string, wouldMatch: ProblemContext["wouldMatch"]): string | null {
  if (normalized.length !== 13 || !/^[A-Z]{2}[0-9A-Z]{9}[A-Z]{2}$/.test(normalized)) return null;
  const body = normalized.slice(2, 11);
  if (!/[A-Z]/.test(body)) return null;
  let fixed = "";
  for (const char of body) {
    const digit = char >= "A" && char <= "Z" ? DIGIT_LOOKALIKES[char] : char;
    if (digit === undefined) return null;
    fixed += digit;
  }
  const candidate = normalized.slice(0, 2) + fixed + normalized.slice(11);
  return wouldMatch(candidate) ? candidate : null;
}

export function explainNoMatch(normalized: string, input: string, context: ProblemContext): string {
  if (normalized.length === 0) {
    return input.length === 0
      ? "The input is empty: paste the tracking number from the seller's shipping notice."
      : "The input has no letters or digits: paste the tracking number from the seller's shipping notice.";
  }
  const odd = normalized.match(/[^0-9A-Z]/g);
  if (odd) {
    const shown = [...new Set(odd)].map((c) => `"${c}"`).join(", ");
    return `Tracking numbers contain only letters and digits, and this has ${shown}: copy the number alone, without the text around it.`;
  }
  const fix = lookalikeFix(normalized, context.wouldMatch);
  if (fix) {
    return `This has letters where postal numbers have digits; did you mean ${fix}? Look for O typed for 0 or I for 1.`;
  }
  const unknownCountry = context.rejected.find((m) => m.missingLookups.includes("Courier"));
  if (unknownCountry) {
    const code = unknownCountry.groups.CountryCode ?? normalized.slice(-2);
    return `This has the shape of an international postal number, but "${code}" is not the country code of any postal operator: check the last two letters.`;
  }
  if (normalized.length < MIN_LENGTH) {
    return `Too short for a tracking number: it has ${normalized.length} characters and tracking numbers have at least ${MIN_LENGTH}; check that it was copied whole.`;
  }
  if (normalized.length > MAX_LENGTH) {
    return `Too long for a tracking number: it has ${normalized.length} characters and the longest formats have ${MAX_LENGTH}; it may be two numbers run together.`;
  }
  if (
    /^\d+$/.test(normalized) &&
    normalized.length >= 15 &&
    normalized.length <= 19 &&
    /^[1-9]/.test(normalized)
  ) {
    return `This looks like a marketplace order number (${normalized.length} digits), not a tracking number: the tracking number is on the order's tracking page or in the shipping notice.`;
  }
  if (!S10_SHAPE.test(normalized) && /^[A-Z]{2}\d+[A-Z]{2}$/.test(normalized)) {
    const digits = normalized.length - 4;
    return `International postal numbers have 9 digits between their letters, and this has ${digits}: check for a missing or extra digit.`;
  }
  if (/^\d+$/.test(normalized)) {
    return `No known carrier issues ${normalized.length}-digit numbers like this one: check it against the shipping notice, or pin the carrier by hand if you are sure of it.`;
  }
  return `No known carrier uses this format (${normalized.length} characters): check it against the shipping notice, or pin the carrier by hand if you are sure of it.`;
}
