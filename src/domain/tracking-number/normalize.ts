/**
 * Turns whatever the buyer pasted into the canonical form of a tracking number: the characters
 * carriers print, upper case, nothing between them. Every change is reported, so the interface
 * can say "we removed 3 spaces" instead of silently tracking a different string.
 */

/** What normalisation did to the input, in the order the steps run. */
export type NormalizationChange =
  | "trimmed"
  | "removed-spaces"
  | "removed-dashes"
  | "removed-dots"
  | "removed-invisible"
  | "full-width-to-ascii"
  | "upper-cased";

export interface NormalizedNumber {
  input: string;
  normalized: string;
  changes: NormalizationChange[];
}

// Characters with no width that copy-paste from web pages, PDFs and chat apps carries along:
// soft hyphen, zero-width space/joiners, direction marks and embeddings, word joiner, BOM.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Any Unicode space or line break, including the no-break and ideographic spaces.
const SPACES = /\s/g;
// Hyphen-minus and the Unicode hyphens, dashes and minus signs.
const DASHES = /[-\u2010-\u2015\u2212\uFE58\uFE63]/g;
// Full stop and its look-alikes (middle dot, bullet, ideographic full stop).
const DOTS = /[.\u00B7\u2022\u2024\u3002\uFF61]/g;
// Full-width ASCII (U+FF01..U+FF5E) is plain ASCII shifted by 0xFEE0; U+3000 is a full-width space.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const ALREADY_CANONICAL = /^[0-9A-Z]*$/;

function fromFullWidth(char: string): string {
  return char === "\u3000" ? " " : String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

export function normalizeTrackingNumber(input: string): NormalizedNumber {
  // Fast path: most numbers arrive clean, and detection runs this on every input.
  if (ALREADY_CANONICAL.test(input)) return { input, normalized: input, changes: [] };

  const changes: NormalizationChange[] = [];
  let value = input;
  const step = (pattern: RegExp, change: NormalizationChange, replacement: (m: string) => string) => {
    const next = value.replace(pattern, replacement);
    if (next !== value) {
      changes.push(change);
      value = next;
    }
  };

  // Full width first, so a full-width space, dash or dot is then removed like any other.
  step(FULL_WIDTH, "full-width-to-ascii", fromFullWidth);
  // Invisible before trimming: String.prototype.trim also strips a BOM, which is not a space.
  step(INVISIBLE, "removed-invisible", () => "");
  if (value.trim() !== value) {
    changes.push("trimmed");
    value = value.trim();
  }
  step(SPACES, "removed-spaces", () => "");
  step(DASHES, "removed-dashes", () => "");
  step(DOTS, "removed-dots", () => "");
  const upper = value.toUpperCase();
  if (upper !== value) {
    changes.push("upper-cased");
    value = upper;
  }
  return { input, normalized: value, changes };
}

/** A short English phrase per change, for the CLI's table and error messages. */
export const CHANGE_DESCRIPTIONS: Record<NormalizationChange, string> = {
  trimmed: "trimmed the ends",
  "removed-spaces": "removed spaces",
  "removed-dashes": "removed dashes",
  "removed-dots": "removed dots",
  "removed-invisible": "removed invisible characters",
  "full-width-to-ascii": "converted full-width characters",
  "upper-cased": "changed to upper case",
};
