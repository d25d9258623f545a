/**
 * The 40 whole parcel histories of the development corpus, assessed the way a buyer would see
 * them over time: just after each event (only the events known by then), then 3, 15 and 60 days
 * after the last one. Every answer must be well formed and never absurd: a delivered parcel is
 * not an emergency unless the buyer says it never arrived, and a parcel that scanned within the
 * last day is not "silent".
 *
 * The histories are read from the project's copy of the corpus (`test/fixtures/event-corpus`,
 * identical to the shared one), as scenarios: their times are in the carriers' own formats and
 * `scenarioInput` builds the timeline with the real parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../messages/catalog.ts";
import { assess } from "./assess.ts";
import { readScenario, type Scenario, scenarioInput } from "./scenario.ts";
import {
  type Assessment,
  type BuyerReport,
  DEFAULT_SETTINGS,
  PLAYBOOK_IDS,
  type ReasonCode,
  VERDICTS,
} from "./types.ts";

interface HistoryEvent {
  time: string | number;
  text: string;
  location: string | null;
  code?: string | number | null;
  label: string;
}

interface History {
  carrier: string;
  source: string;
  note: string;
  events: HistoryEvent[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

const dir = new URL("../../../test/fixtures/event-corpus/histories/", import.meta.url);
const histories = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, dir), "utf8")) as History] as const);

/**
 * The destination country where the history makes it obvious: domestic carriers whose events all
 * stay in their own country. Everything else is left unknown.
 */
const DESTINATION: Record<string, string> = {
  "003.json": "AU", // Australia Post, Victoria to Victoria
  "006.json": "DE", // Hermes, Hamburg
  "010.json": "US", // USPS
  "011.json": "BR", // Correios
  "012.json": "BR", // Shopee Xpress Brazil
  "013.json": "BR", // Loggi
  "014.json": "ES", // Correos
  "015.json": "DE", // DHL Paket
  "016.json": "DE", // DHL Paket
  "017.json": "AT", // Österreichische Post
  "018.json": "CA", // Canada Post
  "019.json": "CA",
  "022.json": "US", // USPS
  "033.json": "US",
  "034.json": "US",
  "035.json": "US",
  "036.json": "CA", // Canada Post
  "038.json": "US", // LaserShip
  "039.json": "US",
};

const TRACKING_NUMBER = "RR123456785CN";
const BAD_TEXT = ["undefined", "NaN", "null", "[object"];
const SILENCE_CODES = new Set<ReasonCode>(["quiet-long", "quiet-very-long"]);

function scenarioOf(
  file: string,
  history: History,
  events: readonly HistoryEvent[],
  nowMs: number,
  reports: BuyerReport[] = [],
): Scenario {
  const country = DESTINATION[file];
  const read = readScenario({
    now: new Date(nowMs).toISOString(),
    order: {
      number: `H-${file.slice(0, 3)}`,
      ...(country ? { destination: { country } } : {}),
    },
    shipments: [
      {
        trackingNumber: TRACKING_NUMBER,
        carrier: history.carrier,
        events: events.map((event) => ({
          time: event.time,
          text: event.text,
          location: event.location,
          code: event.code ?? null,
          source: "corpus",
        })),
      },
    ],
    reports,
  });
  if (!read.ok) throw new Error(`${file}: ${read.problems.join("; ")}`);
  return read.scenario;
}

/**
 * Each raw event's instant, read by the timeline itself (one event at a time, so that the index
 * is sure), and the events it could not read.
 */
function timesOf(file: string, history: History): { times: number[]; problems: string[] } {
  const problems: string[] = [];
  const times = history.events.map((event, index) => {
    const input = scenarioInput(
      scenarioOf(file, history, [event], Date.UTC(2100, 0, 1)),
      DEFAULT_SETTINGS,
      "en",
    );
    for (const problem of input.timeline.problems) problems.push(`event ${index}: ${problem.error}`);
    return input.timeline.events[0]?.time.epochMs ?? Number.NaN;
  });
  return { times, problems };
}

const corpus = histories.map(([file, history]) => ({ file, history, ...timesOf(file, history) }));

function texts(result: Assessment): string[] {
  return [
    ...result.reasons.map((reason) => reason.text),
    ...result.playbook.steps,
    ...result.playbook.messages.map((message) => message.text),
    ...(result.playbook.dispute === null ? [] : [result.playbook.dispute]),
    ...result.playbook.evidence.map((entry) => entry.text),
  ];
}

function expectWellFormed(result: Assessment, nowMs: number, where: string): void {
  expect(VERDICTS, where).toContain(result.verdict);
  expect(PLAYBOOK_IDS, where).toContain(result.playbook.id);
  expect(result.reasons.length, where).toBeGreaterThan(0);
  for (const text of texts(result)) {
    expect(typeof text, where).toBe("string");
    expect(text.trim(), where).not.toBe("");
    for (const bad of BAD_TEXT) expect(text, `${where}: ${bad}`).not.toContain(bad);
  }
  if (result.nextCheckAt !== null) expect(Date.parse(result.nextCheckAt), where).toBeGreaterThan(nowMs);
}

interface Point {
  nowMs: number;
  events: HistoryEvent[];
  newestMs: number;
  label: string;
}

/** The moments to assess at: just after each event (what was known then), then 3, 15 and 60 days on. */
function pointsOf(history: History, times: readonly number[]): Point[] {
  const order = history.events
    .map((event, index) => ({ event, at: times[index] ?? 0, index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const points: Point[] = [];
  const seen = new Set<number>();
  for (const { at } of order) {
    if (seen.has(at)) continue;
    seen.add(at);
    const nowMs = at + MINUTE;
    const known = order.filter((entry) => entry.at <= nowMs);
    points.push({
      nowMs,
      events: known.map((entry) => entry.event),
      newestMs: at,
      label: `1 minute after ${new Date(at).toISOString()} (${known.length} events)`,
    });
  }
  const lastMs = order[order.length - 1]?.at ?? 0;
  const all = order.map((entry) => entry.event);
  for (const days of [3, 15, 60]) {
    points.push({ nowMs: lastMs + days * DAY, events: all, newestMs: lastMs, label: `${days} days after` });
  }
  return points;
}

describe("assessing the development histories over time", () => {
  it("reads all 40", () => {
    expect(histories).toHaveLength(40);
  });

  it.each(corpus.map((entry) => [entry.file, entry] as const))(
    "%s has every event's time read",
    (_file, entry) => {
      expect(entry.problems).toEqual([]);
      for (const time of entry.times) expect(Number.isFinite(time)).toBe(true);
    },
  );

  it.each(corpus.map((entry) => [entry.file, entry] as const))(
    "%s gives a sane answer at every point of its life",
    (file, { history, times }) => {
      pointsOf(history, times).forEach((point, index) => {
        // Each point in another language, so that every catalog meets real histories.
        const lang = LANGUAGES[index % LANGUAGES.length] ?? "en";
        const where = `${file} ${point.label} (${lang})`;
        const input = scenarioInput(
          scenarioOf(file, history, point.events, point.nowMs),
          DEFAULT_SETTINGS,
          lang,
        );
        const result = assess(input);
        expectWellFormed(result, point.nowMs, where);

        // Delivered is never an emergency unless the buyer reports it missing.
        if (result.status === "delivered") expect(result.verdict, where).not.toBe("act_now");

        // A parcel that scanned within the last day is not silent.
        if (point.nowMs - point.newestMs < DAY) {
          expect(result.playbook.id, where).not.toBe("long-silence");
          const codes = result.reasons.map((reason) => reason.code);
          expect(
            codes.filter((code) => SILENCE_CODES.has(code)),
            where,
          ).toEqual([]);
        }
      });
    },
  );

  /** The histories that end delivered, with the moment of their last event. */
  const delivered = corpus
    .map((entry) => ({ ...entry, lastMs: Math.max(...entry.times) }))
    .filter(({ file, history, lastMs }) => {
      const scenario = scenarioOf(file, history, history.events, lastMs + DAY);
      return assess(scenarioInput(scenario, DEFAULT_SETTINGS, "en")).status === "delivered";
    });

  it("has delivered histories to check the missing-parcel report on", () => {
    expect(delivered.length).toBeGreaterThan(10);
  });

  it.each(delivered.map((entry) => [entry.file, entry] as const))(
    "%s delivered but reported not received is act_now",
    (file, { history, lastMs }) => {
      const nowMs = lastMs + 3 * DAY;
      const reports: BuyerReport[] = [{ kind: "not_received", at: new Date(lastMs + 2 * DAY).toISOString() }];
      const input = scenarioInput(
        scenarioOf(file, history, history.events, nowMs, reports),
        DEFAULT_SETTINGS,
        "en",
      );
      for (const lang of ["en", "ru"]) {
        const result = assess({ ...input, lang });
        const where = `${file} (${lang})`;
        expectWellFormed(result, nowMs, where);
        expect(result.status, where).toBe("delivered");
        expect(result.verdict, where).toBe("act_now");
        expect(result.playbook.id, where).toBe("delivered-not-received");
        expect(result.playbook.dispute, where).not.toBeNull();
      }
    },
  );
});
