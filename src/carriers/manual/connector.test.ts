import { describe, expect, it } from "vitest";
import { testContext } from "../connector-test-kit.fixture.ts";
import { manualConnector } from "./connector.ts";

describe("manual connector", () => {
  it("is passive and never asked, whatever the number", async () => {
    expect(manualConnector).toMatchObject({
      id: "manual",
      role: "passive",
      batchSize: 1,
      requestsPerSecond: 0,
      credentials: null,
      push: false,
    });
    const requests = [
      { number: "RB123456785CN", carrier: "china-post", carrierPinned: false },
      { number: "1Z999AA10123456784", carrier: "ups", carrierPinned: true },
      { number: "LP00123456789012", carrier: null, carrierPinned: false },
    ];
    for (const request of requests) {
      expect(manualConnector.answers(request, { marketplace: "aliexpress" })).toBe(false);
      expect(manualConnector.answers(request, { marketplace: null })).toBe(false);
    }
    // Were it called anyway, it reads nothing and sends nothing.
    const context = testContext("manual", "http://127.0.0.1:9", undefined, "en", () => new Date(0));
    const { http } = context;
    expect(await manualConnector.track(requests, context)).toEqual([]);
    expect(http.exchanges).toEqual([]);
  });
});
