import { describe, expect, it } from "vitest";
import { en } from "../domain/messages/en.ts";
import { buildEvidencePack, manifestData, packFileStem, rawFileName } from "./evidence-pack.ts";
import { fixture, JSON_BODY, makePack, NOW, PASTED, sha } from "./pack.fixture.ts";
import { escapeHtml, renderHtml } from "./render-html.ts";

describe("the pack's data", () => {
  it("lists every read once, oldest first, with its numbers, hash check and raw file name", () => {
    const { pack } = makePack();
    expect(pack.format).toBe("parceltrail-evidence/1");
    expect(pack.generatedAt).toBe(NOW);
    expect(pack.parceltrailVersion).toBe("9.9.9");
    expect(pack.fetches.map((fetch) => fetch.id)).toEqual([1, 2, 3]);
    expect(pack.fetches[1]).toMatchObject({
      connector: "cainiao",
      numbers: ["LP00123456789012", "PQ4F6P0703476860128001B"],
      httpStatus: 200,
      contentType: "application/json",
      bytes: Buffer.byteLength(JSON_BODY),
      sha256: sha(JSON_BODY),
      sha256Verified: true,
      rawFile: "raw/2-cainiao.json",
      rawText: JSON_BODY,
    });
    expect(pack.fetches[0]).toMatchObject({
      rawFile: "raw/1-manual.txt",
      rawText: PASTED,
      outcome: "manual",
    });
    expect(pack.fetches[2]).toMatchObject({
      rawFile: null,
      sha256: null,
      sha256Verified: null,
      httpStatus: 404,
    });
  });

  it("flags a body that no longer matches its SHA-256", () => {
    const { details, bodies, assessment } = fixture();
    bodies.set(1, Buffer.from("changed", "utf8"));
    const pack = buildEvidencePack({
      details,
      assessment,
      catalog: en,
      bodies,
      generatedAt: NOW,
      version: "1",
    });
    expect(pack.fetches[0]?.sha256Verified).toBe(false);
  });

  it("keeps each source's history as given, the handoff link, reports and the checklist", () => {
    const { pack } = makePack();
    expect(pack.sources.map((source) => `${source.number}/${source.connector}`)).toEqual([
      "LP00123456789012/manual",
      "PQ4F6P0703476860128001B/cainiao",
      "PQ4F6P0703476860128001B/correos",
    ]);
    expect(pack.sources[0]?.events[1]).toMatchObject({ timeGiven: "2026-11-10 09:00:00", fetchId: 1 });
    expect(pack.sources[1]?.fetchIds).toEqual([2]);
    expect(pack.sources[2]).toMatchObject({ events: [], fetchIds: [3] });
    expect(pack.numbers[1]).toMatchObject({ role: "last_mile", handedOffFrom: "LP00123456789012" });
    expect(pack.order.items).toEqual(["USB-C cable 1 m", "Кабель <b>"]);
    expect(pack.protection).toEqual({ endsOn: "2026-12-20", estimated: true, daysLeft: 29 });
    expect(pack.reports[0]).toMatchObject({ kind: "not_received", kindLabel: "Not received" });
    expect(pack.checklist.map((entry) => [entry.item, entry.held, entry.section])).toEqual([
      ["tracking-numbers", true, "numbers"],
      ["tracking-history", true, "sources"],
      ["seller-messages", false, null],
      ["carrier-response", false, null],
    ]);
    expect(pack.timeline.map((event) => event.text)).toContain("Прибыло в сортировочный центр");
    expect(pack.summary).toMatchObject({ verdictLabel: "Act soon", playbook: "No updates for a long time" });
  });

  it("leaves labels and inline bodies out of the manifest data", () => {
    const data = manifestData(makePack().pack);
    expect("words" in data).toBe(false);
    expect(data.fetches.every((fetch) => !("rawText" in fetch))).toBe(true);
  });

  it("names files safely", () => {
    expect(rawFileName(4, "seventeen-track", "text/html; charset=utf-8")).toBe("raw/4-seventeen-track.html");
    expect(rawFileName(5, "../../etc", "application/xml")).toBe("raw/5-_etc.txt");
    expect(packFileStem({ id: 3, orderNumber: "../A 1" })).toBe("evidence-A_1");
    expect(packFileStem({ id: 3, orderNumber: null })).toBe("evidence-3");
  });
});

describe("the HTML page", () => {
  it("escapes every value and runs nothing", () => {
    const html = renderHtml(makePack().pack);
    expect(html).not.toContain("<script");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;",
    );
    expect(html).toContain("Кабель &lt;b&gt;");
    expect(html).toContain("Seller said &lt;wait&gt;");
    expect(html).toContain("ask at door 3\\u0007");
    expect(escapeHtml("a\u0000b\tc")).toBe("a\\u0000b\tc");
  });

  it("is self-contained, printable and in the pack's language", () => {
    const html = renderHtml(makePack().pack);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("@media print");
    // Only links inside the page and to the raw copies beside it; nothing is loaded.
    expect(html).not.toMatch(/\b(src|href)="(?!#|raw\/)/);
    expect(html).toContain('<a href="raw/2-cainiao.json">');
    expect(html).not.toMatch(/url\(|@import/);
  });

  it("has every section with its content", () => {
    const html = renderHtml(makePack().pack);
    for (const id of ["summary", "order", "numbers", "timeline", "sources", "reports", "checklist", "verify"])
      expect(html).toContain(`<section id="${id}">`);
    for (const text of [
      "8190000000000001",
      "PQ4F6P0703476860128001B",
      "Прибыло в сортировочный центр",
      sha(JSON_BODY),
      "raw/2-cainiao.json",
      "December 20, 2026 (estimated) · days left: 29",
      "28001, Madrid, ES (Spain)",
      "2026-11-11 08:30:00 UTC",
      "Act soon",
      "The parcel has not been delivered.",
      "✓ included",
      "☐ to add",
      'href="#sources"',
      "Generated 2026-11-21 10:00:00 UTC",
    ])
      expect(html).toContain(text);
  });
});
