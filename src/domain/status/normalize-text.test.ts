import { describe, expect, it } from "vitest";
import { MAX_MATCH_LENGTH, normalizeForMatch } from "./normalize-text.ts";

describe("normalizeForMatch", () => {
  it("lower-cases and turns punctuation into single spaces", () => {
    expect(normalizeForMatch("Delivered, In/At Mailbox!")).toBe("delivered in at mailbox");
    expect(normalizeForMatch("  OUT-FOR-DELIVERY  ")).toBe("out for delivery");
  });

  it("drops accents and folds letters without a decomposition", () => {
    expect(normalizeForMatch("Votre colis est livré.")).toBe("votre colis est livre");
    expect(normalizeForMatch("Zustellung über Straße")).toBe("zustellung uber strasse");
    expect(normalizeForMatch("Przesyłka doręczona")).toBe("przesylka doreczona");
    expect(normalizeForMatch("TESLİM EDİLDİ")).toBe("teslim edildi");
    expect(normalizeForMatch("dağıtım")).toBe("dagitim");
  });

  it("keeps Cyrillic, Hebrew and Han text, without diacritics or points", () => {
    expect(normalizeForMatch("Вручение адресату")).toBe("вручение адресату");
    expect(normalizeForMatch("Ёлка")).toBe("елка");
    expect(normalizeForMatch("נִמְסַר")).toBe("נמסר");
    expect(normalizeForMatch("【上海市】 快件已经到达")).toBe("上海市快件已经到达");
  });

  it("removes spaces between characters of scripts written without spaces", () => {
    expect(normalizeForMatch("배송 완료")).toBe(normalizeForMatch("배송완료"));
    expect(normalizeForMatch("お届け 済み")).toBe("お届け済み");
  });

  it("folds full-width forms", () => {
    expect(normalizeForMatch("ＤＥＬＩＶＥＲＥＤ")).toBe("delivered");
  });

  it("cuts very long text", () => {
    expect(normalizeForMatch("a".repeat(1_000_000)).length).toBe(MAX_MATCH_LENGTH);
  });
});
