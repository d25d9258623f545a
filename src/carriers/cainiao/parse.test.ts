import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interpretEvent } from "../../domain/timeline/interpret-event.ts";
import {
  type CainiaoModuleResult,
  parseCainiaoEvent,
  parseCainiaoModule,
  readCainiaoEnvelope,
} from "./parse.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/cainiao/", import.meta.url);
const fixtures = new URL("./fixtures/", import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, samples), "utf8"));
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

/** The one module of an answer, parsed as the connector does for `en-US`. */
function only(body: unknown, number: string): CainiaoModuleResult {
  const envelope = readCainiaoEnvelope(body);
  if (!envelope.ok) throw new Error(envelope.message);
  return parseCainiaoModule(envelope.modules.get(number), "en-US");
}

function found(result: CainiaoModuleResult) {
  if (result.outcome !== "found") throw new Error(`expected found, got ${result.message}`);
  return result;
}

describe("published Cainiao answers", () => {
  it("reads all 19 events of AE010698498 (2023-01, China to Israel, in customs)", () => {
    const result = found(only(sample("detail-AE010698498-en-US-2023-01.json"), "AE010698498"));
    expect(result.events).toHaveLength(19);
    expect(result.events[0]).toEqual({
      time: 1674952260000,
      text: "Import customs clearance complete",
      code: "CC_IM_SUCCESS",
      location: null,
      lang: null,
    });
    expect(result.events.at(-1)).toMatchObject({
      time: 1674496773895,
      text: "Order received successfully",
      code: "GWMS_ACCEPT",
    });
    // The carrier's raw Chinese text is kept as written and marked as Chinese.
    expect(result.events.find((event) => event.code === "CUSTOMS_ARRIVED_IN_AREA_CALLBACK")).toMatchObject({
      text: "到达海关监管仓等待清关",
      lang: "zh",
    });
    expect(result.facts).toEqual({
      lastMileNumber: null,
      lastMileCarrier: null,
      originCountry: "Mainland China",
      destinationCountry: "Israel",
      eta: null,
    });
    expect(result.final).toBe(false);
    expect(result.skipped).toBe(0);
  });

  it("reads RS0814398526Y (2023-09) with its last-mile carrier, estimate and places", () => {
    const result = found(only(sample("detail-RS0814398526Y-2023-09.json"), "RS0814398526Y"));
    expect(result.events).toHaveLength(14);
    expect(result.events.filter((event) => event.time === 1695865613000).map((event) => event.code)).toEqual([
      "CC_IM_SUCCESS",
      "GTMS_ACCEPT",
      "CC_HO_OUT_SUCCESS",
    ]);
    expect(result.events.at(-1)).toMatchObject({ time: 1695369302000, text: "Accepted by carrier" });
    // "[Fenggang Town] Departed from sorting center" names the place; the raw desc stays the text.
    expect(result.events.find((event) => event.code === "SC_OUTBOUND_SUCCESS")).toMatchObject({
      text: "Outbound in sorting center",
      location: "Fenggang Town",
    });
    expect(result.facts).toEqual({
      lastMileNumber: null,
      lastMileCarrier: "Israelpost",
      originCountry: "Mainland China",
      destinationCountry: "Israel",
      eta: { from: "2023-10-12T23:59:56.000Z", to: "2023-10-16T23:59:56.000Z" },
    });
    expect(result.final).toBe(false);
  });

  it("keeps UZ0556033196Y (seller preparing, no scans) as found with no events but its facts", () => {
    const result = found(only(sample("detail-UZ0556033196Y-2023-09.json"), "UZ0556033196Y"));
    expect(result.events).toEqual([]);
    expect(result.facts).toMatchObject({
      originCountry: "Mainland China",
      destinationCountry: "Israel",
      eta: { from: "2023-12-02T23:59:57.000Z", to: "2023-12-02T23:59:57.000Z" },
    });
    expect(result.final).toBe(false);
  });

  it("classifies the parsed events through the cainiao code table", () => {
    const result = found(only(sample("detail-RS0814398526Y-2023-09.json"), "RS0814398526Y"));
    const report = { source: "cainiao", carrier: "cainiao", lang: null, timeZone: null, dateOrder: null };
    const statusOf = (code: string) => {
      const interpreted = interpretEvent(
        result.events.find((event) => event.code === code),
        report,
        { origin: "CN", destination: "IL" },
      );
      if (!interpreted.ok) throw new Error(interpreted.error);
      return interpreted.event.classification.status;
    };
    expect(statusOf("PU_PICKUP_SUCCESS")).toBe("accepted");
    expect(statusOf("LH_DEPART")).toBe("departed_origin");
    expect(statusOf("CC_IM_SUCCESS")).toBe("customs");
    expect(statusOf("GTMS_ACCEPT")).toBe("destination_processing");
  });
});

describe("self-made edge cases", () => {
  it("keeps interleaved events and equal timestamps (CC_IM_START before LH_DEPART)", () => {
    const result = found(only(fixture("interleaved-events.json"), "LP00911111111"));
    expect(result.events).toHaveLength(8);
    const timeOf = (code: string) => result.events.find((event) => event.code === code)?.time as number;
    expect(timeOf("CC_IM_START")).toBeLessThan(timeOf("LH_DEPART"));
    expect(timeOf("CC_EX_START")).toBe(timeOf("CC_EX_SUCCESS"));
    expect(timeOf("CC_IM_SUCCESS")).toBe(timeOf("CC_HO_OUT_SUCCESS"));
    expect(timeOf("LH_DEPART")).toBe(Date.UTC(2026, 2, 8, 15, 5, 0));
  });

  it("reads every timeZone spelling, and falls back to timeStr when time is unusable", () => {
    const result = found(only(fixture("time-zones.json"), "LP00922222222"));
    const byCode = new Map(result.events.map((event) => [event.code, event]));
    expect(result.events).toHaveLength(9);
    // `time` given: it wins whatever the zone says.
    expect(byCode.get("GTMS_ACCEPT")?.time).toBe(Date.UTC(2026, 3, 3, 6, 0, 0));
    expect(byCode.get("CC_IM_SUCCESS")?.time).toBe(Date.UTC(2026, 3, 2, 2, 0, 0));
    expect(byCode.get("LH_DEPART")?.time).toBe(Date.UTC(2026, 3, 1, 12, 0, 0));
    expect(byCode.get("LH_HO_IN_SUCCESS")?.time).toBe(Date.UTC(2026, 3, 1, 4, 0, 0));
    expect(byCode.get("CC_IM_START")?.time).toBe(Date.UTC(2026, 3, 1, 3, 0, 0));
    expect(byCode.get("GWMS_OUTBOUND")?.time).toBe(Date.UTC(2026, 2, 31, 8, 0, 0));
    // `time` missing / 0 / null: timeStr at the zone, or the local time as given when no zone.
    expect(byCode.get("GWMS_PACKAGE")?.time).toBe(Date.UTC(2026, 2, 31, 1, 30, 0));
    expect(byCode.get("GWMS_ACCEPT")?.time).toBe(Date.UTC(2026, 2, 30, 14, 0, 0));
    expect(byCode.get("WMS_CONFIRMED")).toEqual({
      time: "2026-03-30 20:00:00",
      text: "Carrier update",
      code: "WMS_CONFIRMED",
      location: null,
      lang: "en",
    });
  });

  it("reads events that have no group, with the bracketed place", () => {
    const result = found(only(fixture("no-group.json"), "LP00933333333"));
    expect(result.events.map((event) => [event.code, event.location])).toEqual([
      ["SC_OUTBOUND_SUCCESS", "Xiaoshan District"],
      ["SC_INBOUND_SUCCESS", "Xiaoshan District"],
      ["PU_PICKUP_SUCCESS", null],
    ]);
  });

  it("reads a 2026 delivered module: final, handoff facts, point estimate", () => {
    const result = found(only(fixture("delivered-2026-handoff.json"), "LP00944444444"));
    // latestTrace repeats the newest detailList item: not counted twice.
    expect(result.events).toHaveLength(7);
    expect(result.events[0]).toMatchObject({
      text: "Entregado",
      code: "GTMS_SIGNED",
      time: Date.UTC(2026, 1, 9, 12, 2),
    });
    expect(result.final).toBe(true);
    expect(result.facts).toEqual({
      lastMileNumber: "PQ4B6C0123456780108001Z",
      lastMileCarrier: "Correos",
      originCountry: "Mainland China",
      destinationCountry: "Spain",
      eta: { from: "2026-02-12T22:59:59.000Z", to: "2026-02-12T22:59:59.000Z" },
    });
    const delivered = interpretEvent(
      result.events[0],
      { source: "cainiao", carrier: "cainiao" },
      { origin: "CN", destination: "ES" },
    );
    expect(delivered.ok && delivered.event.classification.status).toBe("delivered");
  });

  it("matches a batch answer by mailNo, not by position, and misses the absent number", () => {
    const envelope = readCainiaoEnvelope(fixture("batch-reordered-missing.json"));
    if (!envelope.ok) throw new Error(envelope.message);
    expect([...envelope.modules.keys()]).toEqual(["LP00955555553", "LP00955555551"]);
    const first = found(parseCainiaoModule(envelope.modules.get("LP00955555551")));
    expect(first.events[0]).toMatchObject({ code: "PU_PICKUP_SUCCESS", text: "Accepted by carrier" });
    const third = found(parseCainiaoModule(envelope.modules.get("LP00955555553")));
    expect(third.events[0]).toMatchObject({ code: "LH_DEPART" });
    expect(parseCainiaoModule(envelope.modules.get("LP00955555552"))).toEqual({
      outcome: "not_found",
      message: "Cainiao has no record of this number",
    });
  });

  it("reads Cainiao's placeholder for an unknown number as not found", () => {
    expect(only(fixture("not-found-external.json"), "LP00966666666")).toEqual({
      outcome: "not_found",
      message: "Cainiao has no tracking data for this number yet",
    });
  });

  it.each([["block-fail-sys-user-validate.json"], ["block-rgv587-flag.json"], ["block-success-false.json"]])(
    "reads %s as blocked, never as no events",
    (name) => {
      expect(readCainiaoEnvelope(fixture(name))).toMatchObject({ ok: false, reason: "blocked" });
    },
  );
});

describe("envelope and item robustness", () => {
  it("refuses what is not a detail.json answer as bad_response", () => {
    expect(readCainiaoEnvelope([])).toMatchObject({ ok: false, reason: "bad_response" });
    expect(readCainiaoEnvelope("ok")).toMatchObject({ ok: false, reason: "bad_response" });
    expect(readCainiaoEnvelope({ success: true })).toMatchObject({
      ok: false,
      reason: "bad_response",
      message: "Cainiao's answer has no module list",
    });
    expect(readCainiaoEnvelope({ success: false, errorCode: "SYSTEM_ERROR" })).toEqual({
      ok: false,
      reason: "bad_response",
      message: "Cainiao answered success: false (SYSTEM_ERROR)",
    });
  });

  it("does not take a real answer for a wall because a text says 'punish'", () => {
    const body = {
      success: true,
      module: [
        {
          mailNo: "LP1",
          status: "TRANSITING",
          detailList: [{ time: 1700000000000, desc: "captcha punish" }],
        },
      ],
    };
    expect(readCainiaoEnvelope(body)).toMatchObject({ ok: true });
  });

  it("skips junk items and unknown fields without throwing, and keeps unknown codes", () => {
    const result = found(
      parseCainiaoModule({
        mailNo: "LP2",
        status: "SOMETHING_NEW",
        extra: { deeply: ["nested"] },
        detailList: [
          null,
          "x",
          42,
          { desc: "no time" },
          { time: 1700000000000, actionCode: "NEW_CODE_X", desc: " Hi " },
        ],
        globalEtaInfo: { deliveryMinTime: "soon" },
      }),
    );
    expect(result.events).toEqual([
      { time: 1700000000000, text: "Hi", code: "NEW_CODE_X", location: null, lang: null },
    ]);
    expect(result.skipped).toBe(4);
    expect(result.facts.eta).toBeNull();
  });

  it("uses group.nodeCode when actionCode is missing, standerdDesc when desc is empty", () => {
    const event = parseCainiaoEvent(
      {
        time: 1700000000000,
        desc: "",
        standerdDesc: "Out for delivery",
        group: { nodeCode: "AE_GROUP_DELIVERING" },
      },
      "pt-BR",
    );
    expect(event).toEqual({
      time: 1700000000000,
      text: "Out for delivery",
      code: "AE_GROUP_DELIVERING",
      location: null,
      lang: "pt",
    });
  });

  it("keeps the latest trace when detailList is missing", () => {
    const result = found(
      parseCainiaoModule({
        mailNo: "LP3",
        latestTrace: { time: 1700000000000, desc: "Departed", actionCode: "LH_DEPART" },
      }),
    );
    expect(result.events).toHaveLength(1);
  });

  it("is not found for a module without a mailNo, and found for a bare handoff", () => {
    expect(parseCainiaoModule({ detailList: [] }).outcome).toBe("not_found");
    const handoff = found(
      parseCainiaoModule({
        mailNo: "AP00000000000001",
        realMailNo: "Latest Tracking Number:\tCNG0000000000001",
        detailList: [],
      }),
    );
    expect(handoff.facts.lastMileNumber).toBe("CNG0000000000001");
  });

  it("swaps an estimate given backwards", () => {
    const result = found(
      parseCainiaoModule({
        mailNo: "LP4",
        status: "TRANSITING",
        globalEtaInfo: { deliveryMinTime: 1700086400000, deliveryMaxTime: 1700000000000 },
      }),
    );
    expect(result.facts.eta).toEqual({ from: "2023-11-14T22:13:20.000Z", to: "2023-11-15T22:13:20.000Z" });
  });

  it.each([["DELIVERED"], ["SIGN"], ["RETURN"], ["delivered"]])("marks status %s final", (status) => {
    expect(found(parseCainiaoModule({ mailNo: "LP5", status })).final).toBe(true);
  });
});
