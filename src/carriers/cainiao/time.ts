/**
 * Cainiao's fallback clock: `detailList[].time` (epoch ms) is the source of truth, but when it is
 * missing or unreadable the event still has `timeStr` ("YYYY-MM-DD HH:mm:ss", local) and
 * `timeZone`, whose spelling varies between feeds: "GMT+0", "GMT+8", "GMT+0800", "GMT+08:00",
 * "GMT+2", or "" (warehouse events). Pure functions, no clock reads.
 */

/** The UTC offset in minutes a Cainiao `timeZone` names, or null when it names none (""). */
export function cainiaoOffsetMinutes(zone: unknown): number | null {
  if (typeof zone !== "string") return null;
  const text = zone.trim().toUpperCase();
  if (text === "GMT" || text === "UTC" || text === "Z") return 0;
  // "GMT+8", "GMT+0800", "GMT+08:00", "UTC-3", "+05:30": hours, then maybe minutes.
  const match = /^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

const LOCAL_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Epoch ms of a "YYYY-MM-DD HH:mm[:ss]" wall-clock time at a UTC offset; null when not a real time. */
export function localTimeToEpoch(timeStr: string, offsetMinutes: number): number | null {
  const match = LOCAL_TIME.exec(timeStr.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 Nov over to 1 Dec; a time that does not exist is no time.
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute
  )
    return null;
  return utc - offsetMinutes * 60_000;
}

/**
 * The time of an event whose `time` is unusable: epoch ms when `timeZone` names an offset and
 * `timeStr` is read, the local `timeStr` as given when the zone is unknown (the timeline places
 * it by the event's place), null when there is no time at all.
 */
export function cainiaoFallbackTime(timeStr: unknown, timeZone: unknown): number | string | null {
  if (typeof timeStr !== "string" || timeStr.trim() === "") return null;
  const offset = cainiaoOffsetMinutes(timeZone);
  if (offset !== null) {
    const epoch = localTimeToEpoch(timeStr, offset);
    if (epoch !== null) return epoch;
  }
  return timeStr.trim();
}

/** Epoch ms from Cainiao's `time` field (a number, sometimes a numeric string); null when unusable. */
export function cainiaoEpoch(time: unknown): number | null {
  const value = typeof time === "string" && /^\d+$/.test(time.trim()) ? Number(time) : time;
  // Anything before 1973 is not a real scan time in ms (0, -1, or seconds by mistake).
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1e11) return null;
  return Math.trunc(value);
}
