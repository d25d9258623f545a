/**
 * How alike two event texts are, across portals that word the same scan differently
 * ("Arrived at destination country" / "Arrival in destination country"): the overlap of their
 * word stems, with numbers and short words left out, and character pairs for Han, Kana and Hangul.
 */
import { isContinuousScript, normalizeForMatch } from "../status/normalize-text.ts";

const STEM = 5;

export function textKey(text: string): Set<string> {
  const key = new Set<string>();
  for (const word of normalizeForMatch(text).split(" ")) {
    if (word === "" || /^\d+$/.test(word)) continue;
    if (isContinuousScript(word.charCodeAt(0))) {
      for (let i = 0; i + 1 < word.length; i++) key.add(word.slice(i, i + 2));
      if (word.length === 1) key.add(word);
      continue;
    }
    if (word.length < 3) continue;
    key.add(word.slice(0, STEM));
  }
  return key;
}

/** Jaccard overlap of two text keys, 0 to 1; two empty texts are alike. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
