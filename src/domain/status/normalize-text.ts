/**
 * Text normalisation shared by the rules and the events they are matched against, so that a
 * rule written "livré" matches "LIVRE", "Livré." and "livre"; "배송 완료" matches "배송완료".
 *
 * Steps: compatibility forms (full-width letters, ligatures) folded, lower case, accents and
 * Hebrew points removed, a few letters that have no decomposition folded (ß, ł, ø, ı...), every
 * run of non-letters and non-digits made one space, and spaces between characters of scripts
 * written without spaces (Han, Kana, Hangul, Thai) removed, because carriers space those freely.
 */

/** Longer texts are cut here: no carrier event is this long, and matching stays bounded. */
export const MAX_MATCH_LENGTH = 2_000;

const FOLD: Record<string, string> = {
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ı: "i",
  þ: "th",
  // Arabic letters written interchangeably: taa marbuta, alif maqsura, hamza carriers.
  ة: "ه",
  ى: "ي",
  أ: "ا",
  إ: "ا",
  آ: "ا",
};
const FOLD_PATTERN = /[ßłđðøæœıþةىأإآ]/g;
const MARKS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
/** Han, Hiragana, Katakana, Hangul and Thai: scripts where a space is not a word boundary. */
const CONTINUOUS =
  /([\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]) (?=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff])/g;

export function normalizeForMatch(text: string): string {
  const cut = text.length > MAX_MATCH_LENGTH ? text.slice(0, MAX_MATCH_LENGTH) : text;
  if (ASCII_ONLY.test(cut)) return cut.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  return cut
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS, "")
    .normalize("NFC")
    .replace(FOLD_PATTERN, (letter) => FOLD[letter] ?? letter)
    .replace(NON_WORD, " ")
    .trim()
    .replace(CONTINUOUS, "$1");
}

/** True for characters of scripts written without spaces: every position is a word boundary. */
export function isContinuousScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
