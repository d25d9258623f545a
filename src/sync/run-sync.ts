/**
 * `parceltrail sync`: read every due number from the sources that can know it, store what they
 * said, follow the last-mile numbers they reveal (read in the same run), and keep each source's
 * health. Sources run side by side (a slow or broken one never holds up the others); within a
 * source, batches go one after another at the source's pace, and an open circuit skips the rest.
 */
import type { AnyConnector, TrackRequest, TrackResult } from "../carriers/connector.ts";
import { createHttpClient, type HttpDependencies } from "../carriers/http.ts";
import type { SourceSettings } from "../carriers/source-settings.ts";
import { allSourceHealth, saveSourceHealth } from "../store/source-health.ts";
import type { Store } from "../store/store.ts";
import { chooseSources } from "./choose-sources.ts";
import { admit } from "./circuit-breaker.ts";
import { isActive, isDue, loadSyncNumbers, type SyncNumber } from "./due.ts";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";
import { circuitOf, healthAfterBatch } from "./source-health-row.ts";
import { type LinkedNumber, type NumberChange, storeBatch } from "./store-batch.ts";

/** How many handoffs deep one sync follows (first leg → last mile → a re-label). */
const MAX_ROUNDS = 3;
/** Sources read at the same time. */
const CONCURRENCY = 4;

export interface SyncDependencies {
  store: Store;
  /** Every connector with its settings (configured or not). */
  sources: readonly SourceSettings[];
  now(): string;
  lang: string;
  http?: Partial<HttpDependencies> & { retry?: RetryPolicy; timeoutMs?: number };
  onProgress?(done: number, total: number): void;
}

export interface SyncRequest {
  /** Read these orders' numbers, due or not. */
  orderIds?: readonly number[];
  /** Read every number still moving, due or not. */
  all?: boolean;
}

export interface SourceFailure {
  connector: string;
  reason: string;
  message: string;
  numbers: string[];
  retryAt: string | null;
}

export interface SyncSummary {
  /** Numbers asked about (each once per source). */
  read: number;
  requests: number;
  changes: NumberChange[];
  linked: LinkedNumber[];
  failures: SourceFailure[];
  /** Sources left alone because their circuit is open. */
  skipped: Array<{ connector: string; until: string | null; numbers: number; lastError: string | null }>;
  notFound: Array<{ connector: string; number: string; message: string | null }>;
  /** Numbers no configured source can answer for (with the sources that could, if configured). */
  unanswered: Array<{ number: string; couldAsk: string[] }>;
  problems: Array<{ number: string; error: string }>;
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(size, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  });
  await Promise.all(workers);
}

function requestOf(number: SyncNumber): TrackRequest {
  return { number: number.number, carrier: number.carrier, carrierPinned: number.carrierPinned };
}

/** Every request answered once: a connector that threw or skipped a number never loses it silently. */
function completeResults(requests: readonly TrackRequest[], results: readonly TrackResult[]): TrackResult[] {
  const byNumber = new Map(results.map((result) => [result.number, result]));
  return requests.map(
    (request) =>
      byNumber.get(request.number) ?? {
        number: request.number,
        outcome: "not_found" as const,
        message: "the source's answer did not mention this number",
        exchange: null,
      },
  );
}

export async function runSync(deps: SyncDependencies, request: SyncRequest = {}): Promise<SyncSummary> {
  const { store } = deps;
  const summary: SyncSummary = {
    read: 0,
    requests: 0,
    changes: [],
    linked: [],
    failures: [],
    skipped: [],
    notFound: [],
    unanswered: [],
    problems: [],
  };
  const configured = deps.sources.filter((each) => each.configured).map((each) => each.connector);
  const settingsOf = new Map(deps.sources.map((each) => [each.connector.id, each]));
  const health = new Map((await allSourceHealth(store.db)).map((row) => [row.connector, row]));
  const nowMs = () => Date.parse(deps.now());

  const selected = await loadSyncNumbers(store.db, { orderIds: request.orderIds });
  let pending = request.orderIds
    ? selected
    : selected.filter((number) => (request.all ? isActive(number) : isDue(number, nowMs())));
  const finals = new Map<string, TrackRequest[]>();
  let done = 0;
  let total = 0;

  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const plan = new Map<AnyConnector, SyncNumber[]>();
    for (const number of pending) {
      const chosen = chooseSources(
        { request: requestOf(number), marketplace: number.marketplace, doneWith: number.doneWith },
        configured,
      );
      if (chosen.length === 0) {
        const couldAsk = deps.sources
          .filter((each) => !each.configured && each.connector.role !== "passive")
          .filter((each) => each.connector.answers(requestOf(number), { marketplace: number.marketplace }))
          .map((each) => each.connector.id);
        summary.unanswered.push({ number: number.number, couldAsk });
      }
      for (const connector of chosen) plan.set(connector, [...(plan.get(connector) ?? []), number]);
    }
    total += [...plan.values()].reduce((sum, numbers) => sum + numbers.length, 0);
    deps.onProgress?.(done, total);
    const linkedThisRound: Array<{ linked: LinkedNumber; parent: SyncNumber }> = [];

    await pool([...plan.entries()], CONCURRENCY, async ([connector, numbers]) => {
      const settings = settingsOf.get(connector.id);
      const http = createHttpClient(
        {
          connector: connector.id,
          baseUrl: settings?.baseUrl ?? connector.baseUrl,
          requestsPerSecond: connector.requestsPerSecond,
          retry: deps.http?.retry ?? DEFAULT_RETRY,
          ...(deps.http?.timeoutMs ? { timeoutMs: deps.http.timeoutMs } : {}),
        },
        deps.http ?? {},
      );
      const context = {
        http,
        credentials: settings?.credentials,
        lang: deps.lang,
        now: () => new Date(deps.now()),
      };
      for (let start = 0; start < numbers.length; start += connector.batchSize) {
        const batch = numbers.slice(start, start + connector.batchSize);
        const row = health.get(connector.id);
        const admitted = admit(circuitOf(row), nowMs());
        if (!admitted.allowed) {
          summary.skipped.push({
            connector: connector.id,
            until: row?.open_until ?? null,
            numbers: numbers.length - start,
            lastError: row?.last_error ?? null,
          });
          done += numbers.length - start;
          deps.onProgress?.(done, total);
          return;
        }
        const requests = batch.map(requestOf);
        const firstExchange = http.exchanges.length;
        let results: TrackResult[];
        try {
          results = completeResults(requests, await connector.track(requests, context));
        } catch (error) {
          // A connector bug must not stop the sync or lose the batch: it is a bad answer, recorded.
          const message = `the ${connector.name} reader failed: ${error instanceof Error ? error.message : String(error)}`;
          results = requests.map((each) => ({
            number: each.number,
            outcome: "failed" as const,
            reason: "bad_response" as const,
            message,
            exchange: null,
          }));
        }
        const exchanges = http.exchanges.slice(firstExchange);
        const stored = await storeBatch(store, connector, batch, results, exchanges, deps.now());
        summary.read += batch.length;
        summary.requests += exchanges.length;
        summary.changes.push(...stored.changes);
        summary.problems.push(...stored.problems);
        for (const linked of stored.linked) {
          summary.linked.push(linked);
          const parent = batch.find((each) => each.number === linked.from);
          if (parent) linkedThisRound.push({ linked, parent });
        }
        for (const result of results) {
          if (result.outcome === "not_found") {
            summary.notFound.push({
              connector: connector.id,
              number: result.number,
              message: result.message ?? null,
            });
          }
          if (result.outcome === "found" && result.final && connector.stop) {
            const finished = requests.find((each) => each.number === result.number);
            if (finished) finals.set(connector.id, [...(finals.get(connector.id) ?? []), finished]);
          }
        }
        const failed = results.filter((result) => result.outcome === "failed");
        for (const result of failed) {
          const existing = summary.failures.find(
            (each) =>
              each.connector === connector.id &&
              each.reason === result.reason &&
              each.message === result.message,
          );
          const retryAt = result.retryAt ? new Date(result.retryAt).toISOString() : null;
          if (existing) existing.numbers.push(result.number);
          else
            summary.failures.push({
              connector: connector.id,
              reason: result.reason,
              message: result.message,
              numbers: [result.number],
              retryAt,
            });
        }
        const next = healthAfterBatch(connector.id, row, admitted.state, results, deps.now());
        health.set(connector.id, next);
        await store.write((tx) => saveSourceHealth(tx, next));
        done += batch.length;
        deps.onProgress?.(done, total);
      }
    });

    pending = linkedThisRound.map(({ linked, parent }) => ({
      id: linked.id,
      number: linked.number,
      carrier: linked.carrier,
      carrierPinned: false,
      orderId: linked.orderId,
      marketplace: parent.marketplace,
      destCountry: parent.destCountry,
      stage: null,
      status: null,
      lastReadAt: null,
      doneWith: new Set<string>(),
    }));
  }

  // Sources that count tracked numbers against a quota are told to stop the finished ones.
  for (const [connectorId, requests] of finals) {
    const settings = settingsOf.get(connectorId);
    if (!settings?.connector.stop) continue;
    const http = createHttpClient(
      {
        connector: connectorId,
        baseUrl: settings.baseUrl,
        requestsPerSecond: settings.connector.requestsPerSecond,
        retry: deps.http?.retry ?? DEFAULT_RETRY,
      },
      deps.http ?? {},
    );
    await settings.connector
      .stop(requests, {
        http,
        credentials: settings.credentials,
        lang: deps.lang,
        now: () => new Date(deps.now()),
      })
      .catch(() => undefined);
  }
  return summary;
}
