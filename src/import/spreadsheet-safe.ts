/**
 * CSV cells a spreadsheet would run as formulas, made inert on export and given back on import.
 *
 * Reference: OWASP "CSV Injection". Excel, LibreOffice and Google Sheets start a formula at a
 * cell that begins with `=`, `+`, `-` or `@`, and some of them also after a leading tab or
 * carriage return; `=HYPERLINK(...)`, `@SUM(...)` or `-2+3` in an order title would then run, or
 * leak data, when the buyer opens the export. Such a cell is written with a `'` in front, which
 * every spreadsheet shows as text and does not evaluate. We also treat a leading line feed and
 * the full-width forms `＝ ＋ － ＠` (which some East Asian spreadsheet set-ups read as their
 * ASCII twins) the same way: they cost nothing and no order field starts with them on purpose.
 *
 * Kept as they are: plain negative numbers ("-5", "-12.50", "-3,5"). A spreadsheet reads those as
 * the number they are, which is not a formula and runs nothing. "+1" is NOT kept: a spreadsheet
 * turns it into 1 (and "+34 600..." into a mangled number), so it is quoted to stay the text it is.
 *
 * The mark must be reversible, so that an exported file imports back to the same values:
 *
 * - export (`neutraliseCell`): a cell that starts with any number of `'` followed by a trigger
 *   character gets one more `'` in front ("=1+1" -> "'=1+1", "'=1+1" -> "''=1+1");
 * - import (`restoreCell`): a cell that starts with one or more `'` followed by a trigger
 *   character loses its first `'` ("'=1+1" -> "=1+1", "''=1+1" -> "'=1+1").
 *
 * Any other cell is left alone both ways ("'quoted'" stays "'quoted'", "-5" stays "-5"). A cell
 * typed in a spreadsheet as '=x is saved to CSV as =x by the spreadsheet itself, so both paths
 * import the value the buyer sees.
 */

/** Characters that start a formula (or, for tab, CR and LF, can precede one). */
const TRIGGERS = "=+\\-@\\t\\r\\n\\uFF1D\\uFF0B\\uFF0D\\uFF20";

const NEEDS_MARK = new RegExp(`^'*[${TRIGGERS}]`, "u");
const HAS_MARK = new RegExp(`^'+[${TRIGGERS}]`, "u");
/** "-5", "-12.50", "-3,5": a negative number a spreadsheet reads as that number. */
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)?$/;

/** True when a spreadsheet could read `value` as a formula. */
export function isFormulaLike(value: string): boolean {
  return NEEDS_MARK.test(value) && !PLAIN_NEGATIVE_NUMBER.test(value);
}

/** The cell as written to a CSV file: inert in a spreadsheet, and reversible by `restoreCell`. */
export function neutraliseCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}

/** Undoes `neutraliseCell`: the value as it was before export. */
export function restoreCell(value: string): string {
  return HAS_MARK.test(value) ? value.slice(1) : value;
}
