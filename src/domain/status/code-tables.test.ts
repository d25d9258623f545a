import { describe, expect, it } from "vitest";
import { CodeTables, normalizeCarrierName, normalizeCode } from "./code-tables.ts";

const tables = new CodeTables([
  {
    id: "ups",
    name: "UPS",
    carriers: ["ups"],
    source: "test",
    codes: {
      "011": { status: "delivered", meaning: "Delivered" },
      MP: { status: "info_received", meaning: "Billing info" },
    },
  },
  {
    id: "fedex",
    name: "FedEx",
    carriers: ["fedex"],
    aliases: ["Federal Express"],
    source: "test",
    codes: { DL: { status: "delivered", meaning: "Delivered" } },
  },
  {
    id: "global",
    name: "global",
    carriers: ["*"],
    source: "test",
    codes: { GTMS_SIGNED: { status: "delivered", meaning: "Signed" } },
    prefixes: {
      CC_IM_: { status: "customs", meaning: "Import customs" },
      CC_: { status: "origin_processing", meaning: "Customs" },
    },
  },
]);

describe("normalizeCode", () => {
  it("drops leading zeros of every number and collapses spaces", () => {
    expect(normalizeCode("011")).toBe("11");
    expect(normalizeCode("BDE 01")).toBe("BDE 1");
    expect(normalizeCode(" bde-01 ")).toBe("BDE 1");
    expect(normalizeCode("BDE01")).toBe("BDE 1");
    expect(normalizeCode("0")).toBe("0");
    expect(normalizeCode("ITM_IMP_210_21")).toBe("ITM_IMP_210_21");
  });
});

describe("normalizeCarrierName", () => {
  it("keeps the name and drops remarks in brackets", () => {
    expect(normalizeCarrierName("Correios (Brazil)")).toBe("correios");
    expect(normalizeCarrierName("USPS (via Stamps.com)")).toBe("usps");
    expect(normalizeCarrierName("Österreichische Post")).toBe("osterreichische post");
  });
});

describe("CodeTables", () => {
  it("looks a code up in the tables of the carrier, by id, name or alias", () => {
    expect(tables.lookup("011", "ups")?.entry.status).toBe("delivered");
    expect(tables.lookup("11", "UPS")?.entry.status).toBe("delivered");
    expect(tables.lookup("DL", "Federal Express")?.entry.status).toBe("delivered");
    expect(tables.lookup("DL", "FedEx Ground")?.table).toBe("fedex");
  });

  it("does not use another carrier's table", () => {
    expect(tables.lookup("DL", "ups")).toBeNull();
    expect(tables.lookup("MP", undefined)).toBeNull();
  });

  it("uses global tables for any carrier, exact codes first, then the longest prefix", () => {
    expect(tables.lookup("GTMS_SIGNED", "correos")?.entry.status).toBe("delivered");
    const prefixed = tables.lookup("CC_IM_NEW_THING");
    expect(prefixed?.entry.status).toBe("customs");
    expect(prefixed?.byPrefix).toBe(true);
    expect(tables.lookup("CC_EX_START")?.entry.status).toBe("origin_processing");
  });

  it("refuses a table naming an unknown carrier", () => {
    expect(
      () => new CodeTables([{ id: "x", name: "x", carriers: ["no-such-carrier"], source: "t", codes: {} }]),
    ).toThrow(/not a known carrier id/);
  });
});
