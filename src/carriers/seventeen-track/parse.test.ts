import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handoffFromFacts } from "../../domain/timeline/handoffs.ts";
import { interpretEvent, type Route } from "../../domain/timeline/interpret-event.ts";
import type { FoundReport } from "../connector.ts";
import {
  envelopeFailure,
  itemResult,
  parseTrackItem,
  QUOTA_MESSAGE,
  rawTime,
  readEnvelope,
  rejectionResult,
  startOfNextMonthUtc,
} from "./parse.ts";

const sample = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/carrier-samples/17track/${name}`, import.meta.url), "utf8"),
  );
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

const webhookData = (sample("webhook-tracking-updated-dashboard-test.json") as { data: unknown }).data;

/** The canonical statuses the timeline gives a report's events. */
function statuses(report: FoundReport, route: Route = { origin: null, destination: null }): string[] {
  return report.events.map((event) => {
    const read = interpretEvent(
      event,
      { source: "17track", carrier: report.carrier, lang: report.lang },
      route,
    );
    if (!read.ok) throw new Error(read.error);
    return read.event.classification.status;
  });
}

describe("17TRACK item (published webhook sample)", () => {
  const parsed = parseTrackItem(webhookData);

  it("reads the number, the tracking carrier code and the latest status", () => {
    expect(parsed?.number).toBe("1Z2617V10397725789");
    // data.carrier is 3011 while the only provider is UPS (100002): kept apart.
    expect(parsed?.carrierCode).toBe(3011);
    expect(parsed?.status).toBe("Delivered");
    expect(parsed?.subStatus).toBe("Delivered_Other");
    expect(parsed?.final).toBe(true);
  });

  it("gives one report for the UPS provider with its five events", () => {
    expect(parsed?.reports).toHaveLength(1);
    const report = parsed?.reports[0];
    expect(report?.carrier).toBe("ups");
    expect(report?.lang).toBeNull();
    expect(report?.events).toHaveLength(5);
    expect(report?.events[0]).toEqual({
      time: "2022-04-04T16:35:22-07:00",
      text: "DELIVERED",
      code: "Delivered",
      location: "GASQUET, CA, US",
      lang: null,
    });
    expect(report?.events[2]).toMatchObject({
      text: "Arrived at Facility",
      code: null,
      location: "Anderson, CA, US",
    });
    expect(report?.events[4]).toMatchObject({
      time: "2022-03-28T22:43:08-07:00",
      text: "Shipper created a label, UPS has not received the package yet.",
      code: "InfoReceived",
      location: "US",
    });
  });

  it("classifies the events to the statuses they mean", () => {
    const report = parsed?.reports[0];
    if (!report) throw new Error("no report");
    const got = statuses(report);
    expect(got[0]).toBe("delivered");
    expect(got[1]).toBe("out_for_delivery");
    expect(got[4]).toBe("info_received");
  });

  it("reads the facts: countries, no last-mile number, no ETA", () => {
    expect(parsed?.facts).toEqual({
      lastMileNumber: null,
      lastMileCarrier: null,
      originCountry: "US",
      destinationCountry: "US",
      eta: null,
    });
  });

  it("is a found result linked to the given exchange", () => {
    if (!parsed) throw new Error("no item");
    const result = itemResult(parsed, null);
    expect(result.outcome).toBe("found");
    if (result.outcome === "found") expect(result.final).toBe(true);
  });
});

describe("17TRACK item with two providers (self-made)", () => {
  const parsed = parseTrackItem(fixture("item-two-providers.json"));
  if (!parsed) throw new Error("fixture has no number");

  it("gives one report per provider, last-mile and origin, each with its own events", () => {
    expect(parsed.reports.map((report) => report.carrier)).toEqual(["usps", "china-post"]);
    expect(parsed.reports.map((report) => report.events.length)).toEqual([3, 3]);
    const origin = parsed.reports[1];
    expect(origin?.lang).toBe("zh-CN");
    expect(origin?.events[0]).toEqual({
      time: "2024-03-06T09:10:00+08:00",
      text: "【广州国际】已离开广州国际，下一站 美国",
      code: "InTransit_Departure",
      location: "广州市",
      lang: "zh-CN",
    });
    expect(origin?.events[2]?.text).toBe("【深圳市邮政】已收寄");
    expect(parsed.reports[0]?.events[1]).toMatchObject({
      text: "Arrived at USPS Regional Facility",
      location: "CHICAGO, IL, US",
    });
  });

  it("classifies the Chinese origin events and the last-mile events", () => {
    const route = { origin: "CN", destination: "US" };
    const [lastMile, origin] = parsed.reports;
    if (!lastMile || !origin) throw new Error("reports missing");
    expect(statuses(origin, route)).toEqual(["departed_origin", expect.any(String), "accepted"]);
    expect(statuses(lastMile, route)).toEqual(["out_for_delivery", "destination_processing", "customs"]);
  });

  it("reads the last-mile number, the countries and the ETA window", () => {
    expect(parsed.facts).toEqual({
      lastMileNumber: "9400111899223197428490",
      lastMileCarrier: "USPS",
      originCountry: "CN",
      destinationCountry: "US",
      eta: { from: "2024-03-14T00:00:00-05:00", to: "2024-03-16T23:59:59-05:00" },
    });
    const handoff = handoffFromFacts(parsed.facts, parsed.number, "17track");
    expect(handoff).toMatchObject({ number: "9400111899223197428490", carrier: "usps" });
  });

  it("is not final while out for delivery", () => {
    expect(parsed.final).toBe(false);
    expect(parsed.carrierCode).toBe(3011);
  });
});

describe("17TRACK Delivered_Other with only time_raw (self-made)", () => {
  const parsed = parseTrackItem(fixture("item-delivered-time-raw.json"));

  it("takes the time from time_raw and the place from the address", () => {
    const event = parsed?.reports[0]?.events[0];
    expect(event).toMatchObject({
      time: "2024-03-18 14:05",
      text: "Delivered, in mailbox",
      code: "Delivered_Other",
      location: "Lyon, FR",
    });
    expect(parsed?.final).toBe(true);
    expect(parsed?.facts.eta).toBeNull();
  });

  it("places the zone-less time in the place's zone and classifies it delivered", () => {
    const report = parsed?.reports[0];
    if (!report) throw new Error("no report");
    const read = interpretEvent(
      report.events[0],
      { source: "17track", carrier: report.carrier },
      {
        origin: "CN",
        destination: "FR",
      },
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.event.classification.status).toBe("delivered");
    expect(read.event.time.kind).toBe("local");
    expect(read.event.time.instant).toBe("2024-03-18T13:05:00Z");
  });
});

describe("rawTime", () => {
  it("joins date and time, keeps an offset, drops a zone it cannot read", () => {
    expect(rawTime({ date: "2024-03-18", time: "14:05:00", timezone: "+08:00" })).toBe(
      "2024-03-18 14:05:00 +08:00",
    );
    expect(rawTime({ date: "2024-03-18", time: "14:05", timezone: "somewhere" })).toBe("2024-03-18 14:05");
    expect(rawTime({ date: "2024-03-18", time: null, timezone: null })).toBe("2024-03-18");
    expect(rawTime({ date: null, time: "14:05" })).toBeNull();
    expect(rawTime("2024")).toBeNull();
  });
});

describe("odd items never crash", () => {
  it("an item without a number is null", () => {
    expect(parseTrackItem(null)).toBeNull();
    expect(parseTrackItem({ track_info: {} })).toBeNull();
  });

  it("an item without providers or events is not found yet", () => {
    const parsed = parseTrackItem({ number: "RR1", track_info: "odd", carrier: "x" });
    expect(parsed?.reports).toEqual([]);
    expect(parsed && itemResult(parsed, null)).toEqual({
      number: "RR1",
      outcome: "not_found",
      message: "17TRACK has no events for this number yet (status unknown)",
      exchange: null,
    });
  });

  it("skips timeless or non-object events, keeps unknown codes, marks a return final", () => {
    const parsed = parseTrackItem({
      number: "RR2",
      track_info: {
        latest_status: { status: "Exception", sub_status: "Exception_Returned" },
        tracking: {
          providers: [
            {
              provider: { key: 999999, name: "Tiny Local Courier" },
              events: [
                null,
                { description: "no time" },
                {
                  time_utc: "2024-01-02T03:04:05Z",
                  description: "Odd scan",
                  sub_status: "Brand_New_Code",
                  extra: 1,
                },
              ],
            },
          ],
        },
      },
    });
    expect(parsed?.final).toBe(true);
    expect(parsed?.reports[0]?.carrier).toBe("Tiny Local Courier");
    expect(parsed?.reports[0]?.events).toEqual([
      { time: "2024-01-02T03:04:05Z", text: "Odd scan", code: "Brand_New_Code", location: null, lang: null },
    ]);
  });

  it("names a provider by its key when the name is unknown", () => {
    const parsed = parseTrackItem({
      number: "RR3",
      track_info: { tracking: { providers: [{ provider: { key: 3011, name: "" }, events: [] }] } },
    });
    expect(parsed?.reports[0]?.carrier).toBe("china-post");
  });
});

describe("envelope", () => {
  it("reads accepted and rejected numbers (self-made gettrackinfo answer)", () => {
    const envelope = readEnvelope(fixture("gettrackinfo-accepted-rejected.json"));
    if (!envelope.ok) throw new Error(envelope.message);
    expect(envelope.accepted).toHaveLength(1);
    expect(envelope.rejected.map((r) => [r.number, r.code])).toEqual([
      ["UA000000001CN", -18019902],
      ["XX-1", -18010012],
    ]);
  });

  it("reads a register answer (self-made)", () => {
    const envelope = readEnvelope(fixture("register-accepted-rejected.json"));
    if (!envelope.ok) throw new Error(envelope.message);
    expect(envelope.accepted).toHaveLength(1);
    expect(envelope.rejected[0]?.code).toBe(-18019901);
  });

  it("reads an error envelope and maps its code", () => {
    const envelope = readEnvelope(fixture("error-invalid-key.json"));
    expect(envelope).toEqual({ ok: false, code: -18010002, message: "Invalid security key." });
    expect(envelopeFailure(-18010002, "x").reason).toBe("unauthorized");
    expect(envelopeFailure(-18010001, "x").reason).toBe("unauthorized");
    expect(envelopeFailure(-18010014, "x")).toEqual({
      reason: "bad_response",
      message: "17TRACK refused more than 40 numbers in one call (code -18010014)",
    });
    expect(envelopeFailure(-18010003, "busy").message).toBe(
      "17TRACK answered with error code -18010003 (busy)",
    );
    expect(readEnvelope({ code: -18010005, data: null })).toEqual({
      ok: false,
      code: -18010005,
      message: "no message",
    });
    expect(readEnvelope([]).ok).toBe(false);
    expect(readEnvelope({ code: 0, data: {} }).ok).toBe(false);
  });
});

describe("rejections", () => {
  const now = new Date("2024-03-20T10:00:00Z");
  const reject = (code: number | null) => rejectionResult({ number: "N1", code, message: "m" }, null, now);

  it("maps each code to an outcome", () => {
    expect(reject(-18019901)).toMatchObject({
      outcome: "not_found",
      message: expect.stringContaining("registered"),
    });
    expect(reject(-18019903)).toMatchObject({
      outcome: "not_found",
      message: "17TRACK cannot detect the carrier of this number (m)",
    });
    expect(reject(-18010012)).toMatchObject({
      outcome: "not_found",
      message: "17TRACK refused the number (code -18010012: m)",
    });
    expect(reject(-18019907)).toEqual({
      number: "N1",
      outcome: "failed",
      reason: "rate_limited",
      message: QUOTA_MESSAGE,
      retryAt: Date.UTC(2024, 3, 1),
      exchange: null,
    });
    expect(reject(-18019908)).toMatchObject({ reason: "rate_limited" });
    expect(reject(-18010002)).toMatchObject({ outcome: "failed", reason: "unauthorized" });
    expect(reject(-18010999)).toMatchObject({ outcome: "failed", reason: "bad_response" });
    expect(reject(null)).toMatchObject({ outcome: "failed", reason: "bad_response" });
  });

  it("renews the quota at the start of the next month in UTC, across a year end", () => {
    expect(new Date(startOfNextMonthUtc(new Date("2024-12-31T23:59:00Z"))).toISOString()).toBe(
      "2025-01-01T00:00:00.000Z",
    );
  });
});
