import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline.ts";
import {
  carrierIdForName,
  factsFrom17track,
  factsFromCainiao,
  handoffFromFacts,
  handoffsFromText,
} from "./handoffs.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, samples), "utf8"));

describe("handoffs from source data", () => {
  it("reads the last-mile carrier from a real Cainiao response", () => {
    const module = read("cainiao/detail-RS0814398526Y-2023-09.json").module[0];
    const facts = factsFromCainiao(module);
    expect(facts).toMatchObject({
      lastMileCarrier: "Israelpost",
      originCountry: "Mainland China",
      destinationCountry: "Israel",
    });
    expect(carrierIdForName(facts.lastMileCarrier)).toBe("israel-post");
  });

  it("follows Cainiao's realMailNo to the new number", () => {
    const facts = factsFromCainiao({
      realMailNo: "Latest Tracking Number:\tNL123456785BR",
      destCpInfo: { cpName: "Correios" },
    });
    expect(handoffFromFacts(facts, "LP00123456789012", "cainiao")).toEqual({
      number: "NL123456785BR",
      carrier: "correios",
      carrierName: "Correios",
      from: "LP00123456789012",
      source: "cainiao",
      evidence: "source data",
    });
  });

  it("reads 17TRACK's local number, and finds none in the real test push", () => {
    const info = read("17track/webhook-tracking-updated-dashboard-test.json").data.track_info;
    expect(handoffFromFacts(factsFrom17track(info), "1Z2617V10397725789", "17track")).toBeNull();
    const withLocal = {
      ...info,
      misc_info: { ...info.misc_info, local_number: "RB123456785GB", local_provider: "Royal Mail" },
    };
    expect(handoffFromFacts(factsFrom17track(withLocal), "LP00123456789012", "17track")).toMatchObject({
      number: "RB123456785GB",
      carrier: "royal-mail",
    });
  });
});

describe("handoffs from event texts", () => {
  it.each([
    ["Handed over to the last mile carrier, new tracking number: RB123456785GB", "RB123456785GB"],
    ["Objeto encaminhado. Novo código de rastreamento: NL123456785BR", "NL123456785BR"],
    ["Nuevo número de seguimiento: RR123456785ES", "RR123456785ES"],
    ["Присвоен новый трек-номер RB123456785GB", "RB123456785GB"],
    ["已转单，新单号 YT2312345678901", "YT2312345678901"],
  ])("%s", (text, number) => {
    expect(handoffsFromText(text, "LP00123456789012", "cainiao").map((handoff) => handoff.number)).toContain(
      number,
    );
  });

  it("ignores numbers with no announcement, and the parcel's own number", () => {
    expect(handoffsFromText("Shipment picked up 960528602", "X", "dhl")).toEqual([]);
    expect(handoffsFromText("New tracking number: LP00123456789012", "LP00123456789012", "cainiao")).toEqual(
      [],
    );
  });

  it("are listed by the timeline, once each", () => {
    const timeline = buildTimeline({
      sources: [
        {
          source: "cainiao",
          number: "LP00123456789012",
          facts: { lastMileNumber: "RB123456785GB", lastMileCarrier: "Royal Mail" },
          events: [
            { time: "2025-03-01T10:00:00Z", text: "Handed to Royal Mail, new tracking number RB123456785GB" },
          ],
        },
      ],
    });
    expect(timeline.handoffs).toHaveLength(1);
    expect(timeline.handoffs[0]).toMatchObject({
      number: "RB123456785GB",
      carrier: "royal-mail",
      evidence: "source data",
    });
  });
});
