/**
 * The contract every language fills: each user-visible sentence of the assessment, the
 * checklists, the messages to the seller and the carrier, the dispute texts and the evidence list.
 * A language is one file (`en.ts`, `es.ts`...) exporting a `Catalog`; the compiler refuses a
 * catalog that misses a key, so no language can fall behind silently.
 *
 * Sentences are functions of the order's facts, so each language builds its own word order and
 * plurals. Dates and numbers go through `Tools` (Intl with the language's locale).
 */
import type {
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
}
