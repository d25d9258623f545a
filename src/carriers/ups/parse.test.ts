import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import { handoffFromFacts } from "../../domain/timeline/handoffs.ts";
import { parseUpsTracking, type UpsParse } from "./parse.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/ups/", import.meta.url);
const own = new URL("./fixtures/", import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, samples), "utf8"));
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, own), "utf8"));

function found(parse: UpsParse) {
  if (parse.kind !== "found") throw new Error(`expected a tracking body, got ${parse.kind}`);
  return parse;
}

describe("parseUpsTracking: published details response", () => {
  const parsed = found(parseUpsTracking(sample("karrio-track-v1-details-response.json")));

  it("reads the package's activity with its local time, statusCode and address", () => {
    expect(parsed.number).toBe("1Z023E2X0214323462");
    expect(parsed.reports).toHaveLength(1);
    expect(parsed.reports[0]).toEqual({
      carrier: "ups",
      lang: "en",
      events: [
        {
          time: "2021-02-10T07:13:56",
          text: "Your package was released by the customs agency.",
          code: "003",
          location: "Wayne, NJ, 07470, US",
          lang: "en",
        },
      ],
    });
  });

  it("reveals the USPS number UPS hands the parcel to, and ignores placeholder values", () => {
    // deliveryDate and packageAddress types are the placeholder "string" / "ORIGIN/DESTINATION".
    expect(parsed.facts).toEqual({ lastMileNumber: "92419900000033499522966220", lastMileCarrier: "usps" });
    expect(parsed.final).toBe(false);
    const handoff = handoffFromFacts(parsed.facts, "1Z023E2X0214323462", "ups");
    expect(handoff).toMatchObject({ number: "92419900000033499522966220", carrier: "usps" });
  });
});

describe("parseUpsTracking: not found and errors", () => {
  it("reads a 200 whose shipment holds only the TW0001 warning as not found", () => {
    expect(parseUpsTracking(sample("karrio-track-not-found-warning.json"))).toEqual({
      kind: "not_found",
      code: "TW0001",
      message: "Tracking Information Not Found",
    });
  });

  it("reads response.errors", () => {
    expect(parseUpsTracking(sample("karrio-track-invalid-number-error.json"))).toEqual({
      kind: "error",
      code: "TV1002",
      message: "Invalid inquiry number",
    });
    expect(parseUpsTracking(sample("karrio-auth-error.json"))).toEqual({
      kind: "error",
      code: "250003",
      message: "Invalid Access License number",
    });
  });

  it.each([
    null,
    "text",
    [],
    {},
    { trackResponse: { shipment: [] } },
    { trackResponse: { shipment: [{ inquiryNumber: "1Z" }] } },
    { trackResponse: "nope" },
  ])("never crashes on %j", (body) => {
    expect(parseUpsTracking(body).kind).toBe("invalid");
  });
});

describe("parseUpsTracking: self-made two-package shipment", () => {
  const parsed = found(parseUpsTracking(fixture("two-packages-gmt.json")));
  const [first, second] = parsed.reports;

  it("builds absolute times from the offset, else from GMT, else keeps the local time", () => {
    expect(first?.events.map((event) => event.time)).toEqual([
      "2025-03-06T10:15:00-06:00",
      "2025-03-06T13:10:00Z",
      "2025-03-03T22:00:00",
      "2025-02-28T09:30:00+08:00",
    ]);
    expect(second?.events[0]?.time).toBe("2025-03-06T10:17:00-06:00");
  });

  it("keeps unknown codes, falls back to status.code and trims texts", () => {
    expect(first?.events[0]).toMatchObject({
      text: "DELIVERED",
      code: "011",
      location: "AUSTIN, TX, 78701, US",
    });
    expect(first?.events[2]).toMatchObject({ text: "A scan nobody documented", code: "999" });
    expect(first?.events[3]).toMatchObject({ code: "MP", location: "SHENZHEN, CN" });
  });

  it("reads countries, the scheduled window and that every package is delivered", () => {
    expect(parsed.facts).toEqual({
      originCountry: "CN",
      destinationCountry: "US",
      eta: { from: "2025-03-05T09:00:00", to: "2025-03-05T13:00:00" },
    });
    expect(parsed.final).toBe(true);
  });

  it("gives events whose codes classify through the ups table", () => {
    const status = (index: number) => {
      const event = first?.events[index];
      return classifyEvent({ text: event?.text, code: event?.code, carrier: first?.carrier }).status;
    };
    expect(status(0)).toBe("delivered");
    expect(status(1)).toBe("out_for_delivery");
    expect(status(3)).toBe("info_received");
  });
});
