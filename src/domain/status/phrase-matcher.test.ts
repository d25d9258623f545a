import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "./normalize-text.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

function matches(phrases: string[], text: string): string[] {
  const matcher = new PhraseMatcher();
  const ids = phrases.map((phrase) => matcher.add(phrase));
  const found = matcher.match(normalizeForMatch(text));
  return phrases.filter((_, index) => found.has(ids[index] as number));
}

describe("PhraseMatcher", () => {
  it("matches whole words only, unless a * says otherwise", () => {
    expect(matches(["ship"], "Shipment information received")).toEqual([]);
    expect(matches(["ship*"], "Shipment information received")).toEqual(["ship*"]);
    expect(matches(["*zustell*"], "Paketzustellung heute")).toEqual(["*zustell*"]);
    expect(matches(["*ment"], "Shipment")).toEqual(["*ment"]);
    expect(matches(["ment"], "Shipment")).toEqual([]);
  });

  it("matches multi-word phrases across punctuation and case", () => {
    expect(matches(["out for delivery"], "OUT-FOR-DELIVERY.")).toEqual(["out for delivery"]);
    expect(matches(["livré"], "Votre colis est LIVRE")).toEqual(["livré"]);
  });

  it("finds every phrase present, including overlapping ones", () => {
    expect(
      matches(["delivered", "not delivered", "could not"], "Could not be delivered; not delivered"),
    ).toEqual(["delivered", "not delivered", "could not"]);
  });

  it("treats Han and Hangul characters as boundaries everywhere", () => {
    expect(matches(["已签收"], "【深圳】您的快件已签收，感谢使用")).toEqual(["已签收"]);
    expect(matches(["배송완료"], "고객님 배송 완료 되었습니다")).toEqual(["배송완료"]);
  });

  it("shares ids between equal phrases and rejects empty ones", () => {
    const matcher = new PhraseMatcher();
    expect(matcher.add("delivered")).toBe(matcher.add(" delivered "));
    expect(() => matcher.add("!!")).toThrow(/empty/);
  });
});
