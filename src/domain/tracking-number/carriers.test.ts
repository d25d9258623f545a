import { describe, expect, it } from "vitest";
import { ALL_CARRIERS, getCarrier, postalOperatorFor } from "./carriers.ts";
import { loadFormats } from "./formats.ts";

// The stable ids promised to the API, storage and configuration.
const STABLE_IDS = [
  "cainiao",
  "4px",
  "yunexpress",
  "yanwen",
  "china-post",
  "china-ems",
  "sf-express",
  "jt-express",
  "yto",
  "zto",
  "sto",
  "yunda",
  "jd-logistics",
  "deppon",
  "flyt",
  "winit",
  "chukou1",
  "orange-connex",
  "panasia",
  "usps",
  "ups",
  "fedex",
  "dhl-express",
  "dhl-ecommerce",
  "dhl-paket",
  "royal-mail",
  "la-poste",
  "postnl",
  "correos",
  "ctt",
  "correios",
  "poste-italiane",
  "deutsche-post",
  "canada-post",
  "australia-post",
  "japan-post",
  "korea-post",
  "russian-post",
  "poczta-polska",
  "israel-post",
  "singapore-post",
  "amazon",
  "ontrac",
  "dpd",
  "gls",
  "yodel",
  "purolator",
  "lasership",
  "landmark",
];

describe("carriers", () => {
  it.each(STABLE_IDS)("%s exists", (id) => {
    expect(getCarrier(id)?.id).toBe(id);
  });

  it("names the posts of at least 80 countries", () => {
    const posts = ALL_CARRIERS.filter((c) => c.kind === "postal" && c.country !== null);
    expect(new Set(posts.map((c) => c.country)).size).toBeGreaterThanOrEqual(80);
    for (const post of posts) expect(post.name.length).toBeGreaterThan(1);
  });

  it("gives other posts the id post-xx", () => {
    expect(postalOperatorFor("UA")?.id).toBe("post-ua");
    expect(postalOperatorFor("GB")?.id).toBe("royal-mail");
    expect(postalOperatorFor("XX")).toBeUndefined();
  });

  it("uses lower-case ids made of letters, digits and dashes", () => {
    for (const carrier of ALL_CARRIERS) expect(carrier.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ALL_CARRIERS.map((c) => c.id)).size).toBe(ALL_CARRIERS.length);
  });

  it("has a web page for every carrier, taking the number where the carrier allows it", () => {
    for (const carrier of ALL_CARRIERS) expect(carrier.trackingUrl, carrier.id).toMatch(/^https?:\/\//);
    const takesNumber = ALL_CARRIERS.filter((c) => c.trackingUrl?.includes("%s"));
    expect(takesNumber.map((c) => c.id)).toEqual(
      expect.arrayContaining(["cainiao", "4px", "usps", "royal-mail"]),
    );
  });

  it("knows the carrier of every format", () => {
    for (const format of loadFormats()) {
      const id = format.extension.carrier;
      if (id !== undefined) expect(getCarrier(id), format.key).toBeDefined();
      else expect(format.key).toBe("s10"); // the only format whose carrier comes from the number
    }
  });
});
