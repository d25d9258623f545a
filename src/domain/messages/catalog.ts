/**
 * The contract every language fills: each user-visible sentence of the assessment, the
 * checklists, the messages to the seller and the carrier, the dispute texts, the evidence list and
 * the evidence pack's labels.
 * A language is one file (`en.ts`, `es.ts`...) exporting a `Catalog`; the compiler refuses a
 * catalog that misses a key, so no language can fall behind silently.
 *
 * Sentences are functions of the order's facts, so each language builds its own word order and
 * plurals. Dates and numbers go through `Tools` (Intl with the language's locale).
 */
import type {
  BuyerReportKind,
  DisputeKind,
  EvidenceItem,
  Facts,
  MessageKind,
  PlaybookId,
  ReasonCode,
  Verdict,
} from "../assess/types.ts";
import type { Stage } from "../status/statuses.ts";

export const LANGUAGES = ["en", "es", "fr", "pt", "ru", "pl", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  pt: "Português",
  ru: "Русский",
  pl: "Polski",
  de: "Deutsch",
};

/** Formatting helpers bound to the language. */
export interface Tools {
  /** "21 November 2026" for YYYY-MM-DD, in the language's long date style. */
  date(day: string): string;
  /** "1 day", "3 days": the count with the right plural form. */
  days(count: number): string;
  /** "A, B and C". */
  list(items: readonly string[]): string;
  /** A country name from its ISO code. */
  country(code: string): string;
}

/** A sentence built from the facts. `days` is the number a reason is about, when it has one. */
export type Line = (facts: Facts, tools: Tools) => string;

export interface Catalog {
  language: Language;
  /** One-word or short labels for the verdicts ("On track", "Act now"). */
  verdicts: Record<Verdict, string>;
  stages: Record<Stage, string>;
  /** One factual sentence per reason. */
  reasons: Record<ReasonCode, Line>;
  playbookTitles: Record<PlaybookId, string>;
  /** The checklist of each situation, in the order to do it. */
  steps: Record<PlaybookId, (facts: Facts, tools: Tools) => string[]>;
  /** Ready-to-send messages: to the seller, or (carrier-delivery-query) to the local carrier. */
  messages: Record<MessageKind, Line>;
  /** Short, factual dispute texts. */
  disputes: Record<DisputeKind, Line>;
  /** The evidence checklist items. */
  evidence: Record<EvidenceItem, string>;
  /** Words for the CLI and the evidence pack. */
  words: {
    held: string;
    toAdd: string;
    estimated: string;
    protectionEnds: string;
    daysLeft: string;
    expectedDelivery: string;
    nextCheck: string;
    checklist: string;
    messageToSeller: string;
    messageToCarrier: string;
    disputeText: string;
    evidence: string;
    why: string;
  };
  /**
   * The evidence pack's own labels (HTML page and PDF, next to `words`): section headings, column
   * names and short notes. Headings and column names stand alone, so none of them has to agree
   * with a noun around it.
   */
  pack: PackLabels;
}

/** Labels of the evidence pack; the pack shows them beside `Catalog.words`, so no key repeats one of those. */
export interface PackLabels {
  /** "Evidence pack": the document's title. */
  title: string;
  /** "Order 8190000000000001", or "Order #7" (ParcelTrail's own id) without a marketplace number. */
  orderName: (orderNumber: string | null, id: number) => string;
  /** "Generated 2026-11-21 10:00:00 UTC". */
  generated: (time: string) => string;
  /** "Judged as of 2026-11-21 10:00:00 UTC": the moment the order was judged at, when not now. */
  asOf: (time: string) => string;
  /** "ParcelTrail version 0.1.0". */
  version: (version: string) => string;
  /** "Page 2 of 5", at the foot of each PDF page. */
  page: (page: number, pages: number) => string;
  /** "Days left: 29": a label and its value, with the language's spacing before the colon. */
  field: (label: string, value: string) => string;
  /** "512 B": a size in bytes, exact (not rounded), with the language's unit symbol. */
  bytes: (count: number) => string;
  summary: string;
  /** The order section's heading. */
  order: string;
  orderNumber: string;
  marketplace: string;
  /** The order's title, as the marketplace lists it. */
  itemTitle: string;
  items: string;
  seller: string;
  /** When the order was placed. */
  placed: string;
  shippingMethod: string;
  destination: string;
  notes: string;
  /** The heading of the numbers section. */
  trackingNumbers: string;
  /** A column holding one number per row. */
  trackingNumber: string;
  carrier: string;
  /** The column saying which leg a number covers: `firstLeg` or `lastMile`. */
  role: string;
  firstLeg: string;
  lastMile: string;
  /** The column naming the number a parcel was handed off from (the leg before). */
  handedOffFrom: string;
  numberLinks: string;
  timeline: string;
  time: string;
  status: string;
  event: string;
  place: string;
  sources: string;
  source: string;
  /** The heading of the section with each source's history, as it was fetched. */
  sourceHistories: string;
  /** The reads (fetches) of a source. */
  reads: string;
  fetchedAt: string;
  outcome: string;
  httpStatus: string;
  contentType: string;
  size: string;
  sha256: string;
  /** The byte-exact copy of a raw response, beside the page. */
  rawCopy: string;
  /** A response as the source sent it. */
  rawBody: string;
  rawTooLong: string;
  rawShownAbove: string;
  hashMismatch: string;
  /** PDF only: some text is in a script the embedded font lacks. */
  glyphsMissing: string;
  /** The buyer's own reports (not received, seller replied...). */
  reports: string;
  reportKinds: Record<BuyerReportKind, string>;
  noEvents: string;
  /** An empty section. */
  none: string;
  /** A carrier nobody identified. */
  unknown: string;
  verify: string;
  verifyText: string;
}
