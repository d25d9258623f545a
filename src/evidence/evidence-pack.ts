/**
 * The evidence pack as plain data: what a buyer hands to a marketplace or a carrier in a dispute.
 * Built from what is stored (the order, its numbers, every read of every source with its raw body)
 * and the assessment (verdict, reasons, the evidence checklist). Pure: the caller reads the store;
 * the HTML and PDF renderers and the manifest are all made from this one object, so the three
 * always say the same thing.
 */
import { createHash } from "node:crypto";
import type { Assessment, EvidenceItem } from "../domain/assess/types.ts";
import type { Catalog, Language, PackLabels } from "../domain/messages/catalog.ts";
import type { EventTime } from "../domain/timeline/event-time.ts";
import type { OrderDetails } from "../orders/order-details.ts";

export const PACK_FORMAT = "parceltrail-evidence/1";

/** A raw body is shown inline (HTML and PDF) when it is UTF-8 text no longer than this. */
export const INLINE_RAW_LIMIT = 64 * 1024;

/**
 * The labels the renderers print, all from the language's catalog: its `pack` section (headings,
 * column names, notes) beside its `words` (shared with the CLI).
 */
export type Words = Catalog["words"] & PackLabels;

/** True only while no `pack` key repeats a `words` key: a repeated key would hide one of the two labels. */
type Clash = Extract<keyof Catalog["words"], keyof PackLabels>;
export const LABELS_DISTINCT: [Clash] extends [never] ? true : never = true;

/** Where in the pack a held evidence item is, for a link from the checklist. */
const ITEM_SECTION: Partial<Record<EvidenceItem, string>> = {
  "tracking-numbers": "numbers",
  "tracking-history": "sources",
  "order-details": "order",
  "delivery-address": "order",
  "protection-dates": "order",
  "wrong-place": "timeline",
};

export interface PackFetch {
  id: number;
  connector: string;
  numbers: string[];
  fetchedAt: string;
  durationMs: number;
  outcome: string;
  httpStatus: number | null;
  error: string | null;
  contentType: string | null;
  bytes: number | null;
  sha256: string | null;
  /** False when the body read back does not hash to `sha256`: the copy is not what was received. */
  sha256Verified: boolean | null;
  /** Path of the byte-exact copy inside the pack ("raw/12-manual.txt"), null without a body. */
  rawFile: string | null;
  /** The body as text, for reading in the page; null when binary or too long (see the raw copy). */
  rawText: string | null;
}

export interface PackSourceHistory {
  number: string;
  connector: string;
  /** The events exactly as this source gave them, in the order they were stored. */
  events: {
    timeGiven: string;
    text: string;
    location: string | null;
    code: string | null;
    fetchId: number | null;
  }[];
  fetchIds: number[];
}

export interface EvidencePack {
  format: typeof PACK_FORMAT;
  generatedAt: string;
  /** The moment the order was judged at (`--now`); the generation time unless asked otherwise. */
  asOf: string;
  parceltrailVersion: string;
  lang: Language;
  order: {
    id: number;
    marketplace: string;
    orderNumber: string | null;
    title: string | null;
    items: string[];
    seller: string | null;
    placedOn: string | null;
    shippingMethod: string | null;
    destination: {
      postcode: string | null;
      city: string | null;
      region: string | null;
      country: string | null;
    };
    destinationText: string | null;
    notes: string | null;
    archived: boolean;
  };
  protection: { endsOn: string; estimated: boolean; daysLeft: number | null } | null;
  summary: {
    verdict: string;
    verdictLabel: string;
    stage: string | null;
    stageLabel: string | null;
    reasons: string[];
    eta: { from: string; to: string } | null;
    playbook: string;
    dispute: string | null;
  };
  numbers: {
    number: string;
    carrier: string | null;
    role: "first_leg" | "last_mile";
    handedOffFrom: string | null;
    status: string | null;
    lastEventAt: string | null;
    events: number;
  }[];
  /** Handoffs the sources revealed, with what revealed them. */
  links: { from: string; to: string; carrier: string | null; source: string; evidence: string }[];
  timeline: {
    time: string;
    instant: string;
    status: string;
    stage: string | null;
    stageLabel: string | null;
    text: string;
    location: string | null;
    numbers: string[];
    sources: string[];
  }[];
  sources: PackSourceHistory[];
  fetches: PackFetch[];
  reports: { kind: string; kindLabel: string; at: string; note: string | null }[];
  checklist: { item: EvidenceItem; text: string; held: boolean; section: string | null }[];
  /** Labels in the pack's language, for the renderers; the manifest leaves them out. */
  words: Words;
}

export interface PackInput {
  details: OrderDetails;
  assessment: Assessment;
  catalog: Catalog;
  /** The raw body of each fetch, as `fetchBody` returns it. */
  bodies: ReadonlyMap<number, Uint8Array | null>;
  generatedAt: string;
  /** Defaults to `generatedAt`. */
  asOf?: string;
  version: string;
}

/** "2026-11-09 08:00 +01:00" where the carrier's wall clock is known, else the UTC time. */
export function displayTime(time: EventTime): string {
  if (time.dateOnly) return (time.local ?? time.instant).slice(0, 10);
  if (time.local && time.offset)
    return `${time.local.replace("T", " ").slice(0, 16)} ${time.offset}${time.zoneGuessed ? "?" : ""}`;
  return `${time.instant.replace("T", " ").slice(0, 16)} UTC`;
}

/** The raw copy's file name: id first so names sort by read, connector kept to the safe characters. */
export function rawFileName(id: number, connector: string, contentType: string | null): string {
  const type = (contentType ?? "").toLowerCase();
  const ext = type.includes("json") ? "json" : type.includes("html") ? "html" : "txt";
  const safe = connector.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 40) || "source";
  return `raw/${id}-${safe}.${ext}`;
}

/** A name part for the pack's files: the marketplace order number when it is a safe one, else the id. */
export function packFileStem(order: { id: number; orderNumber: string | null }): string {
  const number = order.orderNumber
    ?.replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, 64);
  return `evidence-${number || order.id}`;
}

function utf8Text(body: Uint8Array): string | null {
  if (body.byteLength > INLINE_RAW_LIMIT) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    // NUL and the other control characters mean binary; tabs and line ends are text.
    return /[^\P{Cc}\t\n\r\f\v]/u.test(text) ? null : text;
  } catch {
    return null;
  }
}

function sha256Hex(body: Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function buildEvidencePack(input: PackInput): EvidencePack {
  const { details, assessment, catalog, bodies } = input;
  const { order } = details;
  const words: Words = { ...catalog.words, ...catalog.pack };
  const numberOf = new Map(details.numbers.map((number) => [number.id, number.number]));

  // One read may be about several numbers: the store lists it once per number.
  const fetches = new Map<number, PackFetch>();
  for (const row of details.fetches) {
    const number = numberOf.get(row.tracking_number_id);
    const known = fetches.get(row.id);
    if (known) {
      if (number && !known.numbers.includes(number)) known.numbers.push(number);
      continue;
    }
    const body = bodies.get(row.id) ?? null;
    fetches.set(row.id, {
      id: row.id,
      connector: row.connector,
      numbers: number ? [number] : [],
      fetchedAt: row.started_at,
      durationMs: row.duration_ms,
      outcome: row.outcome,
      httpStatus: row.http_status,
      error: row.error,
      contentType: row.content_type,
      bytes: row.body_bytes,
      sha256: row.body_sha256,
      sha256Verified: body && row.body_sha256 ? sha256Hex(body) === row.body_sha256 : null,
      rawFile: body ? rawFileName(row.id, row.connector, row.content_type) : null,
      rawText: body ? utf8Text(body) : null,
    });
  }
  // Oldest read first: the history reads as it happened.
  const fetchList = [...fetches.values()].sort(
    (a, b) => a.fetchedAt.localeCompare(b.fetchedAt) || a.id - b.id,
  );

  const histories = new Map<string, PackSourceHistory>();
  for (const event of details.events) {
    const number = numberOf.get(event.tracking_number_id);
    if (!number) continue;
    const key = `${number}\u0000${event.source}`;
    let history = histories.get(key);
    if (!history) {
      history = { number, connector: event.source, events: [], fetchIds: [] };
      histories.set(key, history);
    }
    history.events.push({
      timeGiven: event.time_given,
      text: event.text,
      location: event.location,
      code: event.code,
      fetchId: event.fetch_id,
    });
  }
  // Each read joins the histories of its source for its numbers. A read that gave no events (not
  // found, blocked) is evidence too: with no history to join, it gets one of its own.
  for (const fetch of fetchList) {
    const own = fetch.numbers
      .map((number) => histories.get(`${number}\u0000${fetch.connector}`))
      .filter((history) => history !== undefined);
    if (own.length === 0) {
      const number = fetch.numbers.join(", ");
      const history = { number, connector: fetch.connector, events: [], fetchIds: [] };
      histories.set(`${number}\u0000${fetch.connector}`, history);
      own.push(history);
    }
    for (const history of own) history.fetchIds.push(fetch.id);
  }

  const destination = {
    postcode: order.dest_postcode,
    city: order.dest_city,
    region: order.dest_region,
    country: order.dest_country,
  };
  const destinationText =
    [order.dest_postcode, order.dest_city, order.dest_region, order.dest_country]
      .filter(Boolean)
      .join(", ") || null;

  const stageLabel = (stage: string | null) =>
    stage ? ((catalog.stages as Record<string, string>)[stage] ?? stage) : null;

  return {
    format: PACK_FORMAT,
    generatedAt: input.generatedAt,
    asOf: input.asOf ?? input.generatedAt,
    parceltrailVersion: input.version,
    lang: catalog.language,
    order: {
      id: order.id,
      marketplace: order.marketplace,
      orderNumber: order.order_number,
      title: order.title,
      items: parseList(order.items),
      seller: order.seller,
      placedOn: order.placed_on,
      shippingMethod: order.shipping_method,
      destination,
      destinationText,
      notes: order.notes,
      archived: order.archived === 1,
    },
    protection: order.protection_ends_on
      ? {
          endsOn: order.protection_ends_on,
          estimated: order.protection_estimated === 1,
          daysLeft: assessment.protection?.daysLeft ?? null,
        }
      : null,
    summary: {
      verdict: assessment.verdict,
      verdictLabel: catalog.verdicts[assessment.verdict],
      stage: assessment.stage,
      stageLabel: stageLabel(assessment.stage),
      reasons: assessment.reasons.map((reason) => reason.text),
      eta: assessment.eta,
      playbook: catalog.playbookTitles[assessment.playbook.id],
      dispute: assessment.playbook.dispute,
    },
    numbers: details.numbers.map((number) => ({
      number: number.number,
      carrier: number.carrier,
      role: number.role,
      handedOffFrom: number.handed_off_from === null ? null : (numberOf.get(number.handed_off_from) ?? null),
      status: number.status,
      lastEventAt: number.last_event_at,
      events: number.event_count,
    })),
    links: details.timeline.handoffs.map((handoff) => ({
      from: handoff.from,
      to: handoff.number,
      carrier: handoff.carrierName ?? handoff.carrier,
      source: handoff.source,
      evidence: handoff.evidence,
    })),
    timeline: details.timeline.events.map((event) => ({
      time: displayTime(event.time),
      instant: event.time.instant,
      status: event.status,
      stage: event.stage,
      stageLabel: stageLabel(event.stage),
      text: event.text,
      location: event.location,
      numbers: event.numbers,
      sources: event.sources,
    })),
    sources: [...histories.values()],
    fetches: fetchList,
    reports: details.reports.map((report) => ({
      kind: report.kind,
      kindLabel: words.reportKinds[report.kind],
      at: report.at,
      note: report.note,
    })),
    checklist: assessment.playbook.evidence.map((entry) => ({
      item: entry.item,
      text: entry.text,
      held: entry.held,
      section: entry.held ? (ITEM_SECTION[entry.item] ?? null) : null,
    })),
    words,
  };
}

export type ManifestData = Omit<EvidencePack, "words" | "fetches"> & {
  fetches: Omit<PackFetch, "rawText">[];
};

/** The pack as the manifest stores it: data only, no labels and no inline copies of raw bodies. */
export function manifestData(pack: EvidencePack): ManifestData {
  const { words: _words, fetches, ...data } = pack;
  return { ...data, fetches: fetches.map(({ rawText: _rawText, ...fetch }) => fetch) };
}
