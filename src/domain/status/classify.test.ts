import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Classifier } from "./classify.ts";
import { CodeTables } from "./code-tables.ts";
import { classifyEvent } from "./default-classifier.ts";
import { STATUSES } from "./statuses.ts";
import { TextRules } from "./text-rules.ts";

// A small classifier with hand-made data, to test the layers apart from the shipped data.
const classifier = new Classifier(
  new CodeTables([
    {
      id: "test-carrier",
      name: "test",
      carriers: ["ups"],
      source: "test",
      codes: {
        DL: { status: "delivered", meaning: "Delivered" },
        I: { status: "in_transit", meaning: "In transit or out for delivery", strength: 0.4 },
      },
    },
  ]),
  new TextRules([
    {
      lang: "en",
      name: "English",
      source: "test",
      rules: [
        { status: "delivered", any: ["delivered"] },
        { status: "delivery_failed", any: ["not delivered", "could not be delivered"] },
        { status: "out_for_delivery", any: ["out for delivery"] },
        { status: "in_transit", any: ["processed at facility", "arrived at facility"], generic: true },
        { status: "customs", any: ["customs clearance"] },
        { status: "customs", sub: "customs_held", all: ["held", "customs"] },
        { status: "exception", sub: "held", any: ["held"] },
        { status: "exception", sub: "address_problem", all: ["held", "address"] },
        { status: "info_received", any: ["label created"] },
        { status: "accepted", any: ["accepted", "picked up"] },
      ],
      examples: [{ text: "delivered", status: "delivered" }],
    },
  ]),
);

describe("classifier layers", () => {
  it("decides by the carrier's code when the text says nothing", () => {
    const result = classifier.classify({ text: "Status update", code: "DL", carrier: "UPS" });
    expect(result.status).toBe("delivered");
    expect(result.stage).toBe("done");
    expect(result.signals[0]).toMatchObject({ kind: "code", table: "test-carrier", code: "DL" });
  });

  it("is surer when code and text agree", () => {
    const both = classifier.classify({ text: "Delivered", code: "DL", carrier: "ups" });
    const codeOnly = classifier.classify({ code: "DL", carrier: "ups" });
    expect(both.confidence).toBeGreaterThan(codeOnly.confidence);
  });

  it("lets a specific text beat a weak code", () => {
    const result = classifier.classify({ text: "Out for delivery", code: "I", carrier: "ups" });
    expect(result.status).toBe("out_for_delivery");
  });

  it("prefers the more specific phrase", () => {
    expect(classifier.classify({ text: "Parcel could not be delivered" }).status).toBe("delivery_failed");
    expect(classifier.classify({ text: "Parcel delivered" }).status).toBe("delivered");
  });

  it("tells held at customs from held for a missing address", () => {
    expect(classifier.classify({ text: "Held by customs" }).status).toBe("customs");
    const address = classifier.classify({ text: "Held: address incomplete" });
    expect(address.status).toBe("exception");
    expect(address.subStatus).toBe("address_problem");
  });

  it("keeps a label created apart from a parcel accepted", () => {
    expect(classifier.classify({ text: "Shipping label created" }).status).toBe("info_received");
    expect(classifier.classify({ text: "Shipping label created" }).stage).toBe("pre_transit");
    expect(classifier.classify({ text: "Accepted at the post office" }).stage).toBe("origin");
  });

  it("places a generic facility scan with the parcel's origin and destination", () => {
    const base = { text: "Processed at facility", originCountry: "CN", destinationCountry: "BR" };
    expect(classifier.classify({ ...base, location: "SHENZHEN, CN" }).status).toBe("origin_processing");
    expect(classifier.classify({ ...base, location: "Curitiba / PR" }).status).toBe("destination_processing");
    expect(classifier.classify({ ...base, location: "Leipzig, Germany" }).status).toBe("in_transit");
    expect(classifier.classify({ text: "Processed at facility", location: "SHENZHEN, CN" }).status).toBe(
      "in_transit",
    );
    const placed = classifier.classify({ ...base, location: "SHENZHEN, CN" });
    expect(placed.signals.some((signal) => signal.kind === "context")).toBe(true);
  });

  it("reads customs clearance in the origin country as export customs", () => {
    const result = classifier.classify({
      text: "Customs clearance",
      location: "Guangzhou, China",
      originCountry: "CN",
      destinationCountry: "FR",
    });
    expect(result.status).toBe("origin_processing");
    expect(result.subStatus).toBe("export_customs");
  });

  it("gives a low-confidence guess with the reason when nothing matches", () => {
    const result = classifier.classify({ text: "Xyzzy plugh" });
    expect(result.confidence).toBeLessThan(0.2);
    expect(result.signals).toEqual([{ kind: "fallback", reason: "no code or phrase rule matched" }]);
    expect(classifier.classify({ code: "ZZ9", carrier: "ups" }).signals[0]).toMatchObject({
      kind: "fallback",
    });
  });
});

describe("bad input", () => {
  it("never throws, whatever the fields hold", () => {
    fc.assert(
      fc.property(
        fc.record({
          text: fc.oneof(
            fc.string(),
            fc.string({ unit: "binary" }),
            fc.constant(null),
            fc.constant(undefined),
          ),
          code: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          carrier: fc.oneof(fc.string(), fc.constant(null)),
          lang: fc.oneof(fc.string(), fc.constant(null)),
          location: fc.oneof(fc.string(), fc.constant(null)),
          originCountry: fc.oneof(fc.string(), fc.constant(null)),
          destinationCountry: fc.oneof(fc.string(), fc.constant(null)),
        }),
        (input) => {
          const result = classifyEvent(input);
          expect(STATUSES).toContain(result.status);
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers an empty event with a fallback that says so", () => {
    const result = classifyEvent({ text: "" });
    expect(result.confidence).toBeLessThan(0.2);
    expect(result.signals).toContainEqual({ kind: "fallback", reason: "the event has no text and no code" });
  });

  it("reads only the start of a megabyte of text, and says so", () => {
    const result = classifyEvent({ text: `Delivered ${"x".repeat(1_000_000)}` });
    expect(result.status).toBe("delivered");
    expect(result.signals[0]).toMatchObject({ kind: "note" });
  });

  it("survives binary garbage and unknown codes", () => {
    const garbage = String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 65536));
    expect(() => classifyEvent({ text: garbage, code: "\u0000\uffff" })).not.toThrow();
    expect(classifyEvent({ text: "", code: "NO_SUCH_CODE_123" }).signals).toContainEqual({
      kind: "fallback",
      reason: 'code "NO_SUCH_CODE_123" is in no code table and there is no text',
    });
  });
});
