import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import { parseUspsTracking, type UspsParse } from "./parse.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/usps/", import.meta.url);
const own = new URL("./fixtures/", import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, samples), "utf8"));
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, own), "utf8"));

function found(parse: UspsParse) {
  if (parse.kind !== "found") throw new Error(`expected a tracking body, got ${parse.kind}`);
  return parse;
}

describe("parseUspsTracking: published v3 response", () => {
  const parsed = found(parseUspsTracking(sample("karrio-tracking-v3-response.json")));
  const events = parsed.report.events;

  it("reads every event, newest first, with its UTC time", () => {
    expect(parsed.number).toBe("9400109104250532908587");
    expect(parsed.report.carrier).toBe("usps");
    expect(events).toHaveLength(12);
    expect(events[0]).toEqual({
      time: "2024-11-22T18:58:40Z",
      text: "Delivered, Parcel Locker",
      code: "01",
      location: "HERNANDO, FL, 34442",
      lang: "en",
    });
    expect(events[11]).toMatchObject({
      time: "2024-11-15T16:32:33Z",
      text: "Shipping Label Created, USPS Awaiting Item",
      code: "GX",
      location: "SPRINGFIELD GARDENS, NY, 11413",
    });
  });

  it("keeps events without a place and facility names as they are", () => {
    expect(events[4]).toMatchObject({ code: "TL", location: null, time: "2024-11-20T06:11:52Z" });
    expect(events[3]?.location).toBe("JACKSONVILLE FL DISTRIBUTION CENTER");
  });

  it("is final once delivered and has no ETA", () => {
    expect(parsed.final).toBe(true);
    expect(parsed.facts).toEqual({});
  });

  it("gives events whose codes classify through the usps table", () => {
    const status = (code: string) => {
      const event = events.find((candidate) => candidate.code === code);
      return classifyEvent({ text: event?.text, code: event?.code, carrier: parsed.report.carrier }).status;
    };
    expect(status("GX")).toBe("info_received");
    expect(status("03")).toBe("accepted");
    expect(status("07")).toBe("destination_processing");
    expect(status("OF")).toBe("out_for_delivery");
    expect(status("01")).toBe("delivered");
  });
});

describe("parseUspsTracking: errors and odd bodies", () => {
  it("reads the published error shape", () => {
    expect(parseUspsTracking(sample("karrio-tracking-v3-error.json"))).toEqual({
      kind: "error",
      code: "string",
      message: "string",
    });
  });

  it("reads a not-found error", () => {
    expect(parseUspsTracking(fixture("error-not-found.json"))).toEqual({
      kind: "error",
      code: "404",
      message: "Tracking number not found",
    });
  });

  it("does not take an OAuth error for a tracking body", () => {
    expect(parseUspsTracking(sample("karrio-oauth-error.json")).kind).toBe("invalid");
  });

  it.each([null, 42, "text", [], {}, { trackingEvents: "nope" }])("never crashes on %j", (body) => {
    expect(parseUspsTracking(body).kind).toBe("invalid");
  });

  it("reads an international item with local times, an unknown code and bad fields", () => {
    const parsed = found(parseUspsTracking(fixture("international-no-gmt.json")));
    expect(parsed.final).toBe(false);
    expect(parsed.facts).toEqual({ eta: { from: "2025-03-14", to: "2025-03-14" } });
    expect(parsed.report.events).toEqual([
      {
        time: "2025-03-12T07:45:00-08:00",
        text: "Arrived at Post Office",
        code: "07",
        location: "SAN JOSE, CA, 95112",
        lang: "en",
      },
      {
        time: "2025-03-10T22:10:00",
        text: "Customs clearance processing complete",
        code: "Q9",
        location: "ISC SAN FRANCISCO (USPS), UNITED STATES",
        lang: "en",
      },
      {
        time: "2025-03-04T19:00:00Z",
        text: "Departed",
        code: "EF",
        location: "GUANGZHOU, CHINA",
        lang: "en",
      },
    ]);
  });

  it("reads a label-only answer as found with no events", () => {
    const parsed = found(parseUspsTracking({ trackingNumber: "9400100000000000000000", trackingEvents: [] }));
    expect(parsed.report.events).toEqual([]);
  });
});
