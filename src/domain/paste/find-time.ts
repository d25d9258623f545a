/**
 * Where the date and the time of day sit on a pasted line. This only finds the span of text;
 * `parseEventTime` decides whether it is a date, so the layouts it reads are the ones accepted
 * here and every time handed on is one it reads.
 */
import { parseEventTime as parseTime, type TimeResult } from "../timeline/event-time.ts";
import { isDayWord } from "./words.ts";

export type DateOrder = "dmy" | "mdy";

export interface FoundDate {
  /** The date and time of day as written, in one string parseEventTime reads. */
  time: string;
  /** The date alone, to join with a time of day from another line. */
  date: string;
  hasTime: boolean;
  /** Why the date cannot be used (31/02/2026, a date with no year), or null. */
  error: string | null;
  /** The rest of the line, in the cells the page had (tabs, runs of spaces, " | "). */
  cells: string[];
  /** Nothing but a weekday came before the date on the line. */
  atStart: boolean;
  /** The text before the date is a cell of its own ("Delivered  18/11/2026"). */
  afterCell: boolean;
}

export interface FoundClock {
  /** The time of day as written ("09:41", "9:41 am", "09h41"). */
  clock: string;
  cells: string[];
}

// Date shapes. The numeric ones with a four-digit year are "strong": when parseEventTime refuses
// them, the line is still a date line, with a problem. The others are only dates when it accepts them.
const STRONG_DATES = [
  /(?<![\d./-])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/gu,
  /(?<!\d)\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?/gu,
  /(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)/gu,
];
const WEAK_DATES = [
  /(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-]\d{2}(?![\d./-]?\d)/gu,
  /(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?[\s.-]+(?:de\s+)?\p{L}{3,}\.?[\s,.-]+(?:de\s+)?\d{4}(?!\d)(?:\s*г\.?(?!\p{L}))?/giu,
  /(?<!\p{L})\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/giu,
];

const CLOCK = String.raw`(?<![\d:.])\d{1,2}(?::|[hH](?=\d{2}))\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s*[aApP]\.?\s*[mM]\.?(?!\p{L}))?(?![\d:])(?!(?!Z(?!\p{L}))\p{L})`;
const ZONE = String.raw`\s*\(?\s*(?:(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?|Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,4}T)\s*\)?(?![\p{L}\d])`;
const CLOCK_AFTER = new RegExp(
  String.raw`^(?:T|[\s,]*(?:(?:[Aa]t|à|[Aa] las|[Aa] la|às|as|um|alle|ore|в|om|kl\.?|-|–|—|\||@)\s*)?)(${CLOCK})(${ZONE})?(?:\s*(?:Uhr|hrs?)\.?(?!\p{L}))?`,
  "u",
);
const CLOCK_BEFORE = new RegExp(
  String.raw`(${CLOCK})(${ZONE})?(?:\s*(?:Uhr|hrs?)\.?)?[\s,]*(?:(?:on|le|am|el|il|-|–|\|)\s*)?$`,
  "u",
);
const CLOCK_LEADING = new RegExp(
  String.raw`^(${CLOCK})(${ZONE})?(?:\s*(?:Uhr|hrs?)\.?(?!\p{L}))?(?=$|[\s,;:|–—-])`,
  "u",
);
const DAY_BEFORE = /([\p{L}][\p{L}'-]*)\.?\)?[\s,]*$/u;
const DAY_AFTER = /^[\s,]*\(?([\p{L}][\p{L}'-]*)\.?\)?/u;
const CELL_SEPARATOR = /\t|\s{2,}|\s+[|¦]\s+/u;
const EDGES = /^[\s,;:|•·\-–—]+|[\s,;:|\-–—]+$/gu;

/** The text of a line in its cells: split at tabs, runs of spaces and " | ", edges trimmed. */
export function splitCells(text: string): string[] {
  return text
    .split(CELL_SEPARATOR)
    .map((cell) => cell.replace(EDGES, ""))
    .filter((cell) => /[\p{L}\p{N}]/u.test(cell));
}

// A history repeats its dates ("18/11/2026" on every line of the day): remember what parseEventTime said.
const parsed = new Map<string, TimeResult>();

/** parseEventTime, remembered. */
function parseEventTime(time: string, hints: { dateOrder: DateOrder }): TimeResult {
  const key = `${hints.dateOrder} ${time}`;
  let result = parsed.get(key);
  if (!result) {
    result = parseTime(time, hints);
    if (parsed.size >= 5000) parsed.clear();
    parsed.set(key, result);
  }
  return result;
}

/** Why parseEventTime refuses the time, or null when it reads it. */
export function timeError(time: string, dateOrder: DateOrder): string | null {
  const result = parseEventTime(time, { dateOrder });
  return result.ok ? null : result.error;
}

function ok(time: string, dateOrder: DateOrder): boolean {
  return parseEventTime(time, { dateOrder }).ok;
}

interface Span {
  start: number;
  end: number;
  strong: boolean;
}

function dateSpans(line: string): Span[] {
  const spans: Span[] = [];
  for (const [patterns, strong] of [
    [STRONG_DATES, true],
    [WEAK_DATES, false],
  ] as const) {
    for (const pattern of patterns) {
      for (const match of line.matchAll(pattern))
        spans.push({ start: match.index, end: match.index + match[0].length, strong });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Takes the parentheses off a zone: "(GMT+8)" → "GMT+8". */
const bareZone = (zone: string) => zone.replace(/[()]/g, "").trim();

/** The first date on the line that parseEventTime reads, with the time of day beside it. */
export function findDate(line: string, dateOrder: DateOrder): FoundDate | null {
  if (line.length > 1000 || !/\d/.test(line)) return null;
  let chosen: Span | null = null;
  let refused: { span: Span; error: string } | null = null;
  for (const span of dateSpans(line)) {
    const result = parseEventTime(line.slice(span.start, span.end), { dateOrder });
    if (result.ok) {
      chosen = span;
      break;
    }
    if (span.strong && !refused) refused = { span, error: result.error };
  }
  const span = chosen ?? refused?.span;
  if (!span) return null;
  const date = line.slice(span.start, span.end);
  let start = span.start;
  let end = span.end;
  let checked: Checked = { time: date, error: chosen ? null : (refused?.error ?? null), zoned: false };
  let hasTime = false;

  const after = CLOCK_AFTER.exec(line.slice(end));
  // Only the few characters before the date can hold its time or weekday; a short look is fast.
  const near = Math.max(0, start - 60);
  const before = after ? null : CLOCK_BEFORE.exec(line.slice(near, start));
  if (after?.[1]) {
    const clockEnd = after[0].indexOf(after[1]) + after[1].length;
    checked = withZone(line.slice(start, end + clockEnd), after[2], dateOrder);
    if (checked.error) checked = withZone(`${date} ${after[1]}`, after[2], dateOrder);
    // A zone parseEventTime does not read stays in the text.
    end += after[2] && !checked.zoned ? clockEnd : after[0].length;
    hasTime = true;
  } else if (before?.[1]) {
    start = near + before.index;
    checked = withZone(line.slice(start, span.end), undefined, dateOrder);
    if (checked.error) checked = withZone(`${before[1]} ${date}`, before[2], dateOrder);
    hasTime = true;
  }
  const { error } = checked;
  const time = checked.time.replace(/\s+/g, " ");

  // A weekday beside the date is part of it: "Wednesday, 18 November 2026", "18/11/2026 (qua)".
  const dayFrom = Math.max(0, start - 40);
  const dayBefore = DAY_BEFORE.exec(line.slice(dayFrom, start));
  if (dayBefore?.[1] && isDayWord(dayBefore[1])) start = dayFrom + dayBefore.index;
  const dayAfter = DAY_AFTER.exec(line.slice(end, end + 40));
  if (dayAfter?.[1] && isDayWord(dayAfter[1])) end += dayAfter[0].length;

  const head = line.slice(0, start);
  const tail = line.slice(end);
  return {
    time,
    date,
    hasTime,
    error,
    cells: [...splitCells(head), ...splitCells(tail)],
    atStart: head.replace(EDGES, "") === "",
    afterCell: /(?:\t|\s{2,}|\s[|¦–—-]\s*)$/u.test(head),
  };
}

interface Checked {
  time: string;
  /** parseEventTime's reason for refusing the time, or null. */
  error: string | null;
  /** The zone written beside the time was read and kept. */
  zoned: boolean;
}

/** The time, with the zone the source wrote when parseEventTime reads it as one. */
function withZone(time: string, zone: string | undefined, dateOrder: DateOrder): Checked {
  if (zone) {
    // As written ("…09:41:12+08:00", "… GMT+8"), or without the parentheses parseEventTime skips.
    const zoned = /[()]/.test(zone) ? `${time} ${bareZone(zone)}` : `${time}${zone.trimEnd()}`;
    const result = parseEventTime(zoned, { dateOrder });
    if (result.ok && result.time.kind === "offset") return { time: zoned, error: null, zoned: true };
  }
  const result = parseEventTime(time, { dateOrder });
  return { time, error: result.ok ? null : result.error, zoned: false };
}

/** A line that starts with a time of day: "09:41 Delivered", "9:41 am", "09:41:12". */
export function findClock(line: string): FoundClock | null {
  const match = CLOCK_LEADING.exec(line);
  if (!match?.[1]) return null;
  const zone = match[2] ? ` ${bareZone(match[2])}` : "";
  return { clock: `${match[1]}${zone}`, cells: splitCells(line.slice(match[0].length)) };
}

const YEARLESS_NAMED =
  /^(?:[\p{L}'-]+\.?,?\s+)?(\d{1,2}(?:st|nd|rd|th)?[\s.-]+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\d])/u;
const YEARLESS_NUMERIC = /^(?:[\p{L}'-]+\.?,?\s+)?(\d{1,2}[./]\d{1,2})\.?(?![./]?\d)/u;

/**
 * A date with no year at the start of the line, followed by a time or alone ("Nov 18, 09:41",
 * "18.11. 09:41"). It cannot be placed in time; it is found so that the problem can say why.
 */
export function findYearless(line: string, dateOrder: DateOrder): FoundDate | null {
  for (const [pattern, yearSuffix] of [
    [YEARLESS_NAMED, " 2000"],
    [YEARLESS_NUMERIC, "/2000"],
  ] as const) {
    const match = pattern.exec(line);
    const date = match?.[1];
    if (!match || !date) continue;
    const lead = match[0].slice(0, match[0].length - date.length).replace(/[\s,.]+$/u, "");
    if (lead !== "" && !isDayWord(lead)) continue;
    const rest = line.slice(match[0].length);
    const clock = CLOCK_AFTER.exec(rest);
    if (!clock && rest.replace(EDGES, "") !== "") continue;
    if (yearSuffix === "/2000" && !clock) continue;
    if (!ok(`${date.replace(/\.$/, "")}${yearSuffix}`, dateOrder)) continue;
    return {
      time: clock?.[1] ? `${date} ${clock[1]}` : date,
      date,
      hasTime: Boolean(clock),
      error: `the date "${date}" has no year; paste the history from a page that shows the year`,
      cells: splitCells(clock ? rest.slice(clock[0].length) : ""),
      atStart: true,
      afterCell: false,
    };
  }
  return null;
}
