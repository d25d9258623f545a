/**
 * Calendar arithmetic for event times without building Temporal objects per event: reading a
 * history of 10 million events spends most of its time here. Temporal stays the authority on time
 * zones: a zone's offset is asked of it once per zone and half hour of local time (every real
 * zone changes offset on a full or half hour) and remembered.
 */
import { Temporal } from "temporal-polyfill";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether these fields are a real date and time of day (no 31 April, no 25:00). */
export function isRealWallClock(t: WallClock): boolean {
  return (
    Number.isInteger(t.year) &&
    t.year >= 1 &&
    t.year <= 9999 &&
    t.month >= 1 &&
    t.month <= 12 &&
    t.day >= 1 &&
    t.day <= daysInMonth(t.year, t.month) &&
    t.hour >= 0 &&
    t.hour <= 23 &&
    t.minute >= 0 &&
    t.minute <= 59 &&
    t.second >= 0 &&
    t.second <= 59 &&
    t.millisecond >= 0 &&
    t.millisecond <= 999
  );
}

/** The wall-clock time read as if it were UTC, in milliseconds. */
export function wallClockMs(t: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  date.setUTCHours(t.hour, t.minute, t.second, t.millisecond);
  return date.getTime();
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "2026-11-18T09:41:00", with milliseconds when asked. */
export function formatWallClock(t: WallClock, withMilliseconds: boolean): string {
  const base = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  return withMilliseconds ? `${base}.${pad(t.millisecond, 3)}` : base;
}

/** An instant as Temporal writes it: UTC, fractional seconds only when there are some. */
export function formatInstant(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  const fraction = iso.slice(19, 23).replace(/\.?0+$/, "");
  return `${iso.slice(0, 19)}${fraction}Z`;
}

/** "+08:00" -> 480, "-05:30" -> -330. */
export function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

const offsets = new Map<string, { offset: string; zone: string } | null>();
const HALF_HOUR = 30 * 60_000;

/**
 * The offset a zone has at a wall-clock time (given as wallClockMs), resolving times that fall in
 * a daylight-saving gap or overlap as Temporal's "compatible" does. Null for an unknown zone.
 */
export function zoneOffsetAt(zone: string, wallMs: number): { offset: string; zone: string } | null {
  const bucket = Math.floor(wallMs / HALF_HOUR) * HALF_HOUR;
  const key = `${zone}\u0000${bucket}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let found: { offset: string; zone: string } | null;
  try {
    const start = new Date(bucket);
    const zoned = Temporal.PlainDateTime.from({
      year: start.getUTCFullYear(),
      month: start.getUTCMonth() + 1,
      day: start.getUTCDate(),
      hour: start.getUTCHours(),
      minute: start.getUTCMinutes(),
    }).toZonedDateTime(zone, { disambiguation: "compatible" });
    found = { offset: zoned.offset, zone: zoned.timeZoneId };
  } catch {
    found = null;
  }
  if (offsets.size > 200_000) offsets.clear();
  offsets.set(key, found);
  return found;
}
