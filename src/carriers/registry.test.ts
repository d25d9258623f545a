import { describe, expect, it } from "vitest";
import { getCarrier } from "../domain/tracking-number/index.ts";
import { FAILURE_REASONS } from "./connector.ts";
import { CONNECTORS } from "./registry.ts";
import { credentialFields, envName } from "./source-settings.ts";

describe("the connector registry", () => {
  it("lists the issue's eight sources once each, under stable ids", () => {
    expect(CONNECTORS.map((connector) => connector.id)).toEqual([
      "cainiao",
      "17track",
      "dhl",
      "usps",
      "ups",
      "fedex",
      "la-poste",
      "manual",
    ]);
  });

  it.each(CONNECTORS.map((connector) => [connector.id, connector] as const))(
    "%s declares everything the runner and `sources` need",
    (_id, connector) => {
      expect(connector.name.length).toBeGreaterThan(2);
      expect(["primary", "fallback", "passive"]).toContain(connector.role);
      expect(connector.batchSize).toBeGreaterThanOrEqual(1);
      expect(connector.requestsPerSecond).toBeGreaterThanOrEqual(0);
      expect(connector.languages.length).toBeGreaterThan(0);
      if (connector.role !== "passive") {
        expect(connector.baseUrl).toMatch(/^https:\/\/[a-z0-9.-]+$/);
        expect(connector.requestsPerSecond).toBeGreaterThan(0);
      }
      // Credentials are named fields, each with its own PARCELTRAIL_<ID>_<FIELD> variable.
      for (const field of credentialFields(connector))
        expect(envName(connector.id, field)).toMatch(/^PARCELTRAIL_[A-Z0-9_]+$/);
      // The carriers it answers for are ids the rest of ParcelTrail knows.
      for (const carrier of connector.carriers)
        if (carrier !== "*") expect(getCarrier(carrier), carrier).toBeTruthy();
    },
  );

  it("has one failure vocabulary, shared with stored fetch outcomes", () => {
    expect(FAILURE_REASONS).toEqual([
      "blocked",
      "rate_limited",
      "unauthorized",
      "unavailable",
      "bad_response",
    ]);
  });
});
