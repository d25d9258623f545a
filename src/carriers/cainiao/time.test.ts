import { describe, expect, it } from "vitest";
import { cainiaoEpoch, cainiaoFallbackTime, cainiaoOffsetMinutes, localTimeToEpoch } from "./time.ts";

describe("cainiaoOffsetMinutes", () => {
  it.each([
    ["GMT+0", 0],
    ["GMT+8", 480],
    ["GMT+0800", 480],
    ["GMT+08:00", 480],
    ["GMT+2", 120],
    ["GMT+3", 180],
    ["GMT-3", -180],
    ["GMT+05:30", 330],
    ["GMT+0530", 330],
    ["UTC+8", 480],
    ["gmt+8", 480],
    [" GMT+8 ", 480],
    ["GMT", 0],
  ])("reads %j as %i minutes", (zone, minutes) => {
    expect(cainiaoOffsetMinutes(zone)).toBe(minutes);
  });

  it.each([[""], ["  "], ["Asia/Shanghai"], ["GMT+25"], ["GMT+08:75"], ["8"], [null], [480]])(
    "reads %j as no offset",
    (zone) => {
      expect(cainiaoOffsetMinutes(zone)).toBeNull();
    },
  );
});

describe("localTimeToEpoch", () => {
  it("places a wall-clock time at its offset", () => {
    expect(localTimeToEpoch("2023-01-24 01:59:33", 480)).toBe(Date.UTC(2023, 0, 23, 17, 59, 33));
    expect(localTimeToEpoch("2023-09-26 10:13:00", 120)).toBe(Date.UTC(2023, 8, 26, 8, 13, 0));
    expect(localTimeToEpoch("2026-03-10 09:15", 0)).toBe(Date.UTC(2026, 2, 10, 9, 15, 0));
  });

  it("refuses times that do not exist or are not in Cainiao's format", () => {
    expect(localTimeToEpoch("2026-11-31 10:00:00", 0)).toBeNull();
    expect(localTimeToEpoch("2026-02-10 25:00:00", 0)).toBeNull();
    expect(localTimeToEpoch("10/02/2026 10:00", 0)).toBeNull();
  });
});

describe("cainiaoFallbackTime", () => {
  // The real AE010698498 capture gives both: GWMS_ACCEPT `time` 1674496773895 with
  // timeStr "2023-01-24 01:59:33" and timeZone "GMT+0800". The fallback lands on the same second.
  it("agrees with the real `time` of a captured event", () => {
    expect(cainiaoFallbackTime("2023-01-24 01:59:33", "GMT+0800")).toBe(1674496773000);
  });

  it.each([
    ["GMT+0", Date.UTC(2026, 3, 1, 12, 0, 0)],
    ["GMT+8", Date.UTC(2026, 3, 1, 4, 0, 0)],
    ["GMT+0800", Date.UTC(2026, 3, 1, 4, 0, 0)],
    ["GMT+08:00", Date.UTC(2026, 3, 1, 4, 0, 0)],
    ["GMT+2", Date.UTC(2026, 3, 1, 10, 0, 0)],
  ])("reads 2026-04-01 12:00:00 at %s", (zone, expected) => {
    expect(cainiaoFallbackTime("2026-04-01 12:00:00", zone)).toBe(expected);
  });

  it("passes the local time as given when the zone is empty (the timeline places it)", () => {
    expect(cainiaoFallbackTime("2026-04-01 12:00:00", "")).toBe("2026-04-01 12:00:00");
    expect(cainiaoFallbackTime(" 2026-04-01 12:00:00 ", undefined)).toBe("2026-04-01 12:00:00");
  });

  it("passes an unreadable time string on unchanged rather than inventing one", () => {
    expect(cainiaoFallbackTime("01/04/2026 12:00", "GMT+8")).toBe("01/04/2026 12:00");
  });

  it("has no time without a timeStr", () => {
    expect(cainiaoFallbackTime("", "GMT+8")).toBeNull();
    expect(cainiaoFallbackTime(undefined, "GMT+8")).toBeNull();
    expect(cainiaoFallbackTime(1674496773000, "GMT+8")).toBeNull();
  });
});

describe("cainiaoEpoch", () => {
  it("takes epoch ms as a number or a numeric string", () => {
    expect(cainiaoEpoch(1674496773895)).toBe(1674496773895);
    expect(cainiaoEpoch("1674496773895")).toBe(1674496773895);
  });

  it.each([[0], [-1], [null], [undefined], [""], ["soon"], [Number.NaN], [1674496773]])(
    "refuses %j",
    (value) => {
      expect(cainiaoEpoch(value)).toBeNull();
    },
  );
});
