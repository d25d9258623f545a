/**
 * The evidence pack end to end: an order with a handed-off number, pasted histories and a report
 * on a real SQLite data dir, `parceltrail evidence` through the real process, then the page opened
 * in real Chromium (offline: every non-file request blocked and recorded) and the PDF read by a
 * real PDF reader (pdf.js, through unpdf), and every SHA-256 of the manifest checked against the files.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../src/domain/messages/catalog.ts";
import { de } from "../src/domain/messages/de.ts";
import { ru } from "../src/domain/messages/ru.ts";
import type { Manifest } from "../src/evidence/write-pack.ts";
import { readPdf } from "./support/read-pdf.ts";
import { run, source } from "./support/run-cli.ts";

const NOW = { PARCELTRAIL_NOW: "2026-11-21T10:00:00Z" };
const ORDER = "8190000000000001";
const FIRST = "LP00123456789012";
const LAST = "PQ4F6P0703476860128001B";
const HOSTILE = `Cable <script>alert("pwned")</script> & <img src="http://evil.example/x.png">`;
const CYRILLIC = "Прибыло в место международного обмена";
const FIRST_HISTORY = [
  "2026-11-03 10:00:00\tShenzhen, CN\tParcel picked up by the carrier",
  "2026-11-05 22:10:00\tShenzhen, CN\tDeparted from departure country/region",
  `2026-11-08 07:15:00\tМосква, RU\t${CYRILLIC}`,
].join("\n");
const LAST_HISTORY = "2026-11-09 08:00:00\tMadrid, ES\tAdmitido en la red de Correos";

let dir: string;
let data: string;
let out: string;
let browser: Browser | undefined;

function cli(args: string[], stdin?: string) {
  return run(["--data-dir", data, ...args], stdin, source, NOW);
}

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

function pdfText(path: string): Promise<{ pages: number; text: string }> {
  return readPdf(readFileSync(path));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-evidence-"));
  data = join(dir, "data");
  out = join(dir, "pack");
  // The handoff (a last-mile number and the first leg it came from) goes in through a JSON import.
  const file = join(dir, "orders.json");
  writeFileSync(
    file,
    JSON.stringify({
      format: "parceltrail-export",
      version: 1,
      orders: [
        {
          orderNumber: ORDER,
          title: HOSTILE,
          items: ["USB-C cable 1 m"],
          seller: "Cable Store",
          placedOn: "2026-11-01",
          shippingMethod: "AliExpress Standard Shipping",
          protection: { endsOn: "2026-12-20", estimated: false },
          destination: { country: "ES", city: "Madrid", postcode: "28001" },
          notes: "Door code 1234",
          numbers: [
            { number: FIRST, carrier: "cainiao" },
            { number: LAST, carrier: "correos", role: "last_mile", handedOffFrom: FIRST },
          ],
        },
      ],
    }),
  );
  const steps = [
    await cli(["import", file, "--format", "json"]),
    await cli(["paste", FIRST], FIRST_HISTORY),
    await cli(["paste", LAST], LAST_HISTORY),
    await cli([
      "report",
      ORDER,
      "not-received",
      "--at",
      "2026-11-20",
      "--note",
      "Asked the seller <b>twice</b>",
    ]),
  ];
  for (const step of steps) expect(step.stderr).toBe("");
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("parceltrail evidence", () => {
  it("writes the page, the PDF, the raw responses and a manifest whose hashes match the files", async () => {
    const result = await cli(["evidence", ORDER, "--out", out, "--lang", "ru", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const written = JSON.parse(result.stdout) as {
      html: string;
      pdf: string;
      manifest: string;
      raw: string[];
    };
    expect(written.html).toBe(join(out, `evidence-${ORDER}.html`));
    expect(written.pdf).toBe(join(out, `evidence-${ORDER}.pdf`));
    expect(written.raw).toHaveLength(2);

    const manifest = JSON.parse(readFileSync(written.manifest, "utf8")) as Manifest;
    expect(manifest).toMatchObject({
      format: "parceltrail-evidence/1",
      lang: "ru",
      generatedAt: "2026-11-21T10:00:00.000Z",
    });
    expect(manifest.parceltrailVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.numbers.find((number) => number.number === LAST)?.handedOffFrom).toBe(FIRST);
    for (const file of [manifest.files.html, manifest.files.pdf, ...manifest.files.raw])
      expect(sha(readFileSync(join(out, file.path)))).toBe(file.sha256);
    const pasted = manifest.fetches.filter((fetch) => fetch.connector === "manual");
    expect(pasted).toHaveLength(2);
    for (const fetch of pasted) {
      expect(fetch.rawFile).toMatch(/^raw\/\d+-manual\.txt$/);
      expect(sha(readFileSync(join(out, fetch.rawFile ?? "")))).toBe(fetch.sha256);
      expect(fetch.sha256Verified).toBe(true);
    }
    const firstRaw = pasted.find((fetch) => fetch.numbers.includes(FIRST))?.rawFile ?? "";
    expect(readFileSync(join(out, firstRaw), "utf8")).toBe(FIRST_HISTORY);
    expect(manifest.checklist.some((entry) => !entry.held)).toBe(true);
  });

  it("opens in Chromium offline, showing the order, its numbers and the timeline, running nothing", async () => {
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ javaScriptEnabled: true });
    const attempted: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) attempted.push(request.url());
    });
    await page.goto(pathToFileURL(join(out, `evidence-${ORDER}.html`)).href, { waitUntil: "load" });
    const visible = await page.locator("body").innerText();
    for (const text of [
      ORDER,
      FIRST,
      LAST,
      CYRILLIC,
      "Parcel picked up by the carrier",
      "Admitido en la red de Correos",
      HOSTILE,
      "Asked the seller <b>twice</b>",
      ru.words.evidence,
      ru.words.toAdd,
    ])
      expect(visible).toContain(text);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.locator("#timeline table").isVisible()).toBe(true);
    expect(await page.locator("script, img, iframe, link, object").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(attempted).toEqual([]);
    // Printing is a use of the page: the print layout lays out and gives pages.
    const printed = await page.pdf({ format: "A4" });
    expect(printed.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await context.close();
  });

  it("is a PDF a reader opens, in Russian, with the order, numbers and the Cyrillic event", async () => {
    const { pages, text } = await pdfText(join(out, `evidence-${ORDER}.pdf`));
    expect(pages).toBeGreaterThan(0);
    for (const part of [
      ORDER,
      FIRST,
      LAST,
      CYRILLIC,
      "Admitido en la red de Correos",
      ru.words.toAdd,
      ru.words.evidence,
    ])
      expect(text).toContain(part);
  });

  it.each([ru, de])(
    "speaks $language all through: its headings in the page and the PDF, no English ones",
    async (catalog: Catalog) => {
      const where = join(dir, `pack-${catalog.language}`);
      const result = await cli(["evidence", ORDER, "--out", where, "--lang", catalog.language]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const { pack: labels, words } = catalog;
      const own = [
        labels.title,
        labels.orderName(ORDER, 1),
        labels.summary,
        labels.trackingNumbers,
        labels.handedOffFrom,
        labels.timeline,
        labels.sourceHistories,
        labels.reports,
        labels.reportKinds.not_received,
        labels.verify,
        words.protectionEnds,
        words.evidence,
      ];
      const english = [
        "Evidence pack",
        "Summary",
        "Tracking numbers",
        "Handed off from",
        "Timeline",
        "Each source's history",
        "Your reports",
        "Not received",
        "How to check this pack",
        "Buyer Protection ends",
        "Page 1 of",
      ];
      const html = readFileSync(join(where, `evidence-${ORDER}.html`), "utf8");
      expect(html).toContain(`<html lang="${catalog.language}">`);
      for (const text of own) expect(html).toContain(text);
      for (const text of english) expect(html).not.toContain(text);
      const { pages, text } = await pdfText(join(where, `evidence-${ORDER}.pdf`));
      // pdfjs reads no-break spaces back as plain ones.
      for (const part of [...own, labels.page(1, pages)]) expect(text).toContain(part.replace(/\s+/g, " "));
      for (const part of english) expect(text).not.toContain(part);
    },
  );

  it("replaces its own earlier pack, and refuses a directory that holds anything else", async () => {
    const again = await cli(["evidence", ORDER, "--out", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Replaced the evidence pack of order 1");

    const other = join(dir, "other");
    mkdirSync(other);
    writeFileSync(join(other, "keep.txt"), "mine");
    const refused = await cli(["evidence", ORDER, "--out", other]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is not empty and holds no evidence pack; nothing was written");
    expect(readdirSync(other)).toEqual(["keep.txt"]);
  });

  it("says what is missing: the order, or the directory", async () => {
    const noOut = await cli(["evidence", ORDER]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out DIR");
    const unknown = await cli(["evidence", "999999", "--out", join(dir, "none")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no order or tracking number");
    expect(existsSync(join(dir, "none"))).toBe(false);
  });
});
