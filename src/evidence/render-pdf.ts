/**
 * The evidence pack as a PDF, for marketplaces and carriers that take only PDF attachments. Same
 * content as the HTML page, made with pdfkit (no browser). The standard PDF fonts cover only
 * Latin-1, so DejaVu (embedded and subset by pdfkit) carries Cyrillic, Polish, Greek and the
 * rest; CJK text is not in DejaVu and shows as missing glyphs here, but reads in the HTML page.
 */
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { toolsFor } from "../domain/messages/tools.ts";
import type { EvidencePack } from "./evidence-pack.ts";
import { utc, visible } from "./render-html.ts";

const require = createRequire(import.meta.url);
const FONTS = {
  body: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  mono: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf"),
};

type Doc = PDFKit.PDFDocument;
type Cell = string | PDFKit.Mixins.CellOptions;

const GREY = "#bbbbbb";
const HEADER_FILL = "#eeeeee";
/** Scripts DejaVu has no glyphs for; the page says so instead of leaving boxes unexplained. */
const MISSING_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** Characters a table cell holds before its text moves below the table. */
const LONG_CELL = 1200;

/** Text as the PDF shows it: controls made visible, tabs as spaces (pdfkit has no tab stops). */
function pdfText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return visible(String(value)).replace(/\r\n?/g, "\n").replace(/\t/g, "    ");
}

function heading(doc: Doc, text: string): void {
  // A heading alone at the foot of a page reads badly: start a new page when little room is left.
  if (doc.y > doc.page.maxY() - 90) doc.addPage();
  doc.moveDown(0.8);
  doc.font("bold").fontSize(13).fillColor("black").text(pdfText(text), doc.page.margins.left);
  const y = doc.y + 1;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(1)
    .strokeColor("#333333")
    .stroke();
  doc.moveDown(0.4);
  doc.font("body").fontSize(9);
}

function subheading(doc: Doc, text: string): void {
  if (doc.y > doc.page.maxY() - 60) doc.addPage();
  doc.moveDown(0.4);
  doc.font("bold").fontSize(10).text(pdfText(text), doc.page.margins.left);
  doc.moveDown(0.2);
  doc.font("body").fontSize(9);
}

function paragraph(doc: Doc, text: string, font: "body" | "mono" = "body"): void {
  doc
    .font(font)
    .fontSize(font === "mono" ? 7.5 : 9)
    .text(pdfText(text), doc.page.margins.left);
  doc.font("body").fontSize(9);
}

function table(doc: Doc, headers: string[] | null, rows: Cell[][], widths: (number | string)[]): void {
  const data: Cell[][] = [];
  if (headers)
    data.push(
      headers.map((header) => ({
        text: pdfText(header),
        font: { src: "bold" },
        backgroundColor: HEADER_FILL,
      })),
    );
  // pdfkit cuts a row taller than a page; a long text (notes hold up to 10,000 characters) goes
  // below the table instead, where it flows over pages, and its cell points to it.
  const long: string[] = [];
  const fit = (cell: Cell): Cell => {
    const text = typeof cell === "string" ? pdfText(cell) : (cell.text ?? "");
    if (text.length <= LONG_CELL) return typeof cell === "string" ? text : cell;
    long.push(text);
    return typeof cell === "string" ? `→ [${long.length}]` : { ...cell, text: `→ [${long.length}]` };
  };
  for (const row of rows) data.push(row.map(fit));
  doc.font("body").fontSize(8.5);
  doc.table({
    position: { x: doc.page.margins.left },
    columnStyles: widths,
    defaultStyle: { border: 0.5, borderColor: GREY, padding: [3, 4, 3, 4] },
    data,
  });
  doc.moveDown(0.4);
  long.forEach((text, index) => {
    paragraph(doc, `[${index + 1}] ${text}`);
    doc.moveDown(0.4);
  });
  doc.font("body").fontSize(9);
}

function facts(doc: Doc, rows: [string, string | null | undefined][]): void {
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (shown.length === 0) return;
  table(
    doc,
    null,
    shown.map(([label, value]) => [{ text: pdfText(label), font: { src: "bold" } }, value]),
    [140, "*"],
  );
}

const mono = (text: string | null | undefined, size = 7.5): Cell => ({
  text: pdfText(text ?? "–"),
  font: { src: "mono", size },
});
/** "origin_processing" as words, so a narrow column wraps it between words. */
const words = (code: string) => code.replace(/_/g, " ");

function writeBody(doc: Doc, pack: EvidencePack): void {
  const w = pack.words;
  const t = toolsFor(pack.lang);
  const { order, summary } = pack;
  const date = (day: string | null) => (day ? t.date(day) : null);

  heading(doc, w.summary);
  facts(doc, [
    [w.status, `${summary.verdictLabel}${summary.stageLabel ? ` · ${summary.stageLabel}` : ""}`],
    [w.why, summary.reasons.map((reason) => `• ${reason}`).join("\n")],
    [w.expectedDelivery, summary.eta ? `${date(summary.eta.from)} – ${date(summary.eta.to)}` : null],
  ]);
  if (summary.dispute) {
    subheading(doc, w.disputeText);
    paragraph(doc, summary.dispute);
  }

  heading(doc, w.order);
  const country = order.destination.country ? ` (${t.country(order.destination.country)})` : "";
  facts(doc, [
    [w.orderNumber, order.orderNumber],
    [w.marketplace, order.marketplace],
    [w.itemTitle, order.title],
    [w.items, order.items.join("\n")],
    [w.seller, order.seller],
    [w.placed, date(order.placedOn)],
    [w.shippingMethod, order.shippingMethod],
    [w.destination, order.destinationText ? `${order.destinationText}${country}` : null],
    [
      w.protectionEnds,
      pack.protection
        ? `${date(pack.protection.endsOn)}${pack.protection.estimated ? ` (${w.estimated})` : ""}${
            pack.protection.daysLeft === null
              ? ""
              : ` · ${w.field(w.daysLeft, String(pack.protection.daysLeft))}`
          }`
        : null,
    ],
    [w.notes, order.notes],
  ]);

  heading(doc, w.trackingNumbers);
  table(
    doc,
    [w.trackingNumber, w.carrier, w.role, w.handedOffFrom, w.status],
    pack.numbers.map((number) => [
      mono(number.number),
      number.carrier ?? w.unknown,
      number.role === "last_mile" ? w.lastMile : w.firstLeg,
      number.handedOffFrom ? mono(number.handedOffFrom) : "–",
      number.status ?? "–",
    ]),
    ["*", 90, 70, "*", 90],
  );
  if (pack.links.length > 0) {
    subheading(doc, w.numberLinks);
    table(
      doc,
      [w.handedOffFrom, w.trackingNumber, w.carrier, w.source],
      pack.links.map((link) => [
        mono(link.from),
        mono(link.to),
        link.carrier ?? w.unknown,
        w.field(link.source, link.evidence),
      ]),
      ["*", "*", 80, "*"],
    );
  }

  heading(doc, w.timeline);
  if (pack.timeline.length === 0) paragraph(doc, w.noEvents);
  else
    table(
      doc,
      [w.time, w.status, w.event, w.place, w.sources],
      pack.timeline.map((event) => [
        event.time,
        `${event.stageLabel ?? ""}\n${words(event.status)}`,
        event.text,
        event.location ?? "",
        mono(`${event.numbers.join("\n")}\n${event.sources.join(", ")}`, 7),
      ]),
      [74, 80, "*", 80, 108],
    );

  heading(doc, w.sourceHistories);
  if (pack.sources.length === 0) paragraph(doc, w.none);
  // A raw body read for several numbers is printed once.
  const shown = new Set<number>();
  for (const source of pack.sources) {
    subheading(doc, `${source.number} · ${source.connector}`);
    const reads = pack.fetches.filter((fetch) => source.fetchIds.includes(fetch.id));
    if (reads.length > 0)
      table(
        doc,
        ["#", w.fetchedAt, w.outcome, w.size, w.rawCopy],
        // The hash gets a full-width row of its own so that it reads (and copies) as one line.
        reads.flatMap((fetch): Cell[][] => [
          [
            String(fetch.id),
            utc(fetch.fetchedAt),
            [
              fetch.outcome,
              fetch.httpStatus === null ? null : w.field(w.httpStatus, String(fetch.httpStatus)),
              fetch.contentType,
              fetch.error,
            ]
              .filter(Boolean)
              .join("\n"),
            fetch.bytes === null ? "–" : w.bytes(fetch.bytes),
            mono(fetch.rawFile),
          ],
          [
            {
              text: `${pdfText(w.field(w.sha256, fetch.sha256 ?? "–"))}${fetch.sha256Verified === false ? `\n${pdfText(w.hashMismatch)}` : ""}`,
              colSpan: 5,
              font: { src: "mono", size: 7.5 },
              textColor: fetch.sha256Verified === false ? "#aa0000" : "black",
            },
          ],
        ]),
        [24, 110, "*", 60, 130],
      );
    if (source.events.length > 0)
      table(
        doc,
        [w.time, w.event, w.place, "#"],
        source.events.map((event) => [
          mono(event.timeGiven, 7),
          event.code ? `${event.text} [${event.code}]` : event.text,
          event.location ?? "",
          event.fetchId === null ? "" : String(event.fetchId),
        ]),
        [112, "*", 100, 24],
      );
    for (const read of reads) {
      if (!read.rawFile) continue;
      doc
        .font("bold")
        .fontSize(8.5)
        .text(`${pdfText(w.rawBody)} #${read.id} (${read.rawFile})`, doc.page.margins.left);
      if (shown.has(read.id)) paragraph(doc, w.rawShownAbove);
      else paragraph(doc, read.rawText ?? w.rawTooLong, read.rawText === null ? "body" : "mono");
      shown.add(read.id);
      doc.moveDown(0.4);
    }
  }

  heading(doc, w.reports);
  if (pack.reports.length === 0) paragraph(doc, w.none);
  else
    table(
      doc,
      [w.time, w.event, w.notes],
      pack.reports.map((report) => [utc(report.at), report.kindLabel, report.note ?? ""]),
      [110, 110, "*"],
    );

  heading(doc, w.evidence);
  table(
    doc,
    [w.evidence, w.status],
    pack.checklist.map((entry) => [
      entry.text,
      entry.held
        ? { text: `✓ ${pdfText(w.held)}`, textColor: "#0a5c0a", font: { src: "bold" } }
        : { text: `☐ ${pdfText(w.toAdd)}`, textColor: "#9a3b00", font: { src: "bold" } },
    ]),
    ["*", 110],
  );

  heading(doc, w.verify);
  paragraph(doc, w.verifyText);
}

/** The header (order, generation time) and footer (page N of M) of every page, drawn at the end. */
function decoratePages(doc: Doc, pack: EvidencePack): void {
  const w = pack.words;
  const range = doc.bufferedPageRange();
  const orderName = w.orderName(pack.order.orderNumber, pack.order.id);
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const saved = { top: margins.top, bottom: margins.bottom };
    // Writing inside the margins would start a new page; lift them while drawing.
    margins.top = 0;
    margins.bottom = 0;
    const width = doc.page.width - margins.left - margins.right;
    doc.font("body").fontSize(8).fillColor("#555555");
    doc.text(pdfText(`${w.title} · ${orderName}`), margins.left, 22, { width, lineBreak: false });
    doc.text(pdfText(utc(pack.generatedAt)), margins.left, 22, { width, align: "right", lineBreak: false });
    const page = w.page(index - range.start + 1, range.count);
    doc.text(pdfText(page), margins.left, doc.page.height - 30, { width, align: "center", lineBreak: false });
    margins.top = saved.top;
    margins.bottom = saved.bottom;
  }
  doc.fillColor("black");
}

export function renderPdf(pack: EvidencePack): Promise<Buffer> {
  const w = pack.words;
  const title = `${w.title} – ${w.orderName(pack.order.orderNumber, pack.order.id)}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 48, left: 42, right: 42 },
    bufferPages: true,
    lang: pack.lang,
    displayTitle: true,
    info: {
      Title: title,
      Creator: `ParcelTrail ${pack.parceltrailVersion}`,
      Producer: `ParcelTrail ${pack.parceltrailVersion} (pdfkit)`,
      // The pack's own time, not the clock: the same pack gives the same dates.
      CreationDate: new Date(pack.generatedAt),
      ModDate: new Date(pack.generatedAt),
    },
  });
  doc.registerFont("body", FONTS.body);
  doc.registerFont("bold", FONTS.bold);
  doc.registerFont("mono", FONTS.mono);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("bold").fontSize(18).text(pdfText(title));
  doc.font("body").fontSize(9).fillColor("#555555");
  if (pack.order.title) doc.text(pdfText(pack.order.title));
  const asOf = pack.asOf === pack.generatedAt ? "" : ` · ${w.asOf(utc(pack.asOf))}`;
  doc.text(pdfText(`${w.generated(utc(pack.generatedAt))}${asOf} · ${w.version(pack.parceltrailVersion)}`));
  doc.fillColor("black");
  if (MISSING_SCRIPTS.test(JSON.stringify({ ...pack, words: null }))) {
    doc.moveDown(0.4).fillColor("#aa0000").text(pdfText(w.glyphsMissing)).fillColor("black");
  }
  writeBody(doc, pack);
  decoratePages(doc, pack);
  doc.end();
  return done;
}
