import { describe, expect, it } from "vitest";
import { parseEventTime } from "./event-time.ts";

function ok(given: unknown, hints = {}) {
  const result = parseEventTime(given, hints);
  if (!result.ok) throw new Error(result.error);
  return result.time;
}

describe("parseEventTime", () => {
  it("reads epoch milliseconds and seconds as exact instants", () => {
    expect(ok(1_749_140_169).instant).toBe("2025-06-05T16:16:09Z");
    expect(ok(1_749_140_169_000).instant).toBe("2025-06-05T16:16:09Z");
    expect(ok("1749140169000")).toMatchObject({ kind: "instant", zoneGuessed: false });
  });

  it("keeps a time with an offset exactly, never shifting it", () => {
    const time = ok("2014-01-08T12:53:10-08:00", { zone: "Asia/Shanghai" });
    expect(time).toMatchObject({
      kind: "offset",
      local: "2014-01-08T12:53:10",
      offset: "-08:00",
      zoneGuessed: false,
    });
    expect(time.instant).toBe("2014-01-08T20:53:10Z");
    expect(ok("2019-01-31T02:24:58.000Z").instant).toBe("2019-01-31T02:24:58Z");
    expect(ok("2018-08-18 02:19:21.715458+00").instant).toBe("2018-08-18T02:19:21.715Z");
  });

  it("reads Cainiao's GMT offsets in all their spellings", () => {
    expect(ok("2023-09-28 09:46:53 GMT+0").instant).toBe("2023-09-28T09:46:53Z");
    expect(ok("2023-01-20 10:00:00 GMT+8").instant).toBe("2023-01-20T02:00:00Z");
    expect(ok("2023-01-20 10:00:00 GMT+0800").instant).toBe("2023-01-20T02:00:00Z");
    expect(ok("2023-01-20 10:00:00 GMT+08:00").instant).toBe("2023-01-20T02:00:00Z");
  });

  it("reads zone abbreviations as fixed offsets", () => {
    expect(ok("2011-02-03 11:59:59 EST")).toMatchObject({
      kind: "offset",
      offset: "-05:00",
      instant: "2011-02-03T16:59:59Z",
    });
  });

  it("reads every abbreviation it lists, including MSK (Russian Post) which does not end in T", () => {
    expect(ok("2026-11-18 09:41:00 MSK")).toMatchObject({
      kind: "offset",
      offset: "+03:00",
      instant: "2026-11-18T06:41:00Z",
    });
  });

  it("places a zone-less local time in the zone of its place, and says it guessed", () => {
    const time = ok("18.12.2018 16:59:26", { zone: "Europe/Vienna" });
    expect(time).toMatchObject({
      kind: "local",
      local: "2018-12-18T16:59:26",
      zone: "Europe/Vienna",
      zoneGuessed: true,
    });
    expect(time.instant).toBe("2018-12-18T15:59:26Z");
    // Summer time is the zone's, not a fixed offset.
    expect(ok("2018-07-18 16:59", { zone: "Europe/Vienna" }).instant).toBe("2018-07-18T14:59:00Z");
    expect(ok("2018-07-18 16:59")).toMatchObject({ zone: "UTC", zoneGuessed: true });
  });

  it.each([
    ["April 28, 2015 9:01 am", "2015-04-28T09:01:00"],
    ["February 13, 2014 12:24 pm", "2014-02-13T12:24:00"],
    ["18:39 12-Jan-2017", "2017-01-12T18:39:00"],
    ["2016.10.25 14:48", "2016-10-25T14:48:00"],
    ["2017-05-22 12:58 (현지 시간(local time))", "2017-05-22T12:58:00"],
    ["20141023 061500", "2014-10-23T06:15:00"],
    ["2012-11-22 23:19 PM", "2012-11-22T23:19:00"],
    ["2023-03-09 12:10 AM", "2023-03-09T00:10:00"],
    ["17/12/2019 21:17:48", "2019-12-17T21:17:48"],
    ["3 de março de 2025 14:00", "2025-03-03T14:00:00"],
    ["2025-03-03 23:30:03.000000", "2025-03-03T23:30:03"],
  ])("reads %s", (given, local) => {
    expect(ok(given).local).toBe(local);
  });

  it.each([
    ["18 ноября 2026, 09:41", "2026-11-18T09:41:00"],
    ["3 мая 2025 г. 14:05", "2025-05-03T14:05:00"],
    ["7 дек. 2024 08:00", "2024-12-07T08:00:00"],
    ["2026年11月18日 09:41", "2026-11-18T09:41:00"],
    ["2026年1月8日", "2026-01-08T00:00:00"],
    ["2026년 11월 18일 09:41", "2026-11-18T09:41:00"],
    ["mercredi 18 novembre 2026 à 09h41", "2026-11-18T09:41:00"],
    ["18/11/2026 9H05", "2026-11-18T09:05:00"],
  ])("reads the pasted-page layout %s", (given, local) => {
    expect(ok(given).local).toBe(local);
  });

  it("reads numeric dates day first unless the source writes month first", () => {
    expect(ok("03/04/2020 10:00").local).toBe("2020-04-03T10:00:00");
    expect(ok("03/04/2020 10:00", { dateOrder: "mdy" }).local).toBe("2020-03-04T10:00:00");
    expect(ok("12/31/2024").local).toBe("2024-12-31T00:00:00");
    expect(ok("12/31/2024").dateOnly).toBe(true);
  });

  it("refuses impossible and unreadable times with a reason", () => {
    expect(parseEventTime("2023-02-30 10:00")).toEqual({
      ok: false,
      error: 'time "2023-02-30 10:00" is not a real date or time of day',
    });
    expect(parseEventTime("2023-01-01 25:00").ok).toBe(false);
    expect(parseEventTime("yesterday").ok).toBe(false);
    expect(parseEventTime("").ok).toBe(false);
    expect(parseEventTime(null).ok).toBe(false);
    expect(parseEventTime({}).ok).toBe(false);
    expect(parseEventTime(Number.NaN).ok).toBe(false);
  });
});
