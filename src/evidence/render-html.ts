/**
 * The evidence pack as one self-contained HTML page: inline CSS (with print rules), no scripts,
 * no external resources, so it opens the same offline, in any browser, years later, and prints
 * cleanly. Every value comes from carriers, sellers or the buyer, so every value is escaped, and
 * a Content-Security-Policy forbids anything the page itself does not hold.
 */
import { toolsFor } from "../domain/messages/tools.ts";
import type { EvidencePack, PackFetch, PackSourceHistory } from "./evidence-pack.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text for the page: control characters (other than tab and line ends) are shown as \uXXXX instead
 * of reaching the parser, then the five HTML specials are escaped.
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return visible(String(value)).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Control characters other than tab and line ends made visible, as `show` prints them; shared with the PDF. */
export function visible(text: string): string {
  return text.replace(
    /[^\P{Cc}\t\n\r]/gu,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

/** "2026-11-21 10:00:00 UTC": read times are evidence, so to the second and unambiguous. */
export function utc(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  return `${new Date(instant).toISOString().replace("T", " ").slice(0, 19)} UTC`;
}

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .45rem; border-bottom: 1px solid #ccc; }
th { background: #f0f0f0; font-weight: 600; }
table.facts th { width: 14rem; background: none; }
code, .hash, pre { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
.hash { word-break: break-all; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f7f7; border: 1px solid #ddd; padding: .5rem; }
.held { color: #0a5c0a; font-weight: 600; }
.to-add { color: #9a3b00; font-weight: 600; }
.warn { color: #a00; font-weight: 600; }
.verdict { font-weight: 700; }
.dispute { border-left: 4px solid #333; padding: .3rem .8rem; background: #fafafa; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, pre, .dispute { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

function facts(rows: [string, string | null | undefined][]): string {
  const body = rows
    .filter((row): row is [string, string] => row[1] !== null && row[1] !== undefined && row[1] !== "")
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`)
    .join("");
  return `<table class="facts">${body}</table>`;
}

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function fetchTable(pack: EvidencePack, fetches: PackFetch[]): string {
  const w = pack.words;
  return table(
    ["#", w.fetchedAt, w.outcome, w.httpStatus, w.contentType, w.size, w.sha256, w.rawCopy],
    fetches.map((fetch) => [
      escapeHtml(fetch.id),
      escapeHtml(utc(fetch.fetchedAt)),
      escapeHtml(fetch.outcome) + (fetch.error ? `<br>${escapeHtml(fetch.error)}` : ""),
      escapeHtml(fetch.httpStatus ?? "–"),
      escapeHtml(fetch.contentType ?? "–"),
      fetch.bytes === null ? "–" : escapeHtml(w.bytes(fetch.bytes)),
      fetch.sha256
        ? `<span class="hash">${escapeHtml(fetch.sha256)}</span>${fetch.sha256Verified === false ? `<br><span class="warn">${escapeHtml(w.hashMismatch)}</span>` : ""}`
        : "–",
      // A relative link to the copy beside the page: opens it, loads nothing by itself.
      fetch.rawFile
        ? `<a href="${escapeHtml(fetch.rawFile)}"><code>${escapeHtml(fetch.rawFile)}</code></a>`
        : "–",
    ]),
  );
}

/** One source's history; a raw body read for several numbers is shown once (`shown`). */
function history(pack: EvidencePack, source: PackSourceHistory, shown: Set<number>): string {
  const w = pack.words;
  const reads = pack.fetches.filter((fetch) => source.fetchIds.includes(fetch.id));
  const parts = [`<h3>${escapeHtml(source.number)} · ${escapeHtml(source.connector)}</h3>`];
  if (reads.length > 0) parts.push(`<p><strong>${escapeHtml(w.reads)}</strong></p>`, fetchTable(pack, reads));
  if (source.events.length > 0)
    parts.push(
      table(
        [w.time, w.event, w.place, "#"],
        source.events.map((event) => [
          `<code>${escapeHtml(event.timeGiven)}</code>`,
          escapeHtml(event.text) + (event.code ? ` <code>[${escapeHtml(event.code)}]</code>` : ""),
          escapeHtml(event.location ?? ""),
          escapeHtml(event.fetchId ?? ""),
        ]),
      ),
    );
  for (const read of reads) {
    if (!read.rawFile) continue;
    parts.push(
      `<p><strong>${escapeHtml(w.rawBody)}</strong> #${escapeHtml(read.id)} (<code>${escapeHtml(read.rawFile)}</code>)</p>`,
      shown.has(read.id)
        ? `<p>${escapeHtml(w.rawShownAbove)}</p>`
        : read.rawText === null
          ? `<p>${escapeHtml(w.rawTooLong)}</p>`
          : `<pre>${escapeHtml(read.rawText)}</pre>`,
    );
    shown.add(read.id);
  }
  return parts.join("\n");
}

export function renderHtml(pack: EvidencePack): string {
  const w = pack.words;
  const t = toolsFor(pack.lang);
  const { order, summary } = pack;
  const orderName = w.orderName(order.orderNumber, order.id);
  const date = (day: string | null) => (day ? escapeHtml(t.date(day)) : null);
  const destination = order.destinationText
    ? escapeHtml(order.destinationText) +
      (order.destination.country ? ` (${escapeHtml(t.country(order.destination.country))})` : "")
    : null;
  // "Days left: 29" as the CLI prints it, after the same " · ".
  const protection = pack.protection
    ? `${date(pack.protection.endsOn)}${pack.protection.estimated ? ` (${escapeHtml(w.estimated)})` : ""}${
        pack.protection.daysLeft === null
          ? ""
          : ` · ${escapeHtml(w.field(w.daysLeft, String(pack.protection.daysLeft)))}`
      }`
    : null;

  const sections: string[] = [];
  const shown = new Set<number>();
  sections.push(
    `<section id="summary"><h2>${escapeHtml(w.summary)}</h2>`,
    facts([
      [
        w.status,
        `<span class="verdict">${escapeHtml(summary.verdictLabel)}</span>${summary.stageLabel ? ` · ${escapeHtml(summary.stageLabel)}` : ""}`,
      ],
      [
        w.why,
        summary.reasons.length
          ? `<ul>${summary.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>`
          : null,
      ],
      [w.expectedDelivery, summary.eta ? `${date(summary.eta.from)} – ${date(summary.eta.to)}` : null],
    ]),
    summary.dispute
      ? `<h3>${escapeHtml(w.disputeText)}</h3><p class="dispute">${escapeHtml(summary.dispute)}</p>`
      : "",
    "</section>",
  );
  sections.push(
    `<section id="order"><h2>${escapeHtml(w.order)}</h2>`,
    facts([
      [w.orderNumber, escapeHtml(order.orderNumber ?? "")],
      [w.marketplace, escapeHtml(order.marketplace)],
      [w.itemTitle, escapeHtml(order.title ?? "")],
      [w.items, order.items.length ? order.items.map(escapeHtml).join("<br>") : null],
      [w.seller, escapeHtml(order.seller ?? "")],
      [w.placed, date(order.placedOn)],
      [w.shippingMethod, escapeHtml(order.shippingMethod ?? "")],
      [w.destination, destination],
      [w.protectionEnds, protection],
      [w.notes, order.notes ? escapeHtml(order.notes).replace(/\n/g, "<br>") : null],
    ]),
    "</section>",
  );
  sections.push(
    `<section id="numbers"><h2>${escapeHtml(w.trackingNumbers)}</h2>`,
    table(
      [w.trackingNumber, w.carrier, w.role, w.handedOffFrom, w.status],
      pack.numbers.map((number) => [
        `<code>${escapeHtml(number.number)}</code>`,
        escapeHtml(number.carrier ?? w.unknown),
        escapeHtml(number.role === "last_mile" ? w.lastMile : w.firstLeg),
        number.handedOffFrom ? `<code>${escapeHtml(number.handedOffFrom)}</code>` : "–",
        escapeHtml(number.status ?? "–"),
      ]),
    ),
    pack.links.length
      ? `<h3>${escapeHtml(w.numberLinks)}</h3>${table(
          [w.handedOffFrom, w.trackingNumber, w.carrier, w.source],
          pack.links.map((link) => [
            `<code>${escapeHtml(link.from)}</code>`,
            `<code>${escapeHtml(link.to)}</code>`,
            escapeHtml(link.carrier ?? w.unknown),
            escapeHtml(w.field(link.source, link.evidence)),
          ]),
        )}`
      : "",
    "</section>",
  );
  sections.push(
    `<section id="timeline"><h2>${escapeHtml(w.timeline)}</h2>`,
    pack.timeline.length === 0
      ? `<p>${escapeHtml(w.noEvents)}</p>`
      : table(
          [w.time, w.status, w.event, w.place, w.sources],
          pack.timeline.map((event) => [
            `<time datetime="${escapeHtml(event.instant)}">${escapeHtml(event.time)}</time>`,
            `${escapeHtml(event.stageLabel ?? "")}<br><code>${escapeHtml(event.status)}</code>`,
            escapeHtml(event.text),
            escapeHtml(event.location ?? ""),
            `${event.numbers.map(escapeHtml).join(", ")}<br>${event.sources.map(escapeHtml).join(", ")}`,
          ]),
        ),
    "</section>",
  );
  sections.push(
    `<section id="sources"><h2>${escapeHtml(w.sourceHistories)}</h2>`,
    pack.sources.length === 0
      ? `<p>${escapeHtml(w.none)}</p>`
      : pack.sources.map((s) => history(pack, s, shown)).join("\n"),
    "</section>",
  );
  sections.push(
    `<section id="reports"><h2>${escapeHtml(w.reports)}</h2>`,
    pack.reports.length === 0
      ? `<p>${escapeHtml(w.none)}</p>`
      : table(
          [w.time, w.event, w.notes],
          pack.reports.map((report) => [
            escapeHtml(utc(report.at)),
            escapeHtml(report.kindLabel),
            escapeHtml(report.note ?? ""),
          ]),
        ),
    "</section>",
  );
  sections.push(
    `<section id="checklist"><h2>${escapeHtml(w.evidence)}</h2>`,
    table(
      [w.evidence, w.status],
      pack.checklist.map((entry) => [
        entry.section
          ? `<a href="#${escapeHtml(entry.section)}">${escapeHtml(entry.text)}</a>`
          : escapeHtml(entry.text),
        entry.held
          ? `<span class="held">✓ ${escapeHtml(w.held)}</span>`
          : `<span class="to-add">☐ ${escapeHtml(w.toAdd)}</span>`,
      ]),
    ),
    "</section>",
  );
  sections.push(
    `<section id="verify"><h2>${escapeHtml(w.verify)}</h2><p>${escapeHtml(w.verifyText)}</p></section>`,
  );

  const title = `${w.title} – ${orderName}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(pack.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ParcelTrail ${escapeHtml(pack.parceltrailVersion)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${order.title ? `<p class="meta">${escapeHtml(order.title)}</p>` : ""}
<p class="meta">${escapeHtml(w.generated(utc(pack.generatedAt)))}${pack.asOf === pack.generatedAt ? "" : ` · ${escapeHtml(w.asOf(utc(pack.asOf)))}`} · ${escapeHtml(w.version(pack.parceltrailVersion))}</p>
</header>
<main>
${sections.filter(Boolean).join("\n")}
</main>
</body>
</html>
`;
}
