/**
 * Every test number of every format, vendored or ours: a valid one must come out with the
 * format's carrier on top (and a valid check digit where the format has one); an invalid one
 * must never be accepted as that format with a valid check digit.
 */
import { describe, expect, it } from "vitest";
import { postalOperatorFor } from "./carriers.ts";
import { candidatesFor, compiledFormats, detectCarrier } from "./detect.ts";
import { loadFormats } from "./formats.ts";
import { normalizeTrackingNumber } from "./normalize.ts";

const formats = loadFormats();
const compiled = new Map(compiledFormats().map((f) => [f.key, f]));

function expectedCarrier(key: string, normalized: string): string | undefined {
  const format = formats.find((f) => f.key === key);
  if (format?.extension.carrier) return format.extension.carrier;
  return postalOperatorFor(normalized.slice(-2))?.id; // S10: the post of the suffix's country
}

describe.each(formats.map((f) => [f.key, f] as const))("format %s", (key, format) => {
  const hasChecksum = format.definition.validation.checksum !== undefined;

  it.each(format.definition.test_numbers.valid)("accepts %j with its carrier on top", (vector) => {
    const detection = detectCarrier(vector);
    const top = detection.candidates[0];
    expect(top?.carrier).toBe(expectedCarrier(key, detection.normalized));
    expect(top?.checksum).toBe(hasChecksum ? "valid" : "none");
  });

  it.each(format.definition.test_numbers.invalid)("never validates %j as this format", (vector) => {
    const { normalized } = normalizeTrackingNumber(vector);
    const match = compiled.get(key)?.match(normalized);
    const acceptedByFormat =
      match != null && match.missingLookups.length === 0 && match.checksum !== "invalid";
    expect(acceptedByFormat).toBe(false);
    const validAsThis = candidatesFor(normalized).candidates.filter(
      (c) => c.format === key && c.checksum === "valid",
    );
    expect(validAsThis).toEqual([]);
  });
});

describe("the vendored dataset", () => {
  it("is all there: 39 formats, 192 valid and 88 invalid vectors", () => {
    const vendored = formats.filter((f) => f.origin === "tracking_number_data");
    expect(vendored).toHaveLength(39);
    const count = (kind: "valid" | "invalid") =>
      vendored.reduce((sum, f) => sum + f.definition.test_numbers[kind].length, 0);
    expect(count("valid")).toBe(192);
    expect(count("invalid")).toBe(88);
  });
});
