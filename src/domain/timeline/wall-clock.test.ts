import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { parseEventTime } from "./event-time.ts";
import { formatInstant, isRealWallClock, wallClockMs, zoneOffsetAt } from "./wall-clock.ts";

const ZONES = [
  "Europe/Madrid",
  "America/New_York",
  "Asia/Shanghai",
  "Australia/Lord_Howe",
  "America/Sao_Paulo",
  "Asia/Kathmandu",
  "UTC",
];

describe("wall-clock arithmetic", () => {
  it("places a local time in a zone exactly as Temporal does, daylight-saving gaps and overlaps included", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, ms) => {
          const d = new Date(Math.floor(ms / 60_000) * 60_000);
          const wall = {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
            second: 0,
            millisecond: 0,
          };
          const expected = Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, {
            disambiguation: "compatible",
          });
          const placed = zoneOffsetAt(zone, wallClockMs(wall));
          expect(placed?.offset).toBe(expected.offset);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("checks the calendar", () => {
    const day = { hour: 0, minute: 0, second: 0, millisecond: 0 };
    expect(isRealWallClock({ year: 2024, month: 2, day: 29, ...day })).toBe(true);
    expect(isRealWallClock({ year: 2026, month: 2, day: 29, ...day })).toBe(false);
    expect(isRealWallClock({ year: 2026, month: 4, day: 31, ...day })).toBe(false);
    expect(isRealWallClock({ year: 2026, month: 4, day: 30, ...day, hour: 24 })).toBe(false);
  });

  it("writes instants as Temporal does", () => {
    for (const ms of [0, 1_700_000_000_000, 1_700_000_000_500, 1_700_000_000_123, -86_400_000]) {
      expect(formatInstant(ms)).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toString());
    }
  });

  it("refuses epochs beyond what a date can show instead of throwing", () => {
    expect(parseEventTime(1e20)).toMatchObject({ ok: false });
    expect(parseEventTime(-1e19)).toMatchObject({ ok: false });
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(parseEventTime("2026-11-18 09:41", { zone: "Mars/Olympus" })).toMatchObject({
      ok: true,
      time: { zone: "UTC", offset: "+00:00", instant: "2026-11-18T09:41:00Z" },
    });
  });
});
