import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline.ts";
import type { SourceReport } from "./input.ts";

function source(partial: Partial<SourceReport> & { events: unknown[] }): SourceReport {
  return { source: "cainiao", number: "LP00123456789012", ...partial };
}

describe("merging portals", () => {
  it("merges the same scan from two portals, in two wordings and two zones, and lists both sources", () => {
    const timeline = buildTimeline({
      sources: [
        source({ events: [{ time: "2025-03-01 18:00:00 GMT+8", text: "Arrived at destination country" }] }),
        source({
          source: "17track",
          events: [{ time: "2025-03-01T10:20:00Z", text: "Arrival in destination country" }],
        }),
      ],
    });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]?.sources).toEqual(["cainiao", "17track"]);
    expect(timeline.events[0]?.reports.map((report) => report.text)).toEqual([
      "Arrived at destination country",
      "Arrival in destination country",
    ]);
  });

  it("merges the same scan read as local time in two zones", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          source: "manual",
          timeZone: "Europe/Madrid",
          events: [{ time: "2025-03-02 09:15", text: "Entregado" }],
        }),
        source({ source: "correos", events: [{ time: "2025-03-02 09:15", text: "Entregado" }] }),
      ],
    });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]?.sources).toEqual(["manual", "correos"]);
  });

  it("keeps different scans apart: another status, another place, or the same source", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            { time: "2025-03-01T10:00:00Z", text: "Departed facility", location: "Leipzig, DE" },
            { time: "2025-03-01T11:00:00Z", text: "Departed facility", location: "Brussels, BE" },
            { time: "2025-03-01T11:05:00Z", text: "Delivered" },
          ],
        }),
      ],
    });
    expect(timeline.events).toHaveLength(3);
  });

  it("makes the same event read twice from one source one event", () => {
    const event = {
      time: 1_740_823_200_000,
      text: "Received by local delivery company",
      code: "GTMS_ACCEPT",
    };
    const timeline = buildTimeline({ sources: [source({ events: [event] }), source({ events: [event] })] });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]?.reports).toHaveLength(2);
  });

  it("merges across an order's linked numbers", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          number: "LP00123456789012",
          events: [{ time: "2025-03-05T08:00:00Z", text: "Out for delivery", code: "GTMS_DO_DEPART" }],
        }),
        source({
          source: "correios",
          number: "NL123456785BR",
          events: [{ time: "2025-03-05T08:03:00Z", text: "Objeto saiu para entrega ao destinatário" }],
        }),
      ],
    });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]?.numbers).toEqual(["LP00123456789012", "NL123456785BR"]);
  });
});

describe("time order", () => {
  it("orders by the real instant, guessing zone-less times from the place", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            // 09:00 in Shanghai is 01:00 UTC: before 08:00 UTC in Madrid (07:00 UTC).
            { time: "2025-03-01 08:00", text: "Processed at facility", location: "Madrid CTA" },
            { time: "2025-03-01 09:00", text: "Departed facility", location: "SHENZHEN, CN" },
          ],
        }),
      ],
    });
    expect(timeline.events.map((event) => event.location)).toEqual(["SHENZHEN, CN", "Madrid CTA"]);
    expect(timeline.events[0]?.time).toMatchObject({
      zone: "Asia/Shanghai",
      zoneGuessed: true,
      local: "2025-03-01T09:00:00",
    });
  });

  it("reports unreadable times per event and keeps the others", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            { time: "2025-02-30 10:00", text: "Delivered" },
            "garbage",
            { time: "2025-03-01T10:00:00Z", text: "Delivered" },
          ],
        }),
      ],
    });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.problems.map((problem) => problem.index)).toEqual([0, 1]);
    expect(timeline.problems[0]?.error).toMatch(/not a real date/);
  });

  it("shows events from the future but does not count them", () => {
    const timeline = buildTimeline({
      now: "2025-03-02T00:00:00Z",
      sources: [
        source({
          events: [
            { time: "2025-03-01T10:00:00Z", text: "In transit" },
            { time: "2031-01-01T10:00:00Z", text: "Delivered" },
          ],
        }),
      ],
    });
    expect(timeline.events[1]?.future).toBe(true);
    expect(timeline.overall?.status).toBe("in_transit");
  });
});

describe("overall status", () => {
  it("is the most advanced stage, not the newest event (Cainiao pre-clears import customs)", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            { time: "2025-03-01T10:00:00Z", text: "Import customs clearance started", code: "CC_IM_START" },
            {
              time: "2025-03-01T12:00:00Z",
              text: "Departed from departure country/region",
              code: "LH_DEPART",
            },
          ],
        }),
      ],
    });
    expect(timeline.overall).toMatchObject({ status: "customs", stage: "destination" });
  });

  it("shows a problem after the furthest event as what it is, keeping the stage", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            { time: "2025-03-01T10:00:00Z", text: "Out for delivery", code: "GTMS_DO_DEPART" },
            { time: "2025-03-02T10:00:00Z", text: "Parcel damaged" },
          ],
        }),
      ],
    });
    expect(timeline.overall).toMatchObject({ status: "exception", stage: "final_mile" });
    expect(timeline.events[1]?.stage).toBe("final_mile");
  });

  it("shows a return after delivery-stage events as a return", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          events: [
            { time: "2025-03-01T10:00:00Z", text: "Available for pickup at the post office" },
            { time: "2025-03-12T10:00:00Z", text: "Returned to sender" },
          ],
        }),
      ],
    });
    expect(timeline.overall?.status).toBe("returned");
  });
});

describe("freshness", () => {
  it("names the source with the newest event per number, then the newest read", () => {
    const timeline = buildTimeline({
      sources: [
        source({
          fetchedAt: "2025-03-03T00:00:00Z",
          events: [{ time: "2025-03-01T10:00:00Z", text: "In transit" }],
        }),
        source({
          source: "17track",
          fetchedAt: "2025-03-02T00:00:00Z",
          events: [{ time: "2025-03-02T10:00:00Z", text: "Arrived at destination country" }],
        }),
        source({ source: "usps", number: "9400111899223344556677", events: [] }),
      ],
    });
    const first = timeline.numbers.find((number) => number.number === "LP00123456789012");
    expect(first?.freshest).toBe("17track");
    expect(first?.sources).toContainEqual({
      source: "cainiao",
      events: 1,
      latestEventAt: "2025-03-01T10:00:00Z",
      fetchedAt: "2025-03-03T00:00:00.000Z",
    });
    expect(
      timeline.numbers.find((number) => number.number === "9400111899223344556677")?.freshest,
    ).toBeNull();
  });
});
