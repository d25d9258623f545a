import { describe, expect, it } from "vitest";
import {
  luhnCheckDigit,
  mod7CheckDigit,
  mod10CheckDigit,
  mod37_36CheckCharacter,
  s10CheckDigit,
  sumProductCheckDigit,
} from "./checksum.ts";

describe("UPU S10 check digit", () => {
  it("matches the standard's worked examples", () => {
    expect(s10CheckDigit("47312482")).toBe(9); // RR473124829GB
    expect(s10CheckDigit("12345678")).toBe(5); // RB123456785GB
  });

  it("maps 11 - (sum mod 11) of 10 to 0 and of 11 to 5", () => {
    // 1 * 8 = 8, 11 - 8 = 3; a sum of 0 gives 11, written 5.
    expect(s10CheckDigit("10000000")).toBe(3);
    expect(s10CheckDigit("00000000")).toBe(5);
    expect(s10CheckDigit("00300000")).toBe(0); // 3 * 4 = 12, 12 mod 11 = 1, 11 - 1 = 10 -> 0
  });
});

describe("weighted mod 10", () => {
  it("computes UPS 1Z check digits, letters mapped to digits", () => {
    // 1Z5R89390357567127: serial 5R8939035756712, check 7.
    expect(mod10CheckDigit("5R8939035756712", { evensMultiplier: 1, oddsMultiplier: 2 })).toBe(7);
  });

  it("walks the serial backwards when asked (USPS IMpb)", () => {
    expect(
      mod10CheckDigit("940011120620640626078", { evensMultiplier: 3, oddsMultiplier: 1, reverse: true }),
    ).toBe(7);
  });

  it("is GS1 mod 10 with weights 3,1 from the right when the serial length is even (4PX bodies)", () => {
    // EAN-13 4006381333931: body 400638133393, check 1.
    expect(mod10CheckDigit("400638133393", { evensMultiplier: 1, oddsMultiplier: 3 })).toBe(1);
  });
});

describe("the other carriers' algorithms", () => {
  it("mod 7 (DHL Express)", () => {
    expect(mod7CheckDigit("331881002")).toBe(5); // 3318810025
    expect(mod7CheckDigit("7389105114")).toBe(6); // 73891051146
  });

  it("Luhn", () => {
    expect(luhnCheckDigit("7992739871")).toBe(3); // the classic 79927398713
    expect(luhnCheckDigit("32059546393")).toBe(8); // Purolator 320595463938
  });

  it("sum of products, mod 11 then mod 10 (FedEx Express 12)", () => {
    expect(sumProductCheckDigit("98657878885", [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1], 11, 10)).toBe(5);
  });

  it("ISO 7064 MOD 37,36 (DPD), whose check may be a letter", () => {
    expect(mod37_36CheckCharacter("09980000020033")).toBe("F"); // 09 9800 0002 0033 F
    expect(mod37_36CheckCharacter("09980000020034")).toBe("D"); // 0998 0000 0200 34D
  });
});
