import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCarrier } from "./detect.ts";

const carriersOf = (input: string) => detectCarrier(input).candidates.map((c) => c.carrier);
const top = (input: string) => detectCarrier(input).candidates[0];

describe("detectCarrier: AliExpress families", () => {
  it.each([
    ["LP00123456789012", "cainiao"],
    ["CNUSUP00012345678", "cainiao"],
    ["CNGBUP00012345678", "cainiao"],
    ["RS1234567890Y", "cainiao"],
    ["AE012345678", "cainiao"],
    ["4PX3060123456785CN", "4px"],
    ["YT2229521272164446", "yunexpress"],
    ["YT1234567890123", "yto"],
    ["VR123456785YP", "yanwen"],
    ["UA876543216YN", "yanwen"],
    ["LX123456785CN", "china-ems"],
    ["EA202401015CN", "china-ems"],
    ["RG123456785CN", "china-post"],
    ["CP234567895CN", "china-post"],
    ["SF1234567890123", "sf-express"],
    ["JT1234567890123", "jt-express"],
    ["73123456789012", "zto"],
    ["771234567890123", "sto"],
    ["461234567890123", "yunda"],
    ["JDX012345678901", "jd-logistics"],
    ["DPK123456789012", "deppon"],
    ["EX1234567890123456", "orange-connex"],
    ["TH0123456789012", "panasia"],
    ["612345678901", "flyt"],
  ])("%s is %s first", (number, carrier) => {
    expect(top(number)?.carrier).toBe(carrier);
  });

  it("ranks a checksum-verified S10 above a bare prefix match", () => {
    const candidates = detectCarrier("LX123456785CN").candidates;
    expect(candidates.map((c) => c.carrier)).toEqual(["china-ems", "china-post", "dhl-ecommerce"]);
    expect(candidates[0]?.checksum).toBe("valid");
    expect(candidates[2]?.checksum).toBe("none");
    expect(candidates[2]?.confidence).toBeLessThan(candidates[1]?.confidence ?? 0);
  });

  it("keeps a China EMS BZ number whose check digit fails, with a warning", () => {
    const [ems] = detectCarrier("BZ012761243CN").candidates;
    expect(ems?.carrier).toBe("china-ems");
    expect(ems?.checksum).toBe("invalid");
    expect(ems?.confidence).toBeLessThan(0.8);
    expect(ems?.warnings[0]).toMatch(/check digit is 3 where the rest of the number calls for 2/);
  });

  it("keeps any S10 number whose check digit fails as a low-confidence candidate", () => {
    const [post] = detectCarrier("RB123456786GB").candidates;
    expect(post).toMatchObject({ carrier: "royal-mail", checksum: "invalid", country: "GB" });
    expect(post?.confidence).toBeLessThan(0.5);
    expect(post?.warnings).toHaveLength(1);
  });
});

describe("detectCarrier: the collisions named in the reference", () => {
  it("La Poste LP…FR is La Poste, not Cainiao", () => {
    expect(carriersOf("LP176445020FR")).toEqual(["la-poste"]);
  });

  it("YTO (YT + 13 digits) and YunExpress (YT + 16) do not mix", () => {
    expect(carriersOf("YT1234567890123")).toEqual(["yto"]);
    expect(carriersOf("YT2229521272164446")).toEqual(["yunexpress"]);
  });

  it("DHL Paket 0034… beats the USPS 20-digit format it also fits", () => {
    const candidates = detectCarrier("00340123456789012340").candidates;
    expect(candidates.map((c) => c.carrier)).toEqual(["dhl-paket", "usps"]);
    expect(candidates[0]?.confidence).toBeGreaterThan(candidates[1]?.confidence ?? 1);
  });

  it("a Chinese 14-digit number lists the domestic courier before DHL eCommerce", () => {
    expect(carriersOf("75123456789012")).toEqual(["zto", "dhl-ecommerce"]);
    // DHL eCommerce's own 14-digit numbers stay DHL eCommerce.
    expect(carriersOf("60120172242323")).toEqual(["dhl-ecommerce"]);
  });

  it("a Yanwen number is not a post of an unknown country", () => {
    expect(carriersOf("VR123456785YP")).toEqual(["yanwen"]);
  });
});

describe("detectCarrier: what each candidate says", () => {
  it("names the post of an S10 suffix with its country, service and tracking page", () => {
    expect(top("RB123456785GB")).toEqual({
      carrier: "royal-mail",
      name: "Royal Mail",
      kind: "postal",
      country: "GB",
      service: "Letter Post Registered",
      confidence: 0.97,
      checksum: "valid",
      trackingUrl: "https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB",
      format: "s10",
      warnings: [],
    });
  });

  it("uses post-xx ids for posts without a name of their own", () => {
    expect(top("RR473124829UA")).toMatchObject({ carrier: "post-ua", name: "Ukrposhta", country: "UA" });
    expect(top("RR473124829CZ")).toMatchObject({ carrier: "post-cz", kind: "postal" });
  });

  it("gives every candidate a tracking page", () => {
    for (const number of ["LP00123456789012", "4PX3060123456785CN", "1Z5R89390357567127", "RR473124829NA"]) {
      for (const candidate of detectCarrier(number).candidates)
        expect(candidate.trackingUrl).toMatch(/^https?:\/\//);
    }
  });

  it("reports normalisation alongside the result", () => {
    const detection = detectCarrier(" ｌｐ００１２-3456 7890 12 ");
    expect(detection.normalized).toBe("LP00123456789012");
    expect(detection.changes).toEqual([
      "full-width-to-ascii",
      "trimmed",
      "removed-spaces",
      "removed-dashes",
      "upper-cased",
    ]);
    expect(detection.candidates[0]?.carrier).toBe("cainiao");
  });
});

describe("detectCarrier: one plain sentence when nothing matches", () => {
  it.each([
    ["", /empty/],
    ["  -- ", /no letters or digits/],
    ["LP12", /Too short.*4 characters/],
    ["LP0012#3456789012", /only letters and digits.*"#"/],
    ["RB123456785XX", /"XX" is not the country code/],
    ["RB1234567855GB", /9 digits between their letters, and this has 10/],
    ["8123456789012345", /order number/],
    ["12345678901234567890123456789012345678901", /Too long/],
    ["ABCDEFGHIJ", /No known carrier uses this format/],
  ])("%j", (input, sentence) => {
    const detection = detectCarrier(input);
    expect(detection.candidates).toEqual([]);
    expect(detection.problem).toMatch(sentence);
    expect(detection.problem?.split(/[.?!] /)).toHaveLength(1);
  });

  it("suggests the number with O read as 0 when that one is valid", () => {
    expect(detectCarrier("RB1234S6785GB").problem).toMatch(/did you mean RB123456785GB\?/);
  });

  it("has no problem when there is a candidate", () => {
    expect(detectCarrier("RB123456785GB").problem).toBeNull();
  });
});

describe("detectCarrier never throws", () => {
  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (input) => {
        const detection = detectCarrier(input);
        expect(detection.candidates.length > 0 || typeof detection.problem === "string").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("on strings made of tracking-number pieces", () => {
    const piece = fc.constantFrom(
      "LP",
      "CN",
      "1Z",
      "4PX",
      "YT",
      "00",
      "34",
      "GB",
      "YP",
      "JJD",
      "420",
      "9",
      "7",
      "-",
      " ",
      "X",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const detection = detectCarrier(pieces.join(""));
        for (const c of detection.candidates) {
          expect(c.confidence).toBeGreaterThan(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
