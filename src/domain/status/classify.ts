/**
 * classifyEvent: one carrier event, in any wording, to one canonical status.
 *
 * Layers, most specific first:
 *   1. the carrier's event code, looked up in the code tables (data/codes);
 *   2. phrase rules in every language (data/text), the most specific match winning;
 *   3. context: the event's place against the parcel's origin and destination turns a generic
 *      facility scan into origin or destination processing, and customs at origin into export;
 *   4. nothing matched: a low-confidence guess, never a throw.
 * Every decision leaves a signal, so a wrong call can be traced to the rule or code behind it.
 */
import { type ParsedLocation, parseLocation } from "../location/parse-location.ts";
import type { CodeMatch, CodeTables } from "./code-tables.ts";
import { MAX_MATCH_LENGTH, normalizeForMatch } from "./normalize-text.ts";
import { type Stage, type Status, type SubStatus, stageOf } from "./statuses.ts";
import type { TextMatch, TextRules } from "./text-rules.ts";

export interface EventInput {
  text?: string | null;
  code?: string | number | null;
  /** Carrier id or display name ("ups", "Correios (Brazil)"). */
  carrier?: string | null;
  /** ISO 639-1 language of the text, when the source says. */
  lang?: string | null;
  /** The place as the carrier wrote it. */
  location?: string | null;
  /** ISO 3166-1 alpha-2 countries of the parcel, when known: they place generic scans. */
  originCountry?: string | null;
  destinationCountry?: string | null;
}

export type Signal =
  | { kind: "code"; table: string; code: string; meaning: string; status: Status; byPrefix: boolean }
  | { kind: "text"; lang: string; rule: number; phrases: string[]; status: Status; score: number }
  | { kind: "context"; reason: string; from: Status; to: Status }
  | { kind: "fallback"; reason: string }
  | { kind: "note"; reason: string };

export interface Classification {
  status: Status;
  /** null for an exception: it keeps the stage the parcel had. */
  stage: Stage | null;
  subStatus?: SubStatus;
  confidence: number;
  signals: Signal[];
}

/** A code table entry without its own strength decides this much. */
const DEFAULT_CODE_STRENGTH = 0.9;
/** A code known only by its family prefix decides less than an exact code. */
const PREFIX_FACTOR = 0.85;
const FALLBACK_CONFIDENCE = 0.1;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Confidence of the best text rule: how long a phrase it matched, how much of the text it
 * explains, and how far ahead of the best rule for another status it is.
 */
function textConfidence(best: TextMatch, rival: TextMatch | undefined, textLength: number): number {
  const length = Math.min(1, best.score / 18);
  const coverage = textLength === 0 ? 0 : Math.min(1, best.score / textLength);
  let confidence = 0.5 + 0.3 * length + 0.15 * coverage;
  if (rival) confidence *= 1 - 0.45 * (rival.score / best.score);
  return Math.min(0.95, confidence);
}

function codeSignal(match: CodeMatch): Signal {
  return {
    kind: "code",
    table: match.table,
    code: match.code,
    meaning: match.entry.meaning,
    status: match.entry.status,
    byPrefix: match.byPrefix,
  };
}

function textSignal(match: TextMatch): Signal {
  return {
    kind: "text",
    lang: match.rule.lang,
    rule: match.rule.index,
    phrases: match.rule.phrases,
    status: match.rule.status,
    score: round(match.score),
  };
}

interface Decision {
  status: Status;
  sub: SubStatus | undefined;
  confidence: number;
  generic: boolean;
}

export class Classifier {
  private readonly tables: CodeTables;
  private readonly rules: TextRules;

  constructor(tables: CodeTables, rules: TextRules) {
    this.tables = tables;
    this.rules = rules;
  }

  classify(input: EventInput): Classification {
    const signals: Signal[] = [];
    const rawText = typeof input.text === "string" ? input.text : "";
    if (rawText.length > MAX_MATCH_LENGTH) {
      signals.push({ kind: "note", reason: `text cut to its first ${MAX_MATCH_LENGTH} characters` });
    }
    const text = normalizeForMatch(rawText);
    const code = input.code === null || input.code === undefined ? "" : String(input.code);
    const carrier = input.carrier ?? undefined;
    const lang = input.lang ?? undefined;

    const codeMatch = code === "" ? null : this.tables.lookup(code, carrier);
    const textMatches = this.rules.match(text, lang);
    const bestText = textMatches[0];

    let decision: Decision | null = null;
    if (codeMatch) {
      signals.push(codeSignal(codeMatch));
      const strength =
        (codeMatch.entry.strength ?? DEFAULT_CODE_STRENGTH) * (codeMatch.byPrefix ? PREFIX_FACTOR : 1);
      decision = {
        status: codeMatch.entry.status,
        sub: codeMatch.entry.sub,
        confidence: strength,
        generic: codeMatch.entry.generic ?? false,
      };
    }
    if (bestText) {
      signals.push(textSignal(bestText));
      const rival = textMatches.find((match) => match.rule.status !== bestText.rule.status);
      if (rival) signals.push(textSignal(rival));
      const confidence = textConfidence(bestText, rival, text.length);
      const fromText: Decision = {
        status: bestText.rule.status,
        sub: bestText.rule.sub,
        confidence,
        generic: bestText.rule.generic,
      };
      if (!decision) decision = fromText;
      else if (decision.status === fromText.status) {
        decision = {
          ...decision,
          sub: decision.sub ?? fromText.sub,
          confidence: Math.min(0.99, Math.max(decision.confidence, confidence) + 0.05),
          generic: decision.generic || fromText.generic,
        };
      } else if (fromText.confidence > decision.confidence) {
        decision = { ...fromText, confidence: fromText.confidence * 0.9 };
      } else {
        decision = { ...decision, confidence: decision.confidence * 0.9 };
      }
    }
    if (!decision) {
      const reason =
        text === "" && code === ""
          ? "the event has no text and no code"
          : code !== "" && text === ""
            ? `code "${code}" is in no code table and there is no text`
            : "no code or phrase rule matched";
      signals.push({ kind: "fallback", reason });
      decision = { status: "in_transit", sub: undefined, confidence: FALLBACK_CONFIDENCE, generic: true };
    }
    decision = this.applyContext(decision, input, signals);

    const result: Classification = {
      status: decision.status,
      stage: stageOf(decision.status),
      confidence: round(decision.confidence),
      signals,
    };
    if (decision.sub) result.subStatus = decision.sub;
    return result;
  }

  /** Layer 3: where the event happened, against where the parcel comes from and goes to. */
  private applyContext(decision: Decision, input: EventInput, signals: Signal[]): Decision {
    const origin = input.originCountry?.toUpperCase();
    const destination = input.destinationCountry?.toUpperCase();
    if (!input.location || (!origin && !destination) || origin === destination) return decision;
    const placeable =
      decision.generic ||
      decision.status === "customs" ||
      (decision.status === "origin_processing" && decision.sub === "export_customs");
    if (!placeable) return decision;
    const place: ParsedLocation = parseLocation(input.location);
    if (!place.country) return decision;
    const at =
      place.country === origin ? "origin" : place.country === destination ? "destination" : "elsewhere";
    let to: Status = decision.status;
    if (decision.generic) {
      to =
        at === "origin"
          ? "origin_processing"
          : at === "destination"
            ? "destination_processing"
            : "in_transit";
    } else if (decision.status === "customs" && at === "origin") {
      to = "origin_processing";
    } else if (decision.status === "origin_processing" && at === "destination") {
      to = "customs";
    }
    if (to === decision.status) return decision;
    signals.push({
      kind: "context",
      reason: `the place ${place.country} is the parcel's ${at === "elsewhere" ? "transit country" : at} country`,
      from: decision.status,
      to,
    });
    const sub = to === "origin_processing" && decision.status === "customs" ? "export_customs" : undefined;
    // A placed generic scan is as sure as its place; a placed guess stays a guess.
    const confidence = decision.confidence <= FALLBACK_CONFIDENCE ? 0.3 : Math.max(decision.confidence, 0.6);
    return { status: to, sub, confidence, generic: false };
  }
}
