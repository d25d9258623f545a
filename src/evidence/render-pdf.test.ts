import { describe, expect, it } from "vitest";
import { de } from "../domain/messages/de.ts";
import { ru } from "../domain/messages/ru.ts";
import { JSON_BODY, makePack, pdfText, sha } from "./pack.fixture.ts";
import { escapeHtml, renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";

describe("the PDF", () => {
  it("is a PDF a reader opens, with the order, the numbers, Cyrillic text and page numbers", async () => {
    const pdf = await renderPdf(makePack().pack);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(0);
    for (const part of [
      "Evidence pack",
      "8190000000000001",
      "LP00123456789012",
      "PQ4F6P0703476860128001B",
      "Прибыло в сортировочный центр",
      "Кабель <b>",
      sha(JSON_BODY),
      `Page 1 of ${pages}`,
      "to add",
    ])
      expect(text).toContain(part);
  });

  it("says when text is in a script its font lacks, and only then", async () => {
    const { pack } = makePack();
    expect((await pdfText(await renderPdf(pack))).text).not.toContain("font lacks");
    pack.order.seller = "深圳数据线店";
    expect((await pdfText(await renderPdf(pack))).text).toContain(
      "font lacks (Chinese, Japanese, Korean or Thai)",
    );
  });

  it("keeps a long note whole: it moves below its table and flows over pages", async () => {
    const { pack } = makePack();
    pack.order.notes = `${"Long note line. ".repeat(700)}THE END OF THE NOTE`;
    const { pages, text } = await pdfText(await renderPdf(pack));
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain("→ [1]");
    expect(text).toContain("THE END OF THE NOTE");
    expect(text.split("Long note line.").length - 1).toBe(700);
  });

  it("breaks long content over pages, each numbered", async () => {
    const { pack } = makePack();
    const first = pack.timeline[0];
    if (!first) throw new Error("no event");
    pack.timeline = Array.from({ length: 120 }, (_, index) => ({ ...first, text: `Event number ${index}` }));
    const { pages, text } = await pdfText(await renderPdf(pack));
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Event number 119");
  });
});

/** Headings and labels only the English catalog prints; none of them is in the fixture's data. */
const ENGLISH_LABELS = [
  "Evidence pack",
  "Summary",
  "Order number",
  "Shipping method",
  "Timeline",
  "Each source's history",
  "Raw response",
  "Your reports",
  "Not received",
  "How to check this pack",
  "Buyer Protection ends",
  "days left",
  "Page 1 of",
];

describe.each([de, ru])("the pack in $language", (catalog) => {
  const { pack: labels, words } = catalog;
  const own = [
    labels.title,
    labels.orderName("8190000000000001", 7),
    labels.summary,
    labels.orderNumber,
    labels.shippingMethod,
    labels.trackingNumbers,
    labels.timeline,
    labels.sourceHistories,
    labels.rawBody,
    labels.reports,
    labels.reportKinds.not_received,
    labels.verify,
    labels.field(words.daysLeft, "29"),
    words.protectionEnds,
    words.evidence,
    words.toAdd,
  ];

  it("prints its own headings in the HTML page and none of the English ones", () => {
    const { pack } = makePack(catalog);
    expect(pack.reports[0]?.kindLabel).toBe(labels.reportKinds.not_received);
    const html = renderHtml(pack);
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\n<html lang="${catalog.language}">`));
    for (const text of [...own, labels.generated("2026-11-21 10:00:00 UTC")])
      expect(html).toContain(escapeHtml(text));
    for (const text of ENGLISH_LABELS) expect(html).not.toContain(text);
  });

  it("prints them in the PDF too, with its page numbers", async () => {
    const { pages, text } = await pdfText(await renderPdf(makePack(catalog).pack));
    // pdfjs gives no-break spaces back as plain ones.
    const plain = (value: string) => value.replace(/\s+/g, " ");
    for (const part of [...own, labels.page(1, pages), labels.page(pages, pages)])
      expect(text).toContain(plain(part));
    for (const part of ENGLISH_LABELS) expect(text).not.toContain(part);
  });
});
