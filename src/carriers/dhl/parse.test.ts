import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import { DHL_REPORT_CARRIER, type DhlParsed, parseDhlShipments, readDhlProblem } from "./parse.ts";

const published = (name: string): unknown =>
  JSON.parse(
    readFileSync(
      new URL(`../../../test/fixtures/carrier-samples/dhl-unified/${name}`, import.meta.url),
      "utf8",
    ),
  );
const selfMade = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

function found(parsed: DhlParsed) {
  if (parsed.kind !== "found") throw new Error(`expected found, got ${parsed.kind}`);
  return parsed;
}

describe("parseDhlShipments on DHL's published example (Karrio fixture)", () => {
  const parsed = found(parseDhlShipments(published("karrio-track-shipments-response.json"), "en"));

  it("gives one report per shipment, read with the DHL code tables", () => {
    expect(parsed.reports).toHaveLength(1);
    expect(parsed.reports[0]?.carrier).toBe(DHL_REPORT_CARRIER);
    expect(parsed.reports[0]?.lang).toBe("en");
  });

  it("reads the event: local time as written, description first, statusCode, place", () => {
    expect(parsed.reports[0]?.events).toEqual([
      {
        time: "2018-03-02T07:53:47",
        text: "JESSICA",
        code: "pre-transit",
        location: "Oderweg 2, AMSTERDAM, NL",
        lang: "en",
      },
    ]);
  });

  it("takes countries and the delivery window as facts; pre-transit is not final", () => {
    expect(parsed.facts).toEqual({
      originCountry: "NL",
      destinationCountry: "NL",
      eta: { from: "2018-08-03T00:00:00Z", to: "2018-08-03T22:00:00Z" },
    });
    expect(parsed.final).toBe(false);
  });

  it("classifies the Unified statusCode through the DHL table", () => {
    const event = parsed.reports[0]?.events[0];
    const classification = classifyEvent({
      text: event?.text,
      code: event?.code,
      carrier: DHL_REPORT_CARRIER,
    });
    expect(classification.status).toBe("info_received");
  });
});

describe("readDhlProblem", () => {
  it("reads the published 404 body", () => {
    expect(readDhlProblem(published("karrio-track-shipments-404.json"))).toEqual({
      title: "No result found",
      status: 404,
      detail: "No shipment with given tracking number found.",
    });
  });

  it("is null for bodies that are not problem JSON", () => {
    expect(readDhlProblem({ shipments: [] })).toBeNull();
    expect(readDhlProblem("No result")).toBeNull();
    expect(readDhlProblem(null)).toBeNull();
  });
});

describe("parseDhlShipments on self-made edge cases", () => {
  it("keeps Express events that have only a description, and drops the ones without a time", () => {
    const parsed = found(parseDhlShipments(selfMade("express-description-only.json")));
    const events = parsed.reports[0]?.events ?? [];
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      time: "2024-05-14T11:02:00+02:00",
      text: "Delivered - Signed for by: J. DOE",
      code: null,
      location: "PARIS - FRANCE",
      lang: null,
    });
    expect(events[2]?.time).toBe("2024-05-13T04:40:00");
    expect(events[3]).toMatchObject({
      text: "Shipment picked up",
      location: "SHENZHEN - CHINA MAINLAND, CN",
    });
    expect(parsed.facts).toEqual({
      originCountry: "CN",
      destinationCountry: "FR",
      eta: { from: "2024-05-14T23:59:00+02:00", to: "2024-05-14T23:59:00+02:00" },
    });
    expect(parsed.final).toBe(true);
  });

  it("classifies Express texts without codes", () => {
    const parsed = found(parseDhlShipments(selfMade("express-description-only.json")));
    const statuses = (parsed.reports[0]?.events ?? []).map(
      (event) => classifyEvent({ text: event.text, code: event.code, carrier: DHL_REPORT_CARRIER }).status,
    );
    expect(statuses).toEqual(["delivered", "out_for_delivery", "in_transit", "accepted"]);
  });

  it("gives one report per division for a number two shipments match", () => {
    const parsed = found(parseDhlShipments(selfMade("two-shipments.json"), "de"));
    expect(parsed.reports.map((report) => report.events.length)).toEqual([2, 2]);
    expect(parsed.reports.every((report) => report.carrier === "dhl")).toBe(true);
    const [paket, ecommerce] = parsed.reports;
    expect(paket?.events[0]).toEqual({
      time: "2024-03-05T09:12:00",
      text: "The shipment has been loaded onto the delivery vehicle",
      code: "transit",
      location: "Bonn, DE",
      lang: "de",
    });
    expect(ecommerce?.events.map((event) => event.text)).toEqual(["DELIVERED", "Processed"]);
    expect(ecommerce?.events[1]?.location).toBe("CN");
    // The facts come from the first shipment that has each; the live one is not final.
    expect(parsed.facts).toEqual({
      originCountry: "DE",
      destinationCountry: "DE",
      eta: { from: "2024-03-05T10:00:00+01:00", to: "2024-03-05T14:00:00+01:00" },
    });
    expect(parsed.final).toBe(false);
  });

  it("classifies the Unified delivered code", () => {
    const parsed = found(parseDhlShipments(selfMade("two-shipments.json")));
    const delivered = parsed.reports[1]?.events[0];
    expect(classifyEvent({ text: delivered?.text, code: delivered?.code, carrier: "dhl" }).status).toBe(
      "delivered",
    );
  });

  it("uses the shipment status as the one event when a division lists none", () => {
    const parsed = found(
      parseDhlShipments({
        shipments: [{ status: { timestamp: "2024-01-02T03:04:05Z", status: "Label created" } }],
      }),
    );
    expect(parsed.reports[0]?.events).toEqual([
      { time: "2024-01-02T03:04:05Z", text: "Label created", code: null, location: null, lang: null },
    ]);
    expect(parsed.facts).toEqual({ originCountry: null, destinationCountry: null, eta: null });
  });

  it("reads an empty list as not found and a body without the list as invalid", () => {
    expect(parseDhlShipments({ shipments: [] }).kind).toBe("not_found");
    expect(parseDhlShipments({ hello: "world" }).kind).toBe("invalid");
    expect(parseDhlShipments([]).kind).toBe("invalid");
    expect(parseDhlShipments({ shipments: ["x", 3] }).kind).toBe("invalid");
  });

  it("never crashes on wrong leaf types", () => {
    const parsed = found(
      parseDhlShipments({
        shipments: [
          {
            origin: 5,
            destination: { address: "Paris" },
            status: "delivered",
            estimatedDeliveryTimeFrame: [],
            events: [
              { timestamp: 1, description: "x" },
              { timestamp: "2024-01-01T00:00:00Z", description: 7 },
            ],
          },
        ],
      }),
    );
    expect(parsed.reports[0]?.events).toEqual([
      { time: "2024-01-01T00:00:00Z", text: "", code: null, location: null, lang: null },
    ]);
    expect(parsed.final).toBe(false);
  });
});
