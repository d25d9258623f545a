import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTrackingNumbers } from "./find-in-text.ts";

const numbersIn = (text: string) => findTrackingNumbers(text).map((f) => f.normalized);

describe("findTrackingNumbers", () => {
  it("finds each number with its position in the text", () => {
    const text = "Your parcel LP00123456789012 has left. Royal Mail: RB123456785GB.";
    const found = findTrackingNumbers(text);
    expect(found.map((f) => [f.normalized, f.candidates[0]?.carrier])).toEqual([
      ["LP00123456789012", "cainiao"],
      ["RB123456785GB", "royal-mail"],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("joins numbers printed in groups", () => {
    const found = findTrackingNumbers(
      "USPS 9400 1112 0108 0805 4830 16 and UPS 1Z 5R8 939 0357 5671 27 today",
    );
    expect(found.map((f) => [f.text, f.candidates[0]?.carrier])).toEqual([
      ["9400 1112 0108 0805 4830 16", "usps"],
      ["1Z 5R8 939 0357 5671 27", "ups"],
    ]);
  });

  it("finds numbers in lower case, full width and next to punctuation", () => {
    expect(numbersIn("(tracking: lp00123456789012)")).toEqual(["LP00123456789012"]);
    expect(numbersIn("追踪号：ＲＢ１２３４５６７８５ＧＢ。")).toEqual(["RB123456785GB"]);
  });

  it("does not flag dates, times, phone numbers, prices or order numbers", () => {
    const text = [
      "Order 8123456789012345 placed on 2024-05-12 at 10:30, shipped 12/05/2024.",
      "Call +44 20 7946 0958 or (555) 123 4567, mobile 0612345678.",
      "Total: $1,234.56 (EUR 1234.56), invoice no. 3318810025.",
      "Order number: 986578788855. Phone: 3318810025. Postcode 75001.",
    ].join("\n");
    expect(findTrackingNumbers(text)).toEqual([]);
  });

  it("still finds an all-digit number with a valid check digit where tracking is mentioned", () => {
    expect(numbersIn("DHL Express waybill 3318810025 is on its way")).toEqual(["3318810025"]);
    expect(numbersIn("Tracking number: 986578788855")).toEqual(["986578788855"]);
  });

  it("ignores shape-only matches that chance would produce", () => {
    // Any 14 digits is a DHL eCommerce shape, but with no check digit that is not evidence.
    expect(findTrackingNumbers("reference 60120172242323")).toEqual([]);
  });

  it("never throws and always returns spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        for (const f of findTrackingNumbers(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.candidates.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
