import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import { type FedexParse, parseFedexTracking } from "./parse.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/fedex/", import.meta.url);
const own = new URL("./fixtures/", import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, samples), "utf8"));
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, own), "utf8"));

function numbers(parse: FedexParse) {
  if (parse.kind !== "results") throw new Error(`expected track results, got ${parse.kind}`);
  return parse.numbers;
}

describe("parseFedexTracking: published duplicate-number response", () => {
  const entry = numbers(parseFedexTracking(sample("karrio-track-duplicate-response.json"))).get(
    "776094337676",
  );

  it("keeps one report per shipment under the same number", () => {
    expect(entry?.reports.map((report) => [report.carrier, report.events.length])).toEqual([
      ["fedex", 10],
      ["fedex", 8],
    ]);
    const [first, second] = entry?.reports ?? [];
    expect(first?.events[0]).toEqual({
      time: "2024-04-26T07:50:00-07:00",
      text: "At local FedEx facility",
      code: "AR",
      location: "CLOVIS, CA, 93612, US",
      lang: "en",
    });
    expect(first?.events[9]).toEqual({
      time: "2024-04-24T15:30:57-05:00",
      text: "Shipment information sent to FedEx",
      code: "OC",
      location: null,
      lang: "en",
    });
    expect(second?.events[0]).toMatchObject({
      time: "2024-04-26T09:26:00-07:00",
      text: "Delivered",
      code: "DL",
    });
    expect(second?.events[7]).toMatchObject({ text: "On FedEx vehicle for delivery", code: "OD" });
  });

  it("is final only when every shipment is delivered; facts come from the first", () => {
    expect(entry?.final).toBe(false);
    expect(entry?.facts).toEqual({ originCountry: "US", destinationCountry: "US" });
    expect(entry?.error).toBeNull();
  });

  it("gives events whose codes classify through the fedex table", () => {
    const all = entry?.reports.flatMap((report) => report.events) ?? [];
    const status = (code: string) => {
      const event = all.find((candidate) => candidate.code === code);
      return classifyEvent({ text: event?.text, code: event?.code, carrier: "fedex" }).status;
    };
    expect(status("OC")).toBe("info_received");
    expect(status("PU")).toBe("accepted");
    expect(status("HP")).toBe("available_for_pickup");
    expect(status("OD")).toBe("out_for_delivery");
    expect(status("DL")).toBe("delivered");
  });
});

describe("parseFedexTracking: published documentation response", () => {
  const results = numbers(parseFedexTracking(sample("karrio-track-v1-trackingnumbers-response.json")));

  it("marks the unknown number with its error, for that number only", () => {
    expect(results.get("39936862321")).toMatchObject({
      reports: [],
      error: { code: "TRACKING.TRACKINGNUMBER.NOTFOUND" },
    });
  });

  it("keeps the scans of a result that also carries an error", () => {
    const entry = results.get("123456789012");
    expect(entry?.reports[0]?.events).toEqual([
      {
        time: "2018-02-02T12:01:00-07:00",
        text: "Picked Up",
        code: "PU",
        location: "SEATTLE, WA, 98101, US",
        lang: "en",
      },
    ]);
    expect(entry?.facts.eta).toEqual({ from: "2021-10-01T08:00:00", to: "2021-10-15T00:00:00-06:00" });
  });
});

describe("parseFedexTracking: errors and other bodies", () => {
  it("reads the errors envelope", () => {
    expect(parseFedexTracking(sample("karrio-track-error.json"))).toEqual({
      kind: "errors",
      code: "TRACKING.TRACKINGNUMBER.EMPTY",
      message: "Please provide tracking number.",
    });
  });

  it("reads the proof-of-delivery document as not a tracking body", () => {
    expect(parseFedexTracking(sample("karrio-track-pod-response.json"))).toEqual({
      kind: "invalid",
      message: "the answer holds no output.completeTrackResults",
    });
  });

  it.each([null, 7, "text", [], {}, { output: {} }, { output: { completeTrackResults: "x" } }])(
    "never crashes on %j",
    (body) => {
      expect(parseFedexTracking(body).kind).toBe("invalid");
    },
  );

  it("skips entries without a number and results that are not objects", () => {
    const body = {
      output: { completeTrackResults: [{}, 5, { trackingNumber: "1", trackResults: [null, "x"] }] },
    };
    expect([...numbers(parseFedexTracking(body)).values()]).toEqual([
      { number: "1", reports: [], facts: {}, final: false, error: null },
    ]);
  });
});

describe("parseFedexTracking: self-made batch", () => {
  const results = numbers(parseFedexTracking(fixture("batch-three-numbers.json")));

  it("reads scans with a derived code, an unknown code, and drops scans without a date", () => {
    const entry = results.get("794600000001");
    expect(entry?.reports[0]?.events.map((event) => [event.code, event.text, event.location])).toEqual([
      ["CC", "International shipment release - Import", "MEMPHIS, TN, US"],
      ["ZQ", "A scan nobody documented", "GUANGZHOU, CN"],
      ["PU", "Picked up", "SHENZHEN, 518000, CN"],
    ]);
    expect(entry?.facts).toEqual({
      originCountry: "CN",
      destinationCountry: "US",
      eta: { from: "2025-05-06T09:00:00-05:00", to: "2025-05-06T18:00:00-05:00" },
    });
    expect(entry?.final).toBe(false);
  });

  it("merges a number listed twice (written with spaces once) and is final when both are delivered", () => {
    const entry = results.get("794600000003");
    expect(entry?.reports.map((report) => report.events[0]?.location)).toEqual(["FRESNO, US", "RENO, US"]);
    expect(entry?.final).toBe(true);
    expect(entry?.facts.eta).toBeUndefined();
  });

  it("keeps the not-found number apart", () => {
    expect(results.get("794600000002")?.error?.code).toBe("TRACKING.TRACKINGNUMBER.NOTFOUND");
    expect(results.size).toBe(3);
  });
});
