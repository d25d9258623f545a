/**
 * Telling the place of an event from its text. A segment is a place only when parseLocation
 * finds a country in it and it reads like a name (capitalised words, no status words); when in
 * doubt the place stays in the text.
 */
import { parseLocation } from "../location/parse-location.ts";
import { PLACE_JOINERS, STATUS_WORDS, wordKey } from "./words.ts";

const POSTAL_TOKEN =
  /^(?:\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}-?\d{3,6}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,4})$/;
const CODE_TOKEN = /^[A-Z]{2,3}$/;

function wordsReadAsName(segment: string): boolean {
  const words = segment.split(/[\s,/()[\]【】（）]+|\s[-–—]\s/u).filter((word) => word !== "");
  if (words.length === 0 || words.length > 8) return false;
  return words.every((raw) => {
    const word = raw.replace(/^[-–—.'’]+|[-–—.'’]+$/gu, "");
    if (word === "") return true;
    if (/\d/.test(word)) return POSTAL_TOKEN.test(word) || /^\d{1,4}[A-Z]?$/.test(word);
    // Two- and three-letter capitals are codes (state, country), never status words: "OSLO, NO".
    if (!CODE_TOKEN.test(word) && STATUS_WORDS.has(wordKey(word))) return false;
    if (PLACE_JOINERS.has(word)) return true;
    if (/^(?:d|l)['’]\p{Lu}/u.test(word)) return true;
    const first = word.charAt(0);
    // Capitalised, or a script without case (Chinese, Hebrew, Arabic...).
    return /\p{Lu}/u.test(first) || (/\p{L}/u.test(first) && first.toLowerCase() === first.toUpperCase());
  });
}

// Pages repeat their places ("NEW YORK, NY 10001" on every line): remember the answers.
const known = new Map<string, boolean>();

/** True when the text is a place and nothing else: "MADRID, ES", "São Paulo - SP", "Berlin". */
export function looksLikePlace(segment: string): boolean {
  let answer = known.get(segment);
  if (answer === undefined) {
    answer = isPlace(segment.trim());
    if (known.size >= 5000) known.clear();
    known.set(segment, answer);
  }
  return answer;
}

function isPlace(text: string): boolean {
  if (text.length < 2 || text.length > 80 || !/\p{L}/u.test(text) || /[!?:;]/.test(text)) return false;
  if (!wordsReadAsName(text)) return false;
  // "AUSTIN, TX 78701": the state and the ZIP code as two parts, the way parseLocation reads them.
  const place = parseLocation(text.replace(/\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/, "$1, $2"));
  if (!place.country) return false;
  if (place.countryFrom === "code" || place.countryFrom === "region") {
    // A code alone ("SP", "IT") is no place; and the code must be written as one, in capitals.
    const words = text.split(/[\s,/()[\]-]+/).filter((word) => /\p{L}/u.test(word));
    const isCode = (word: string) =>
      CODE_TOKEN.test(word) &&
      (word === place.region ||
        word === place.country ||
        (word.length === 3 && place.countryFrom === "code"));
    return words.some(isCode) && !words.every(isCode);
  }
  return true;
}

/** Joins the lines and cells of one event: a sentence per line unless it carries on. */
export function joinText(parts: string[]): string {
  let text = "";
  for (const part of parts) {
    if (text === "") text = part;
    else if (/[.!?:;,]$/.test(text) || /^[\p{Ll}(]/u.test(part)) text = `${text} ${part}`;
    else text = `${text}. ${part}`;
  }
  return text;
}

export interface TextAndPlace {
  text: string;
  location: string | null;
}

/** The place inside one cell: "[Madrid] Delivered", "Zustellung erfolgreich, Berlin", "… (SHENZHEN)". */
function placeInside(cell: string): TextAndPlace | null {
  const leading = /^[[【(（]\s*([^\]】)）]{1,60}?)\s*[\]】)）]\s*[-–:]?\s*(.+)$/u.exec(cell);
  if (leading?.[1] && leading[2] && looksLikePlace(leading[1]))
    return { text: leading[2], location: leading[1] };
  const trailing = /^(.+?)\s*[[【(（]\s*([^\]】)）[【(（]{1,60}?)\s*[\]】)）]$/u.exec(cell);
  if (trailing?.[1] && trailing[2] && looksLikePlace(trailing[2]))
    return { text: trailing[1], location: trailing[2] };
  // After a separator, the longest tail that is a place: "Objeto entregue - São Paulo - SP".
  for (const separator of cell.matchAll(/,\s+|\s+[-–—|]\s+/gu)) {
    const head = cell.slice(0, separator.index);
    const tail = cell.slice(separator.index + separator[0].length);
    if (!/\p{L}/u.test(head)) continue;
    // The place may start inside the sentence, after a small word: "Processed at LEIPZIG -
    // GERMANY". Then the sentence stays whole and the place is also given on its own.
    const words = head.split(" ");
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const wider = `${words.slice(-n).join(" ")}${separator[0]}${tail}`;
      const before = words[words.length - n - 1] ?? "";
      if (/^\p{Ll}+$/u.test(before) && /^\p{Lu}/u.test(wider) && looksLikePlace(wider))
        return { text: cell, location: wider };
    }
    if (looksLikePlace(tail)) return { text: head, location: tail };
  }
  // Before a dash or colon, the longest head that is a place: "São Paulo - SP - Objeto entregue".
  const heads = [...cell.matchAll(/\s+[-–—|]\s+|:\s+/gu)].reverse();
  for (const separator of heads) {
    const head = cell.slice(0, separator.index);
    const tail = cell.slice(separator.index + separator[0].length);
    if (/\p{L}/u.test(tail) && looksLikePlace(head)) return { text: tail, location: head };
  }
  return null;
}

/**
 * The event's text and place from its cells (the rest of its date line, then its other lines).
 * A cell that is a place is the place; otherwise a place at the start or end of a cell.
 */
export function textAndPlace(cells: string[]): TextAndPlace {
  if (cells.length > 1) {
    const index = cells.findIndex(looksLikePlace);
    if (index >= 0)
      return { text: joinText(cells.filter((_, i) => i !== index)), location: cells[index] ?? null };
  }
  for (const [index, cell] of cells.entries()) {
    const inside = placeInside(cell);
    if (inside) {
      const parts = [...cells];
      parts[index] = inside.text;
      return { text: joinText(parts), location: inside.location };
    }
  }
  return { text: joinText(cells), location: null };
}
