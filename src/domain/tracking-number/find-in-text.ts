/**
 * Finds tracking numbers in free text: a shipping email, a pasted order page, a chat message.
 * Numbers are printed whole ("LP00123456789012") or in groups ("9400 1112 0108 0805 4830 16"),
 * so runs of letter/digit tokens joined by single spaces are tried longest first. The text is
 * full of other numbers; only evidence that is hard to reach by chance counts:
 * - a distinctive prefix (letters in the number), or
 * - a verified check digit on an all-digit number that is not a date, a phone number, a price or
 *   an order number (told by its grouping and the words before it).
 */
import { type CarrierCandidate, candidatesFor } from "./detect.ts";
import { normalizeTrackingNumber } from "./normalize.ts";

export interface FoundNumber {
  /** UTF-16 offsets in the text: text.slice(start, end) is the number as printed. */
  start: number;
  end: number;
  text: string;
  normalized: string;
  candidates: CarrierCandidate[];
}

const MIN_LENGTH = 8;
const MAX_LENGTH = 40;
const MAX_TOKENS = 12;
// Below this a prefix match is too weak to claim a number in running text.
const MIN_CONFIDENCE = 0.6;
// Tokens: letters and digits in ASCII or full width. The separator between tokens of one
// printed number is a single space (also no-break or full-width space).
const TOKEN = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/g;
const JOINER = /^[ \u00A0\u3000]$/;
// Words that announce a number that is not a parcel's.
const NOT_TRACKING_CONTEXT =
  /(order|phone|tel|mobile|call|whats ?app|fax|invoice|amount|total|price|zip|post ?code|postal code|account|iban|card|ref(erence)?)\W{0,3}(n[or]\.?|number|#|id)?\W{0,3}$/i;
const TRACKING_CONTEXT =
  /(track|tracking|shipment|parcel|package|waybill|awb|colis|sendung|env[ií]o|rastreio|посылк|трек)/i;

interface Token {
  start: number;
  end: number;
}

function isAllDigits(value: string): boolean {
  return /^\d+$/.test(value);
}

/** Whether the accepted candidates are convincing for this span of text. */
function convincing(
  text: string,
  tokens: Token[],
  normalized: string,
  candidates: CarrierCandidate[],
): CarrierCandidate[] | null {
  const best = candidates[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  if (!isAllDigits(normalized)) return candidates;

  // All-digit: only a verified check digit counts, and the context must not say otherwise.
  if (best.checksum !== "valid") return null;
  const first = tokens[0] as Token;
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  if (/[+($€£¥#]\s?$/.test(before)) return null;
  const lastAfter = (tokens[tokens.length - 1] as Token).end;
  if (/^[.,]\d/.test(text.slice(lastAfter, lastAfter + 2))) return null; // a decimal amount
  if (NOT_TRACKING_CONTEXT.test(before) && !TRACKING_CONTEXT.test(before)) return null;
  // Grouped digits: tracking numbers print groups of 4 or more (the last may be shorter);
  // phone numbers and dates print groups of 2 or 3.
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (token.end - token.start < 4) return null;
  }
  return candidates;
}

export function findTrackingNumbers(text: string): FoundNumber[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN))
    tokens.push({ start: match.index, end: match.index + match[0].length });

  const found: FoundNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    // The run of tokens that could belong to one printed number, starting at token i.
    let last = i;
    let length = (tokens[i] as Token).end - (tokens[i] as Token).start;
    while (last + 1 < tokens.length && last + 1 - i < MAX_TOKENS) {
      const gap = text.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start);
      const next = tokens[last + 1] as Token;
      if (!JOINER.test(gap) || length + next.end - next.start > MAX_LENGTH) break;
      length += next.end - next.start;
      last++;
    }

    let accepted = false;
    for (let j = last; j >= i; j--) {
      const span = tokens.slice(i, j + 1);
      const start = (span[0] as Token).start;
      const end = (span[span.length - 1] as Token).end;
      const printed = text.slice(start, end);
      const { normalized } = normalizeTrackingNumber(printed);
      if (normalized.length < MIN_LENGTH || normalized.length > MAX_LENGTH) continue;
      const candidates = convincing(text, span, normalized, candidatesFor(normalized).candidates);
      if (!candidates) continue;
      found.push({ start, end, text: printed, normalized, candidates });
      i = j + 1;
      accepted = true;
      break;
    }
    if (!accepted) i++;
  }
  return found;
}
