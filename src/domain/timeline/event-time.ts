/**
 * Carrier event times, kept as given and placed on one time line.
 *
 * Carriers give epoch times (Cainiao `time`, Shopee), local times with an offset
 * ("2014-01-08T12:53:10-08:00", "2023-09-28 09:46:53 GMT+0", "11:59:59 EST"), and local times with
 * no zone at all ("18.12.2018 16:59:26", "April 28, 2015 9:01 am"). A time with an offset is an
 * exact instant and is never shifted. A local time is placed in the zone of the event's place
 * when it can be told (or a zone the source states), and marked as guessed; with no place it is
 * read as UTC and marked so.
 */
import {
  formatInstant,
  formatWallClock,
  isRealWallClock,
  offsetMinutes,
  type WallClock,
  wallClockMs,
  zoneOffsetAt,
} from "./wall-clock.ts";

export type TimeKind = "instant" | "offset" | "local";

export interface EventTime {
  /** Exactly what the source gave. */
  given: string | number;
  kind: TimeKind;
  /** Milliseconds since the epoch, for ordering: exact unless `zoneGuessed`. */
  epochMs: number;
  /** The instant in UTC, ISO 8601. */
  instant: string;
  /** Wall-clock time where the event happened, when the source gave one ("2023-03-09T09:38:00"). */
  local: string | null;
  /** The UTC offset given or derived from the zone ("+02:00"). */
  offset: string | null;
  /** IANA zone a local time was placed in. */
  zone: string | null;
  /** True when the zone was not given but guessed from the place, or assumed UTC. */
  zoneGuessed: boolean;
  /** True when only a date was given. */
  dateOnly: boolean;
}

export type TimeResult = { ok: true; time: EventTime } | { ok: false; error: string };

export interface TimeHints {
  /** IANA zone to read a zone-less local time in (from the place or the source). */
  zone?: string | null;
  /** How to read 03/04/2020; "dmy" unless the source is known to write month first. */
  dateOrder?: "dmy" | "mdy";
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ["january", "jan", "janeiro", "enero", "janvier", "janv", "januar", "gennaio", "januari", "jän"]],
  [
    2,
    ["february", "feb", "fevereiro", "fev", "febrero", "fevrier", "fevr", "februar", "febbraio", "februari"],
  ],
  [3, ["march", "mar", "marco", "marzo", "mars", "marz", "maart", "mrt"]],
  [4, ["april", "apr", "abril", "abr", "avril", "avr", "aprile"]],
  [5, ["may", "maio", "mayo", "mai", "maggio", "mei", "mag"]],
  [6, ["june", "jun", "junho", "junio", "juin", "juni", "giugno", "giu"]],
  [7, ["july", "jul", "julho", "julio", "juillet", "juil", "juli", "luglio", "lug"]],
  [8, ["august", "aug", "agosto", "ago", "aout", "augustus"]],
  [9, ["september", "sep", "sept", "setembro", "set", "septiembre", "septembre", "settembre"]],
  [10, ["october", "oct", "outubro", "out", "octubre", "octobre", "oktober", "okt", "ottobre", "ott"]],
  [11, ["november", "nov", "novembro", "noviembre", "novembre"]],
  [12, ["december", "dec", "dezembro", "dez", "diciembre", "dic", "decembre", "dezember", "dicembre"]],
];
// Russian Post: nominative, genitive ("18 ноября 2026") and short forms, keyed as normalizeMonth reads them.
const RUSSIAN_MONTHS: [number, string[]][] = [
  [1, ["январь", "января", "янв"]],
  [2, ["февраль", "февраля", "фев", "февр"]],
  [3, ["март", "марта", "мар"]],
  [4, ["апрель", "апреля", "апр"]],
  [5, ["май", "мая"]],
  [6, ["июнь", "июня", "июн"]],
  [7, ["июль", "июля", "июл"]],
  [8, ["август", "августа", "авг"]],
  [9, ["сентябрь", "сентября", "сен", "сент"]],
  [10, ["октябрь", "октября", "окт"]],
  [11, ["ноябрь", "ноября", "ноя", "нояб"]],
  [12, ["декабрь", "декабря", "дек"]],
];
for (const [month, names] of [...MONTH_NAMES, ...RUSSIAN_MONTHS])
  for (const name of names) MONTHS[normalizeMonth(name)] = month;

/** Fixed offsets of the zone abbreviations carriers print (Canada Post "EST", FedEx "CST"...). */
const ABBREVIATIONS: Record<string, string> = {
  UTC: "+00:00",
  GMT: "+00:00",
  Z: "+00:00",
  WET: "+00:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  IST: "+05:30",
  CST: "-06:00",
  CDT: "-05:00",
  EST: "-05:00",
  EDT: "-04:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  AKST: "-09:00",
  AKDT: "-08:00",
  HST: "-10:00",
  AST: "-04:00",
  ADT: "-03:00",
  NST: "-03:30",
  BRT: "-03:00",
  HKT: "+08:00",
  SGT: "+08:00",
  JST: "+09:00",
  KST: "+09:00",
  AWST: "+08:00",
  ACST: "+09:30",
  AEST: "+10:00",
  AEDT: "+11:00",
  NZST: "+12:00",
  NZDT: "+13:00",
};

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** A captured group as a number (0 when the group did not take part). */
const num = (match: RegExpExecArray, group: number) => Number(match[group] ?? 0);

function offsetString(sign: string, hours: number, minutes: number): string {
  return `${sign === "-" ? "-" : "+"}${pad(hours)}:${pad(minutes)}`;
}

interface Parts extends WallClock {
  dateOnly: boolean;
  offset: string | null;
}

/** Finds the zone part and returns the rest of the text without it. */
function takeZone(text: string): { rest: string; offset: string | null } {
  // GMT+8, GMT+0800, GMT+08:00, UTC-3
  const gmt = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(text);
  if (gmt) {
    return {
      rest: text.replace(gmt[0], " "),
      offset: offsetString(gmt[1] ?? "+", Number(gmt[2]), Number(gmt[3] ?? 0)),
    };
  }
  // Z or ±hh[:mm] right after a time of day: "12:53:10-08:00", "02:19:21.715458+00", "…Z"
  const numeric = /(\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|([+-])(\d{2}):?(\d{2})?)(?![\d:])/i.exec(text);
  if (numeric) {
    const offset =
      numeric[2]?.toUpperCase() === "Z"
        ? "+00:00"
        : offsetString(numeric[3] ?? "+", Number(numeric[4]), Number(numeric[5] ?? 0));
    return { rest: text.replace(numeric[0], numeric[1] ?? ""), offset };
  }
  const abbreviation = /\b([A-Z]{1,4}T|MSK|UTC|GMT|Z)\b\s*$/.exec(text.trim());
  const abbreviated = abbreviation?.[1] ? ABBREVIATIONS[abbreviation[1]] : undefined;
  if (abbreviation && abbreviated)
    return { rest: text.trim().slice(0, abbreviation.index), offset: abbreviated };
  return { rest: text, offset: null };
}

function readDate(
  text: string,
  order: "dmy" | "mdy",
): { year: number; month: number; day: number; rest: string } | null {
  let match = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  if (match)
    return {
      year: num(match, 1),
      month: num(match, 2),
      day: num(match, 3),
      rest: text.replace(match[0], " "),
    };
  // 2026年11月18日, 2026년 11월 18일 (Chinese, Japanese, Korean pages)
  match = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/.exec(text);
  if (match)
    return {
      year: num(match, 1),
      month: num(match, 2),
      day: num(match, 3),
      rest: text.replace(match[0], " "),
    };
  match = /(?<!\d)(\d{4})(\d{2})(\d{2})(?=T|\s|$)/.exec(text);
  if (match)
    return {
      year: num(match, 1),
      month: num(match, 2),
      day: num(match, 3),
      rest: text.replace(match[0], " "),
    };
  match = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)/.exec(text);
  if (match) {
    let first = num(match, 1);
    let second = num(match, 2);
    // Month first only when the source says so, or when the first number cannot be a month.
    if ((order === "mdy" && first <= 12) || second > 12) [first, second] = [second, first];
    const year = (match[3] ?? "").length === 2 ? 2000 + num(match, 3) : num(match, 3);
    return { year, month: second, day: first, rest: text.replace(match[0], " ") };
  }
  // 12-Jan-2017, 12 janvier 2017, 3 de março de 2025
  match = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s.-]+(?:de\s+)?([\p{L}]{3,})\.?[\s,.-]+(?:de\s+)?(\d{4})/iu.exec(
    text,
  );
  if (match) {
    const month = MONTHS[normalizeMonth(match[2] ?? "")];
    if (month) return { year: num(match, 3), month, day: num(match, 1), rest: text.replace(match[0], " ") };
  }
  // April 28, 2015
  match = /([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/iu.exec(text);
  if (match) {
    const month = MONTHS[normalizeMonth(match[1] ?? "")];
    if (month) return { year: num(match, 3), month, day: num(match, 2), rest: text.replace(match[0], " ") };
  }
  return null;
}

function normalizeMonth(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

function readTimeOfDay(
  text: string,
): { hour: number; minute: number; second: number; millisecond: number } | null {
  // 09:41, and the French 09h41
  const match =
    /(?<!\d)(\d{1,2})(?::|h(?=\d{2}))(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([ap])\.?\s*m\b\.?)?/i.exec(
      text,
    );
  if (match) {
    let hour = num(match, 1);
    const meridiem = match[5]?.toLowerCase();
    // "16:25 PM" (a 24-hour clock with a stray suffix) stays 16:25.
    if (meridiem === "p" && hour < 12) hour += 12;
    if (meridiem === "a" && hour === 12) hour = 0;
    const fraction = (match[4] ?? "").padEnd(3, "0").slice(0, 3);
    return { hour, minute: num(match, 2), second: +(match[3] ?? 0), millisecond: +fraction };
  }
  const compact = /(?<![\d:])(\d{2})(\d{2})(\d{2})?(?![\d:])/.exec(text);
  if (compact && num(compact, 1) < 24 && num(compact, 2) < 60) {
    return { hour: num(compact, 1), minute: num(compact, 2), second: +(compact[3] ?? 0), millisecond: 0 };
  }
  return null;
}

function readParts(text: string, order: "dmy" | "mdy"): Parts | null {
  const cleaned = text.replace(/\((?:[^()]|\([^()]*\))*\)/g, " ").replace(/(\d)T(\d)/, "$1 $2");
  const { rest, offset } = takeZone(cleaned);
  const date = readDate(rest, order);
  if (!date) return null;
  const time = readTimeOfDay(date.rest);
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: time?.hour ?? 0,
    minute: time?.minute ?? 0,
    second: time?.second ?? 0,
    millisecond: time?.millisecond ?? 0,
    dateOnly: time === null,
    offset,
  };
}

function fromEpoch(given: string | number, ms: number): TimeResult {
  // Beyond ±100 million days from 1970 there is no date to show (the limit of Date and Temporal).
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
    return { ok: false, error: `time ${given} is not a number of seconds or milliseconds` };
  return {
    ok: true,
    time: {
      given,
      kind: "instant",
      epochMs: Math.trunc(ms),
      instant: formatInstant(Math.trunc(ms)),
      local: null,
      offset: null,
      zone: null,
      zoneGuessed: false,
      dateOnly: false,
    },
  };
}

/** Parses a carrier time. Never throws: an unreadable or impossible time is an error value. */
export function parseEventTime(given: unknown, hints: TimeHints = {}): TimeResult {
  if (typeof given === "number") {
    // Epoch seconds (10 digits) or milliseconds (13 digits).
    return fromEpoch(given, Math.abs(given) < 1e11 ? given * 1000 : given);
  }
  if (typeof given !== "string" || given.trim() === "") {
    return { ok: false, error: "the event has no time; give an ISO 8601 time or epoch milliseconds" };
  }
  const text = given.trim().slice(0, 100);
  if (/^\d{10}$|^\d{13}$/.test(text)) return parseEventTime(Number(text), hints);
  const wcf = /^\/Date\((\d+)([+-]\d{4})?\)\/$/.exec(text);
  if (wcf) return fromEpoch(given, Number(wcf[1]));

  const parts = readParts(text, hints.dateOrder ?? "dmy");
  if (!parts)
    return {
      ok: false,
      error: `time "${text}" is in no format we read; give an ISO 8601 time such as 2025-03-01T14:05:00+01:00`,
    };
  if (!isRealWallClock(parts))
    return { ok: false, error: `time "${text}" is not a real date or time of day` };
  const wallMs = wallClockMs(parts);
  const localText = formatWallClock(parts, parts.millisecond !== 0);
  if (parts.offset) {
    const epochMs = wallMs - offsetMinutes(parts.offset) * 60_000;
    return {
      ok: true,
      time: {
        given,
        kind: "offset",
        epochMs,
        instant: formatInstant(epochMs),
        local: localText,
        offset: parts.offset,
        zone: null,
        zoneGuessed: false,
        dateOnly: parts.dateOnly,
      },
    };
  }
  const placed = zoneOffsetAt(hints.zone ?? "UTC", wallMs) ?? { offset: "+00:00", zone: "UTC" };
  const epochMs = wallMs - offsetMinutes(placed.offset) * 60_000;
  return {
    ok: true,
    time: {
      given,
      kind: "local",
      epochMs,
      instant: formatInstant(epochMs),
      local: localText,
      offset: placed.offset,
      zone: placed.zone,
      zoneGuessed: true,
      dateOnly: parts.dateOnly,
    },
  };
}
