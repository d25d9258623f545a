/**
 * Every fault a source can produce, end to end through the runner on a real SQLite file: the
 * right outcome for the read, the fault's evidence kept as a fetch, no event added or lost, the
 * number's summary untouched, and a bounded number of attempts with waits between them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNumbers } from "../orders/add-numbers.ts";
import { type FakeReply, type FakeServer, json, startFakeCarrierServer } from "../sim/fake-carrier-server.ts";
import { cainiaoHandoffBody } from "../sim/fake-sources.ts";
import { eventsOfNumbers } from "../store/events.ts";
import { fetchesOfNumbers } from "../store/fetches.ts";
import { findNumber } from "../store/numbers.ts";
import { resetSourceHealth } from "../store/source-health.ts";
import { Store } from "../store/store.ts";
import { runSync } from "./run-sync.ts";
import { sourcesFromConfig } from "./source-status.ts";

const story = {
  firstLeg: "LP00123456789012",
  lastMile: "6A12345678901",
  startMs: Date.parse("2026-11-01T02:00:00Z"),
};
const good = cainiaoHandoffBody(story);
const MAX_ATTEMPTS = 3;

interface Fault {
  name: string;
  reply: FakeReply;
  reason: string;
  /** Attempts expected: transient faults are retried, answers that will not change are not. */
  attempts: number;
}

const FAULTS: Fault[] = [
  { name: "a timeout", reply: { fault: "hang" }, reason: "unavailable", attempts: MAX_ATTEMPTS },
  {
    name: "429 with a long Retry-After",
    reply: json({ error: "slow down" }, 429, { "retry-after": "600" }),
    reason: "rate_limited",
    attempts: 1,
  },
  {
    name: "500",
    reply: { status: 500, body: "Internal Server Error" },
    reason: "unavailable",
    attempts: MAX_ATTEMPTS,
  },
  {
    name: "503",
    reply: { status: 503, body: "Service Unavailable" },
    reason: "unavailable",
    attempts: MAX_ATTEMPTS,
  },
  {
    name: "an HTML captcha page",
    reply: {
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html><body>Please slide to verify (nocaptcha)</body></html>",
    },
    reason: "blocked",
    attempts: 1,
  },
  { name: "malformed JSON", reply: json("{module: [oops]}"), reason: "bad_response", attempts: 1 },
  {
    name: "truncated JSON",
    reply: json(good.slice(0, good.length / 2)),
    reason: "bad_response",
    attempts: 1,
  },
  {
    name: "an empty body",
    reply: { status: 200, headers: { "content-type": "application/json" }, body: "" },
    reason: "bad_response",
    attempts: 1,
  },
  {
    name: "a wrong content type with a non-JSON body",
    reply: {
      status: 200,
      headers: { "content-type": "application/xml" },
      body: "<?xml version='1.0'?><error/>",
    },
    reason: "bad_response",
    attempts: 1,
  },
  {
    name: "a slow drip",
    reply: { ...json(good), fault: "drip", dripMs: 50 },
    reason: "unavailable",
    attempts: MAX_ATTEMPTS,
  },
  { name: "a connection reset", reply: { fault: "reset" }, reason: "unavailable", attempts: MAX_ATTEMPTS },
  {
    name: "a reset in the middle of the body",
    reply: { ...json(good), fault: "reset-mid-body" },
    reason: "unavailable",
    attempts: MAX_ATTEMPTS,
  },
];

let dir: string;
let store: Store;
let server: FakeServer;
let numberId = 0;
let now = "2026-11-21T10:00:00.000Z";
const waits: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-faults-"));
  store = await Store.open({ dialect: "sqlite", path: join(dir, "parceltrail.db") });
  server = await startFakeCarrierServer(() => json(good));
  await addNumbers(
    store,
    { numbers: [story.firstLeg], order: { marketplace: "aliexpress", destination: "Lyon, FR" } },
    now,
  );
  numberId = (await findNumber(store.db, story.firstLeg))?.id ?? 0;
  // A first good read: what a fault must never lose.
  await sync();
});

afterAll(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function sync() {
  return runSync(
    {
      store,
      sources: sourcesFromConfig({ cainiao: { baseUrl: server.url } }, {}),
      now: () => now,
      lang: "en",
      http: {
        timeoutMs: 300,
        sleep: async (ms) => {
          waits.push(ms);
        },
        retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 100, maxDelayMs: 1_000, maxWaitMs: 5_000 },
      },
    },
    { all: true },
  );
}

describe("every fault a source can produce", () => {
  it.each(FAULTS.map((fault) => [fault.name, fault] as const))("%s", async (_name, fault) => {
    const eventsBefore = await eventsOfNumbers(store.db, [numberId]);
    const numberBefore = await findNumber(store.db, story.firstLeg);
    server.handle(() => fault.reply);
    server.requests.length = 0;
    waits.length = 0;
    now = new Date(Date.parse(now) + 86_400_000).toISOString();
    await store.write((tx) => resetSourceHealth(tx, "cainiao"));

    const summary = await sync();

    expect(summary.failures).toEqual([
      expect.objectContaining({ connector: "cainiao", reason: fault.reason, numbers: [story.firstLeg] }),
    ]);
    expect(summary.changes).toEqual([]);
    expect(summary.linked).toEqual([]);
    // Attempts are bounded, and each retry waited (back-off, never a tight loop).
    expect(server.requests).toHaveLength(fault.attempts);
    // (The runner's waits include the source's pacing; each retry adds a back-off of at least 50 ms.)
    expect(waits.length).toBeGreaterThanOrEqual(fault.attempts - 1);
    expect(waits.filter((ms) => ms >= 50).length).toBeGreaterThanOrEqual(fault.attempts - 1);
    // Nothing lost, nothing added: the same events, the same summary.
    expect(await eventsOfNumbers(store.db, [numberId])).toEqual(eventsBefore);
    const numberAfter = await findNumber(store.db, story.firstLeg);
    expect([numberAfter?.status, numberAfter?.event_count, numberAfter?.last_event_at]).toEqual([
      numberBefore?.status,
      numberBefore?.event_count,
      numberBefore?.last_event_at,
    ]);
    // The failed reads are kept as evidence, one fetch per attempt, with the fault as outcome.
    const fetches = (await fetchesOfNumbers(store.db, [numberId])).slice(0, server.requests.length);
    expect(fetches).toHaveLength(fault.attempts);
    expect(new Set(fetches.map((fetch) => fetch.outcome))).toEqual(new Set([fault.reason]));
  });
});
