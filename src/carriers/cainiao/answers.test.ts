import { describe, expect, it } from "vitest";
import { CAINIAO_CARRIERS, cainiaoAnswers } from "./answers.ts";

const ask = (
  number: string,
  carrier: string | null,
  carrierPinned = false,
  marketplace: string | null = null,
) => cainiaoAnswers({ number, carrier, carrierPinned }, { marketplace });

describe("cainiaoAnswers", () => {
  it.each(CAINIAO_CARRIERS.map((carrier) => [carrier]))("answers for %s, detected or pinned", (carrier) => {
    expect(ask("XYZ123456789", carrier)).toBe(true);
    expect(ask("XYZ123456789", carrier, true)).toBe(true);
  });

  it("answers for a Chinese S10 number whatever its carrier guess", () => {
    expect(ask("RB123456785CN", null)).toBe(true);
    expect(ask("LP123456785CN", "post-hk")).toBe(true);
    expect(ask("rb123456785cn", null)).toBe(true);
  });

  it("does not take an S10 number from another country for China's", () => {
    expect(ask("RB123456785DE", null)).toBe(false);
    expect(ask("RB12345678CN", null)).toBe(false);
  });

  it("answers for AliExpress orders whose number has no carrier or a consolidator", () => {
    expect(ask("LP00123456789012", null, false, "aliexpress")).toBe(true);
    expect(ask("LP00123456789012", null, false, "AliExpress")).toBe(true);
    expect(ask("LG123456789", "landmark", false, "aliexpress")).toBe(true);
    expect(ask("LP00123456789012", null, false, "temu")).toBe(false);
    expect(ask("LP00123456789012", null, false, null)).toBe(false);
  });

  it("never answers for a pinned courier or post outside China", () => {
    expect(ask("1Z999AA10123456784", "ups", true, "aliexpress")).toBe(false);
    expect(ask("RB123456785CN", "ups", true, "aliexpress")).toBe(false);
    expect(ask("RR123456785GB", "royal-mail", true, "aliexpress")).toBe(false);
    expect(ask("RB123456785CN", "usps", true)).toBe(false);
  });

  it("does not answer for a detected non-Chinese courier on an AliExpress order", () => {
    expect(ask("1Z999AA10123456784", "ups", false, "aliexpress")).toBe(false);
    expect(ask("123456789012", "fedex", false, "aliexpress")).toBe(false);
  });
});
