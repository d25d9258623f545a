import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeTrackingNumber } from "./normalize.ts";

describe("normalizeTrackingNumber", () => {
  it("leaves a clean number alone and reports nothing", () => {
    expect(normalizeTrackingNumber("RB123456785GB")).toEqual({
      input: "RB123456785GB",
      normalized: "RB123456785GB",
      changes: [],
    });
  });

  it("trims, removes inner spaces and upper-cases, saying so", () => {
    const result = normalizeTrackingNumber("  rb 123 456 785 gb\n");
    expect(result.normalized).toBe("RB123456785GB");
    expect(result.changes).toEqual(["trimmed", "removed-spaces", "upper-cased"]);
  });

  it("reports only trimming when the spaces were at the ends", () => {
    expect(normalizeTrackingNumber("\tLP00123456789012 ").changes).toEqual(["trimmed"]);
  });

  it("removes dashes and dots of every kind", () => {
    expect(normalizeTrackingNumber("1Z-999-AA1.01\u20132345\u20146784").normalized).toBe(
      "1Z999AA10123456784",
    );
    const changes = normalizeTrackingNumber("1Z-999.AA1").changes;
    expect(changes).toContain("removed-dashes");
    expect(changes).toContain("removed-dots");
  });

  it("converts full-width characters, including the ideographic space", () => {
    const result = normalizeTrackingNumber("ＲＢ１２３４５６７８５ＧＢ\u3000");
    expect(result.normalized).toBe("RB123456785GB");
    expect(result.changes).toEqual(["full-width-to-ascii", "trimmed"]);
  });

  it("drops invisible characters that copy-paste carries along", () => {
    const result = normalizeTrackingNumber("\uFEFFLP0012\u200B3456\u200D789012\u00AD");
    expect(result.normalized).toBe("LP00123456789012");
    expect(result.changes).toEqual(["removed-invisible"]);
  });

  it("keeps characters it cannot explain, for detection to report", () => {
    expect(normalizeTrackingNumber("#LP001/2").normalized).toBe("#LP001/2");
  });

  it("is idempotent: normalising twice equals once", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (input) => {
        const once = normalizeTrackingNumber(input).normalized;
        const twice = normalizeTrackingNumber(once);
        expect(twice.normalized).toBe(once);
        expect(twice.changes).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on inputs built from the characters it changes", () => {
    const tricky = fc.constantFrom(
      ..."aZ09 -.\u00A0\u3000\u200B\uFEFF\u2013\uFF21\uFF41\uFF10\uFF0D\uFF0E\u00B7ßﬁ".split(""),
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 30 }), (chars) => {
        const once = normalizeTrackingNumber(chars.join("")).normalized;
        expect(normalizeTrackingNumber(once).normalized).toBe(once);
      }),
    );
  });
});
