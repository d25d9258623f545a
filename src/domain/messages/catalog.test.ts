/**
 * Every sentence of every language, rendered with every sample order (and a few edge ones: 0 and
 * 1 days, protection already over, no tracking number yet): nothing left unfilled, clean
 * spacing and punctuation, translated, the order's numbers in each message, and dates written
 * the language's own way.
 */
import { describe, expect, it } from "vitest";
import {
  DISPUTE_KINDS,
  EVIDENCE_ITEMS,
  type Facts,
  MESSAGE_KINDS,
  type MessageKind,
  PLAYBOOK_IDS,
  type PlaybookId,
  REASON_CODES,
  type ReasonCode,
  VERDICTS,
} from "../assess/types.ts";
import { STAGES } from "../status/statuses.ts";
import { type Catalog, LANGUAGES, type Language, type Tools } from "./catalog.ts";
import { CATALOGS, catalogFor } from "./index.ts";
import { FULL_FACTS, SAMPLE_FACTS, SPARSE_FACTS } from "./sample-facts.ts";
import { toolsFor } from "./tools.ts";

/** Edge cases the samples do not have: 0 and 1 days, protection over, a first of the month. */
const EDGE_FACTS: readonly Facts[] = [
  { ...FULL_FACTS, daysWithoutUpdate: 0, thresholdDays: 0, protectionDaysLeft: 0, learnedParcels: 0 },
  {
    ...FULL_FACTS,
    daysWithoutUpdate: 1,
    thresholdDays: 1,
    protectionDaysLeft: 1,
    learnedParcels: 1,
    trackingNumbers: ["RR123456785CN"],
    lastMileNumber: null,
    lastMileCarrier: null,
  },
  {
    ...FULL_FACTS,
    protectionDaysLeft: -2,
    protectionEndsOn: "2026-11-01",
    deliveredOn: "2026-12-01",
    lastEvent: { date: "2026-10-01", text: "Held by customs", place: null },
  },
  {
    ...SPARSE_FACTS,
    daysWithoutUpdate: 0,
    thresholdDays: 1,
    protectionDaysLeft: -1,
    protectionEndsOn: "2027-01-01",
  },
];

/**
 * No tracking number yet: only the seller-not-shipped situation (and, once protection runs low,
 * protection-expiring; a confirmed receipt shows `delivered`) can be shown, so only their texts
 * are rendered with these facts.
 */
const NO_NUMBER_FACTS: readonly Facts[] = [
  { ...SPARSE_FACTS, trackingNumbers: [], daysWithoutUpdate: 0 },
  {
    ...SPARSE_FACTS,
    orderNumber: "8190000000000002",
    trackingNumbers: [],
    daysWithoutUpdate: 1,
    shippedOn: "2026-11-02",
    protectionEndsOn: "2026-12-01",
    protectionDaysLeft: 2,
    disputeOpenedOn: "2026-11-30",
  },
];
const NO_NUMBER_PLAYBOOKS: readonly PlaybookId[] = ["seller-not-shipped", "protection-expiring", "delivered"];
const NO_NUMBER_MESSAGES: readonly MessageKind[] = ["not-shipped", "protection-ending"];
const NO_NUMBER_REASONS: readonly ReasonCode[] = [
  "no-tracking-yet",
  "eta-passed",
  "protection-soon",
  "protection-now",
  "protection-ended",
  "protection-estimated",
  "dispute-open",
  "seller-replied",
  "receipt-confirmed",
  "learned-route",
];

const ALL_FACTS = [...SAMPLE_FACTS, ...EDGE_FACTS];

interface Rendered {
  /** "reason moving", "steps customs", "message no-update"... the same key in every language. */
  key: string;
  kind: "reason" | "steps" | "message" | "dispute" | "label";
  /** The sentences: one, or each step of a checklist. */
  texts: string[];
  messageKind?: MessageKind;
}

function render(
  catalog: Catalog,
  facts: Facts,
  tools: Tools,
  only?: {
    playbooks: readonly PlaybookId[];
    messages: readonly MessageKind[];
    reasons: readonly ReasonCode[];
  },
): Rendered[] {
  const out: Rendered[] = [];
  for (const code of only?.reasons ?? REASON_CODES) {
    out.push({ key: `reason ${code}`, kind: "reason", texts: [catalog.reasons[code](facts, tools)] });
  }
  for (const id of only?.playbooks ?? PLAYBOOK_IDS) {
    out.push({ key: `steps ${id}`, kind: "steps", texts: catalog.steps[id](facts, tools) });
  }
  for (const kind of only?.messages ?? MESSAGE_KINDS) {
    out.push({
      key: `message ${kind}`,
      kind: "message",
      texts: [catalog.messages[kind](facts, tools)],
      messageKind: kind,
    });
  }
  const disputes = only ? (["not-delivered"] as const) : DISPUTE_KINDS;
  for (const kind of disputes) {
    out.push({ key: `dispute ${kind}`, kind: "dispute", texts: [catalog.disputes[kind](facts, tools)] });
  }
  return out;
}

function labels(catalog: Catalog): Rendered[] {
  const entries: [string, string][] = [
    ...VERDICTS.map((verdict) => [`verdict ${verdict}`, catalog.verdicts[verdict]] as [string, string]),
    ...STAGES.map((stage) => [`stage ${stage}`, catalog.stages[stage]] as [string, string]),
    ...PLAYBOOK_IDS.map((id) => [`title ${id}`, catalog.playbookTitles[id]] as [string, string]),
    ...EVIDENCE_ITEMS.map((item) => [`evidence ${item}`, catalog.evidence[item]] as [string, string]),
    ...Object.entries(catalog.words).map(([word, text]) => [`word ${word}`, text] as [string, string]),
  ];
  return entries.map(([key, text]) => ({ key, kind: "label", texts: [text] }));
}

const LEFTOVERS = ["undefined", "null", "NaN", "[object", "${"];
/** Spaces of any kind: a plain one, a no-break one, a narrow no-break one. */
const SPACE = "[ \\u00a0\\u202f]";
const DOUBLE_SPACE = new RegExp(`${SPACE}{2}`);
const SPACE_BEFORE_COMMA = new RegExp(`${SPACE}[,.]`);
const SPACE_BEFORE_PAREN = new RegExp(`${SPACE}\\)`);
const SPACE_BEFORE_MARK = new RegExp(`${SPACE}[;:?!]`);
/** French puts a no-break space before these marks, never a plain one. */
const PLAIN_SPACE_BEFORE_MARK = / [;:?!]/;

function typographyProblems(language: Language, text: string): string[] {
  const problems: string[] = [];
  if (typeof text !== "string" || text.trim() === "") return ["empty"];
  for (const bad of LEFTOVERS) if (text.includes(bad)) problems.push(`contains "${bad}"`);
  if (text !== text.trim()) problems.push("leading or trailing space");
  if (DOUBLE_SPACE.test(text)) problems.push("doubled space");
  if (SPACE_BEFORE_COMMA.test(text)) problems.push("space before a comma or period");
  if (/\(\s*\)/.test(text)) problems.push("empty parentheses");
  if (SPACE_BEFORE_PAREN.test(text)) problems.push("space before a closing parenthesis");
  if (language === "fr") {
    if (PLAIN_SPACE_BEFORE_MARK.test(text))
      problems.push("plain space before ; : ? ! (French wants a no-break space)");
  } else if (SPACE_BEFORE_MARK.test(text)) {
    problems.push("space before ; : ? !");
  }
  return problems;
}

function expectClean(language: Language, rendered: readonly Rendered[], factsIndex: string): void {
  const found: string[] = [];
  for (const entry of rendered) {
    if (entry.texts.length === 0) found.push(`${entry.key}: no steps`);
    for (const text of entry.texts) {
      for (const problem of typographyProblems(language, text))
        found.push(`${entry.key} (${problem}): ${text}`);
    }
  }
  expect(found, `${language}, facts ${factsIndex}`).toEqual([]);
}

/** The dates of the facts a sentence may name. */
function datesOf(facts: Facts): string[] {
  return [
    facts.shippedOn,
    facts.lastEvent?.date ?? null,
    facts.deliveredOn,
    facts.protectionEndsOn,
    facts.etaFrom,
    facts.etaTo,
    facts.disputeOpenedOn,
  ].filter((day): day is string => day !== null);
}

/** A date the way `language` writes it (French and Portuguese write the first of the month as an ordinal). */
function writtenDates(language: Language, day: string): string[] {
  const plain = toolsFor(language).date(day);
  if (language === "fr") return [plain, plain.replace(/^1 /, "1er "), plain.replace(/^1 /, "1er\u00a0")];
  if (language === "pt") return [plain, plain.replace(/^1 de /, "1º de ")];
  return [plain];
}

describe("the message catalogs", () => {
  it("cover every language, and fall back to English", () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(CATALOGS[language].language).toBe(language);
      expect(catalogFor(language)).toBe(CATALOGS[language]);
    }
    expect(catalogFor("pt-BR").language).toBe("pt");
    expect(catalogFor("xx").language).toBe("en");
  });

  describe.each(LANGUAGES)("%s", (language) => {
    const catalog = CATALOGS[language];
    const tools = toolsFor(language);

    it("has clean labels: verdicts, stages, titles, evidence, words", () => {
      expectClean(language, labels(catalog), "-");
    });

    it.each(ALL_FACTS.map((facts, index) => [index, facts] as const))(
      "writes every sentence cleanly with facts #%i",
      (index, facts) => {
        expectClean(language, render(catalog, facts, tools), String(index));
      },
    );

    it.each(NO_NUMBER_FACTS.map((facts, index) => [index, facts] as const))(
      "writes what can be shown before any tracking number cleanly, facts #%i",
      (index, facts) => {
        const rendered = render(catalog, facts, tools, {
          playbooks: NO_NUMBER_PLAYBOOKS,
          messages: NO_NUMBER_MESSAGES,
          reasons: NO_NUMBER_REASONS,
        });
        expectClean(language, rendered, `no-number #${index}`);
        for (const entry of rendered) {
          if (entry.kind === "message" && facts.orderNumber) {
            expect(entry.texts.join(" "), entry.key).toContain(facts.orderNumber);
          }
        }
      },
    );

    it.each(ALL_FACTS.map((facts, index) => [index, facts] as const))(
      "names the order and its numbers in every message, facts #%i",
      (_index, facts) => {
        const missing: string[] = [];
        for (const entry of render(catalog, facts, tools)) {
          if (entry.kind !== "message") continue;
          const text = entry.texts.join(" ");
          if (entry.messageKind === "carrier-delivery-query") {
            // To the local carrier: its own number when a handoff revealed one, else ours.
            const number = facts.lastMileNumber ?? facts.trackingNumbers[facts.trackingNumbers.length - 1];
            if (number && !text.includes(number)) missing.push(`${entry.key}: ${number}`);
            continue;
          }
          if (facts.orderNumber && !text.includes(facts.orderNumber)) {
            missing.push(`${entry.key}: ${facts.orderNumber}`);
          }
          for (const number of facts.trackingNumbers) {
            if (!text.includes(number)) missing.push(`${entry.key}: ${number}`);
          }
        }
        expect(missing).toEqual([]);
      },
    );

    it.each(ALL_FACTS.map((facts, index) => [index, facts] as const))(
      "writes dates its own way, facts #%i",
      (_index, facts) => {
        const english = new Map(
          render(CATALOGS.en, facts, toolsFor("en")).map((entry) => [entry.key, entry]),
        );
        const problems: string[] = [];
        for (const entry of render(catalog, facts, tools)) {
          const text = entry.texts.join("\n");
          const iso = text.match(/\b\d{4}-\d{2}-\d{2}\b/);
          if (iso) problems.push(`${entry.key}: ISO date ${iso[0]}`);
          const englishText = english.get(entry.key)?.texts.join("\n") ?? "";
          for (const day of datesOf(facts)) {
            const englishDate = toolsFor("en").date(day);
            if (!englishText.includes(englishDate)) continue;
            if (!writtenDates(language, day).some((written) => text.includes(written))) {
              problems.push(`${entry.key}: ${day} not written as "${tools.date(day)}"`);
            }
            if (language !== "en" && text.includes(englishDate)) {
              problems.push(`${entry.key}: ${day} written in English`);
            }
          }
        }
        expect(problems).toEqual([]);
      },
    );

    it.skipIf(language === "en").each(ALL_FACTS.map((facts, index) => [index, facts] as const))(
      "translates every message and dispute, facts #%i",
      (_index, facts) => {
        const english = new Map(
          render(CATALOGS.en, facts, toolsFor("en")).map((entry) => [entry.key, entry]),
        );
        const untranslated: string[] = [];
        for (const entry of render(catalog, facts, tools)) {
          if (entry.kind !== "message" && entry.kind !== "dispute") continue;
          const text = entry.texts.join("\n");
          if (text === english.get(entry.key)?.texts.join("\n")) untranslated.push(entry.key);
        }
        expect(untranslated).toEqual([]);
      },
    );
  });
});
