/**
 * The evidence pack from made-up stored data: what the pack holds, the HTML page (every section,
 * every value escaped, nothing external), the PDF read back by a real PDF reader (pdf.js, through unpdf), and the
 * directory written with hashes that match its files.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPdf } from "../../test/support/read-pdf.ts";
import type { Assessment } from "../domain/assess/types.ts";
import type { Catalog } from "../domain/messages/catalog.ts";
import { de } from "../domain/messages/de.ts";
import { en } from "../domain/messages/en.ts";
import { ru } from "../domain/messages/ru.ts";
import { buildTimeline } from "../domain/timeline/build-timeline.ts";
import { type OrderDetails, timelineSources } from "../orders/order-details.ts";
import type { FetchSummary } from "../store/fetches.ts";
import type { EventRow, NumberRow, OrderRow } from "../store/schema.ts";
import {
  buildEvidencePack,
  type EvidencePack,
  manifestData,
  packFileStem,
  rawFileName,
} from "./evidence-pack.ts";
import { escapeHtml, renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";
import { type Manifest, PackDirectoryError, writePack } from "./write-pack.ts";

const NOW = "2026-11-21T10:00:00.000Z";
const HOSTILE = `<script>alert("x")</script> & "quotes" 'too'`;
const PASTED =
  "2026-11-03 10:00:00\tShenzhen, CN\tParcel picked up by the carrier\r\n2026-11-10 09:00:00\tМосква, RU\tПрибыло в сортировочный центр\r\n";
const JSON_BODY = '{"data":[{"mailNo":"LP00123456789012","status":"ARRIVED"}]}';

const sha = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

function orderRow(patch: Partial<OrderRow> = {}): OrderRow {
  return {
    id: 7,
    marketplace: "aliexpress",
    order_number: "8190000000000001",
    title: HOSTILE,
    items: JSON.stringify(["USB-C cable 1 m", "Кабель <b>"]),
    seller: "Cable Store",
    placed_on: "2026-11-01",
    shipping_method: "AliExpress Standard Shipping",
    protection_ends_on: "2026-12-20",
    protection_estimated: 1,
    dest_country: "ES",
    dest_region: null,
    dest_city: "Madrid",
    dest_postcode: "28001",
    labels: "[]",
    notes: "Neighbour: ask at door 3\u0007",
    archived: 0,
    created_at: NOW,
    updated_at: NOW,
    status: "arrived_destination",
    stage: "destination",
    last_event_at: "2026-11-10T06:00:00.000Z",
    activity_at: NOW,
    ...patch,
  };
}

function numberRow(id: number, number: string, patch: Partial<NumberRow> = {}): NumberRow {
  return {
    id,
    order_id: 7,
    number,
    carrier: "cainiao",
    carrier_pinned: 0,
    handed_off_from: null,
    role: "first_leg",
    archived: 0,
    created_at: NOW,
    status: null,
    stage: null,
    last_event_at: null,
    event_count: 0,
    ...patch,
  };
}

function eventRow(
  id: number,
  numberId: number,
  source: string,
  time: string,
  text: string,
  fetchId: number,
): EventRow {
  return {
    id,
    tracking_number_id: numberId,
    source,
    dedupe_key: `k${id}`,
    time_given: time,
    time_utc: null,
    text,
    code: null,
    location: text.includes("Прибыло") ? "Москва, RU" : "Shenzhen, CN",
    lang: null,
    status: "in_transit",
    stage: null,
    sub_status: null,
    confidence: 1,
    fetch_id: fetchId,
    recorded_at: NOW,
  };
}

function fetchRow(
  id: number,
  numberId: number,
  connector: string,
  body: string | null,
  type: string | null,
): FetchSummary {
  return {
    id,
    connector,
    started_at: id === 1 ? "2026-11-10T12:00:00.000Z" : "2026-11-11T08:30:00.000Z",
    duration_ms: 120,
    outcome: body === null ? "not_found" : connector === "manual" ? "manual" : "ok",
    http_status: connector === "manual" ? null : body === null ? 404 : 200,
    error: null,
    content_type: type,
    body_bytes: body === null ? null : Buffer.byteLength(body),
    body_sha256: body === null ? null : sha(body),
    tracking_number_id: numberId,
  };
}

function fixture(catalog: Catalog = en): {
  details: OrderDetails;
  bodies: Map<number, Uint8Array | null>;
  assessment: Assessment;
} {
  const order = orderRow();
  const numbers = [
    numberRow(1, "LP00123456789012"),
    numberRow(2, "PQ4F6P0703476860128001B", { carrier: "correos", role: "last_mile", handed_off_from: 1 }),
  ];
  const events = [
    eventRow(1, 1, "manual", "2026-11-03 10:00:00", "Parcel picked up by the carrier", 1),
    eventRow(2, 1, "manual", "2026-11-10 09:00:00", "Прибыло в сортировочный центр", 1),
    eventRow(3, 2, "cainiao", "2026-11-11T08:00:00+01:00", HOSTILE, 2),
  ];
  // The Cainiao read was about both numbers: the store lists it once per number.
  const fetches = [
    fetchRow(2, 1, "cainiao", JSON_BODY, "application/json"),
    fetchRow(2, 2, "cainiao", JSON_BODY, "application/json"),
    fetchRow(1, 1, "manual", PASTED, "text/plain; charset=utf-8"),
    fetchRow(3, 2, "correos", null, null),
  ];
  const timeline = buildTimeline({
    now: NOW,
    destinationCountry: "ES",
    sources: timelineSources(numbers, events),
  });
  const details: OrderDetails = {
    order,
    numbers,
    sources: [],
    fetches,
    reports: [
      {
        id: 1,
        order_id: 7,
        kind: "not_received",
        at: "2026-11-20T09:00:00.000Z",
        note: `Seller said <wait>`,
        created_at: NOW,
      },
    ],
    events,
    timeline,
  };
  const bodies = new Map<number, Uint8Array | null>([
    [1, Buffer.from(PASTED, "utf8")],
    [2, Buffer.from(JSON_BODY, "utf8")],
    [3, null],
  ]);
  const assessment: Assessment = {
    stage: "destination",
    status: "arrived_destination",
    verdict: "act_soon",
    reasons: [
      { code: "quiet-long", text: "No update for 11 days, longer than the usual 7 days for this stage." },
    ],
    protection: { endsAt: "2026-12-20", daysLeft: 29, estimated: true },
    eta: { from: "2026-11-15", to: "2026-11-30" },
    nextCheckAt: null,
    playbook: {
      id: "long-silence",
      steps: ["Look it up."],
      messages: [],
      dispute: `The parcel has not been delivered. ${HOSTILE}`,
      evidence: [
        { item: "tracking-numbers", held: true, text: catalog.evidence["tracking-numbers"] },
        { item: "tracking-history", held: true, text: catalog.evidence["tracking-history"] },
        { item: "seller-messages", held: false, text: catalog.evidence["seller-messages"] },
        { item: "carrier-response", held: false, text: catalog.evidence["carrier-response"] },
      ],
    },
    lang: catalog.language,
    facts: {} as Assessment["facts"],
  };
  return { details, bodies, assessment };
}

function makePack(catalog: Catalog = en): { pack: EvidencePack; bodies: Map<number, Uint8Array | null> } {
  const { details, bodies, assessment } = fixture(catalog);
  const pack = buildEvidencePack({
    details,
    assessment,
    catalog,
    bodies,
    generatedAt: NOW,
    version: "9.9.9",
  });
  return { pack, bodies };
}

function pdfText(data: Uint8Array): Promise<{ pages: number; text: string }> {
  return readPdf(data);
}

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

describe("writing the pack", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parceltrail-pack-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the page, the PDF, byte-exact raw copies and a manifest whose hashes match", async () => {
    const { pack, bodies } = makePack();
    const out = join(dir, "pack");
    const written = await writePack(out, pack, bodies);
    expect(readdirSync(out).sort()).toEqual([
      "evidence-8190000000000001.html",
      "evidence-8190000000000001.pdf",
      "manifest.json",
      "raw",
    ]);
    expect(readdirSync(join(out, "raw")).sort()).toEqual(["1-manual.txt", "2-cainiao.json"]);
    const manifest = JSON.parse(readFileSync(written.manifest, "utf8")) as Manifest;
    expect(manifest.order.orderNumber).toBe("8190000000000001");
    for (const file of [manifest.files.html, manifest.files.pdf, ...manifest.files.raw])
      expect(sha(readFileSync(join(out, file.path)))).toBe(file.sha256);
    for (const fetch of manifest.fetches)
      if (fetch.rawFile) expect(sha(readFileSync(join(out, fetch.rawFile)))).toBe(fetch.sha256);
    expect(readFileSync(join(out, "raw/1-manual.txt"), "utf8")).toBe(PASTED);
    expect(written).toMatchObject({ replaced: false, kept: [] });
  });

  it("replaces an earlier pack of the same order and leaves the buyer's own files alone", async () => {
    const { pack, bodies } = makePack();
    await writePack(dir, pack, bodies);
    writeFileSync(join(dir, "chat-screenshot.png"), "png");
    const again = await writePack(dir, { ...pack, generatedAt: "2026-11-22T10:00:00.000Z" }, bodies);
    expect(again.replaced).toBe(true);
    expect(readFileSync(join(dir, "chat-screenshot.png"), "utf8")).toBe("png");
    expect(readFileSync(again.manifest, "utf8")).toContain("2026-11-22T10:00:00.000Z");
  });

  it("refuses a directory holding other files or another order's pack, writing nothing", async () => {
    const { pack, bodies } = makePack();
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(writePack(dir, pack, bodies)).rejects.toThrow(PackDirectoryError);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);

    const other = join(dir, "other");
    await mkdir(other);
    await writePack(other, { ...pack, order: { ...pack.order, id: 8, orderNumber: "999" } }, bodies);
    await expect(writePack(other, pack, bodies)).rejects.toThrow(/another order \(999\)/);
    await expect(writePack(join(dir, "notes.txt"), pack, bodies)).rejects.toThrow(/is a file/);
  });
});
