/**
 * Storing what one batch read, in one transaction: every exchange as a fetch (its raw body is the
 * buyer's evidence, failures included), the events found (idempotent: a repeat adds nothing), each
 * number's source row (read, failing, or done), and every last-mile number a source revealed,
 * created in the same order and linked to the number it came from. A failed read stores its fetch
 * and its error, and nothing else: no event is removed, no summary is touched.
 */
import type { AnyConnector, TrackResult } from "../carriers/connector.ts";
import type { Exchange } from "../carriers/http.ts";
import { type Handoff, handoffFromFacts, handoffsFromText } from "../domain/timeline/handoffs.ts";
import { insertFetch } from "../store/fetches.ts";
import { type IngestItem, prepareEvents, storeEvents } from "../store/ingest.ts";
import { findNumber, insertNumber } from "../store/numbers.ts";
import { recordSourceRead } from "../store/sources.ts";
import type { Executor, Store } from "../store/store.ts";
import type { SyncNumber } from "./due.ts";

export interface NumberChange {
  orderId: number;
  number: string;
  source: string;
  newEvents: number;
  statusBefore: string | null;
  statusAfter: string | null;
}

export interface LinkedNumber {
  orderId: number;
  id: number;
  from: string;
  number: string;
  carrier: string | null;
  source: string;
  evidence: string;
}

export interface BatchStored {
  changes: NumberChange[];
  linked: LinkedNumber[];
  /** Events that could not be read (kept out, with why). */
  problems: Array<{ number: string; error: string }>;
}

/** The last-mile numbers a result reveals: from the source's facts and from event texts. */
export function handoffsOf(result: TrackResult, source: string): Handoff[] {
  if (result.outcome !== "found") return [];
  const found: Handoff[] = [];
  const fromFacts = handoffFromFacts(result.facts, result.number, source);
  if (fromFacts) found.push(fromFacts);
  for (const report of result.reports) {
    for (const event of report.events) {
      for (const handoff of handoffsFromText(event.text ?? "", result.number, source)) {
        if (!found.some((each) => each.number === handoff.number)) found.push(handoff);
      }
    }
  }
  return found;
}

async function storeFetches(
  tx: Executor,
  exchanges: readonly Exchange[],
  idOf: (number: string) => number | undefined,
  batchIds: readonly number[],
): Promise<Map<Exchange, number>> {
  const fetchIds = new Map<Exchange, number>();
  for (const exchange of exchanges) {
    if (!exchange.record) continue;
    const numberIds = exchange.numbers.map(idOf).filter((id): id is number => id !== undefined);
    const fetchId = await insertFetch(tx, {
      connector: exchange.connector,
      startedAt: exchange.startedAt,
      durationMs: exchange.durationMs,
      outcome: exchange.outcome,
      httpStatus: exchange.status,
      error: exchange.error,
      contentType: exchange.contentType,
      body: exchange.body,
      url: exchange.url,
      numberIds: numberIds.length > 0 ? numberIds : batchIds,
    });
    fetchIds.set(exchange, fetchId);
  }
  return fetchIds;
}

async function linkHandoffs(
  tx: Executor,
  number: SyncNumber,
  handoffs: readonly Handoff[],
  now: string,
): Promise<LinkedNumber[]> {
  const linked: LinkedNumber[] = [];
  for (const handoff of handoffs) {
    if (handoff.number.length < 8 || (await findNumber(tx, handoff.number))) continue;
    const row = await insertNumber(
      tx,
      {
        orderId: number.orderId,
        number: handoff.number,
        carrier: handoff.carrier,
        carrierPinned: false,
        handedOffFrom: number.id,
        role: "last_mile",
      },
      now,
    );
    linked.push({
      orderId: number.orderId,
      id: row.id,
      from: number.number,
      number: row.number,
      carrier: row.carrier,
      source: handoff.source,
      evidence: handoff.evidence,
    });
  }
  return linked;
}

export async function storeBatch(
  store: Store,
  connector: AnyConnector,
  batch: readonly SyncNumber[],
  results: readonly TrackResult[],
  exchanges: readonly Exchange[],
  now: string,
): Promise<BatchStored> {
  const byNumber = new Map(batch.map((number) => [number.number, number]));
  const batchIds = batch.map((number) => number.id);
  return store.write(async (tx) => {
    const before = await tx
      .selectFrom("tracking_numbers")
      .select(["id", "status", "event_count"])
      .where("id", "in", batchIds)
      .execute();
    const fetchIds = await storeFetches(tx, exchanges, (n) => byNumber.get(n)?.id, batchIds);
    const items: IngestItem[] = [];
    const stored: BatchStored = { changes: [], linked: [], problems: [] };
    for (const result of results) {
      const number = byNumber.get(result.number);
      if (!number) continue;
      if (result.outcome === "found") {
        for (const report of result.reports) {
          items.push({
            numberId: number.id,
            report: { source: connector.id, ...report },
            route: { origin: null, destination: number.destCountry },
            fetchId: result.exchange ? (fetchIds.get(result.exchange) ?? null) : null,
          });
        }
        stored.linked.push(...(await linkHandoffs(tx, number, handoffsOf(result, connector.id), now)));
      }
      await recordSourceRead(tx, number.id, connector.id, {
        at: now,
        ok: result.outcome !== "failed",
        error: result.outcome === "failed" ? `${result.reason}: ${result.message}` : null,
        state:
          result.outcome === "failed"
            ? "failing"
            : result.outcome === "found" && result.final
              ? "done"
              : "active",
      });
    }
    if (items.length > 0) {
      const { rows, problems } = prepareEvents(items, now);
      for (const problem of problems) {
        const number = batch.find((each) => each.id === problem.numberId);
        stored.problems.push({ number: number?.number ?? String(problem.numberId), error: problem.error });
      }
      await storeEvents(tx, items, rows, now);
      // storeEvents marks every read active; a source that said it is done stays done.
      for (const result of results) {
        const number = byNumber.get(result.number);
        if (number && result.outcome === "found" && result.final) {
          await recordSourceRead(tx, number.id, connector.id, { at: now, ok: true, state: "done" });
        }
      }
    }
    const after = await tx
      .selectFrom("tracking_numbers")
      .select(["id", "status", "event_count"])
      .where("id", "in", batchIds)
      .execute();
    const beforeById = new Map(before.map((row) => [row.id, row]));
    for (const row of after) {
      const previous = beforeById.get(row.id);
      const number = batch.find((each) => each.id === row.id);
      if (!previous || !number) continue;
      const newEvents = row.event_count - previous.event_count;
      if (newEvents > 0 || row.status !== previous.status) {
        stored.changes.push({
          orderId: number.orderId,
          number: number.number,
          source: connector.id,
          newEvents,
          statusBefore: previous.status,
          statusAfter: row.status,
        });
      }
    }
    return stored;
  });
}
