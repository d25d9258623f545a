import { describe, expect, it } from "vitest";
import { parseLocation } from "./parse-location.ts";
import { zoneForCountry, zoneForLocation } from "./zone.ts";

describe("parseLocation", () => {
  it.each([
    ["SHENZHEN, CN", "CN", "Shenzhen"],
    ["Seattle, WA, 98101, US", "US", "Seattle"],
    ["LONDON-HEATHROW - UNITED KINGDOM", "GB", "London-Heathrow"],
    ["AMSTERDAM - NETHERLANDS, THE", "NL", "Amsterdam"],
    ["Mechelen (BE)", "BE", "Mechelen"],
    ["CH-8010 Zürich 1", "CH", "Zürich"],
    ["Madrid CTA", "ES", "Madrid"],
    ["Lyon PFC", "FR", "Lyon"],
    ["MOSCOW 102", "RU", "Moscow"],
    ["Москва 102", "RU", "Москва"],
    ["Hamburg, DEU", "DE", "Hamburg"],
    ["HAN (HANOI, VIETNAM)", "VN", "Hanoi"],
    ["KEW VIC", "AU", "Kew"],
    ["QUEBEC, QC", "CA", "Quebec"],
    ["1785 FROBISHER ST, UNIT C, SUDBURY, ON, CA", "CA", "Sudbury"],
    ["HERNANDO, 34442, FL", "US", "Hernando"],
    ["San Francisco, CA", "US", "San Francisco"],
    ["Lyon, FR", "FR", "Lyon"],
    ["Recife/PE", "BR", "Recife"],
    ["苏州市", "CN", "苏州"],
  ])("%s → %s, %s", (raw, country, city) => {
    const place = parseLocation(raw);
    expect(place.country).toBe(country);
    expect(place.city).toBe(city);
  });

  it.each([
    ["Deutschland", "DE"],
    ["Mainland China", "CN"],
    ["Россия", "RU"],
    ["Brasil", "BR"],
    ["Stany Zjednoczone", "US"],
    ["대한민국", "KR"],
    ["싱가포르 창이 공항(Singapore Changi Airport)", "SG"],
    ["US-60199, UNITED STATES", "US"],
  ])("reads a country named in any language: %s → %s", (raw, country) => {
    expect(parseLocation(raw).country).toBe(country);
  });

  it("keeps region and postcode", () => {
    expect(parseLocation("Seattle, WA, 98101, US")).toMatchObject({
      region: "WA",
      postalCode: "98101",
      countryFrom: "code",
    });
  });

  it.each([["Madrid, 28001, ES"], ["28001 Madrid, ES"], ["Madrid 28001, Spain"]])(
    "reads a European postcode with the city and country around it: %s",
    (raw) => {
      expect(parseLocation(raw)).toMatchObject({ country: "ES", city: "Madrid", postalCode: "28001" });
      expect(parseLocation(raw).region).toBeUndefined();
    },
  );

  it("reads a two-letter code after a postcode as a region only when the postcode is that region's country's", () => {
    // ES is also a Brazilian state, DE a US state: a Spanish or German postcode says the country.
    expect(parseLocation("Berlin, 10115, DE")).toMatchObject({ country: "DE", postalCode: "10115" });
    expect(parseLocation("Berlin, 10115, DE").region).toBeUndefined();
    // A US ZIP code or a Brazilian CEP next to the code: the state.
    expect(parseLocation("Dover, 19901, DE")).toMatchObject({ country: "US", region: "DE" });
    expect(parseLocation("Vitoria, ES, 29000-000")).toMatchObject({
      country: "BR",
      region: "ES",
      postalCode: "29000-000",
    });
  });

  it("says nothing it cannot tell", () => {
    expect(parseLocation("Transit Scan").country).toBeUndefined();
    expect(parseLocation("").country).toBeUndefined();
    expect(parseLocation(null)).toEqual({ raw: "" });
    expect(() => parseLocation("\u0000".repeat(100_000))).not.toThrow();
  });
});

describe("zones", () => {
  it("uses the region's zone, then the country's main zone", () => {
    expect(zoneForLocation(parseLocation("Seattle, WA, 98101, US"))?.zone).toBe("America/Los_Angeles");
    expect(zoneForLocation(parseLocation("KEW VIC"))?.zone).toBe("Australia/Melbourne");
    expect(zoneForLocation(parseLocation("SHENZHEN, CN"))).toEqual({
      zone: "Asia/Shanghai",
      from: "country",
    });
    expect(zoneForCountry("RU")).toBe("Europe/Moscow");
    expect(zoneForCountry("IL")).toBe("Asia/Jerusalem");
  });
});
