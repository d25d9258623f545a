/**
 * 17TRACK Tracking API v2.2: the fallback for any number no configured primary source answers.
 *
 * 17TRACK only reports numbers registered with it, and registering costs paid quota, so a read
 * asks `gettrackinfo` first (free) and registers only the numbers 17TRACK says it does not know.
 * A freshly registered number has no data yet: it reads as "not found" until a later sync or a
 * webhook push brings its events. Numbers that are done are stopped (`stoptrack`) so they stop
 * counting against the key.
 */
import { z } from "zod";
import { readJson, statusFailure } from "../body.ts";
import {
  batches,
  type Connector,
  type ConnectorContext,
  type Failure,
  failAll,
  markFailure,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { Exchange } from "../http.ts";
import {
  CARRIER_CODES,
  envelopeFailure,
  itemResult,
  type ParsedItem,
  parseTrackItem,
  QUOTA_MESSAGE,
  REGISTERED_MESSAGE,
  type Rejection,
  readEnvelope,
  rejectionResult,
  ST_CODE,
} from "./parse.ts";

export const seventeenTrackCredentials = z.object({ key: z.string().min(1) });
export type SeventeenTrackCredentials = z.infer<typeof seventeenTrackCredentials>;
type Context = ConnectorContext<SeventeenTrackCredentials>;

/** 17TRACK refuses more than 40 numbers per call (-18010014). */
const BATCH = 40;
const API = "/track/v2.2";

type Call =
  | { ok: true; accepted: unknown[]; rejected: Rejection[]; exchange: Exchange }
  | { ok: false; failure: Failure; exchange: Exchange | null };

function fail(exchange: Exchange, failure: Failure): Call {
  markFailure(exchange, failure);
  return { ok: false, failure, exchange };
}

/** One POST to an endpoint, read down to its accepted and rejected numbers. */
async function call(context: Context, endpoint: string, items: readonly object[]): Promise<Call> {
  const result = await context.http.request({
    method: "POST",
    path: `${API}/${endpoint}`,
    headers: { "17token": context.credentials.key, "content-type": "application/json" },
    body: JSON.stringify(items),
    numbers: items.map((item) => String((item as { number?: unknown }).number ?? "")),
  });
  if (!result.ok) return { ok: false, failure: result.failure, exchange: result.exchange };
  const { response } = result;
  if (response.status !== 200) {
    // 404 here is a wrong path or base URL, never "this number is unknown": 17TRACK says that in the body.
    const failure = statusFailure(response.status) ?? {
      reason: "bad_response" as const,
      message: `17TRACK answered HTTP ${response.status}`,
    };
    return fail(response.exchange, failure);
  }
  const body = readJson(response);
  if (!body.ok) return { ok: false, failure: body, exchange: response.exchange };
  const envelope = readEnvelope(body.value);
  if (!envelope.ok) return fail(response.exchange, envelopeFailure(envelope.code, envelope.message));
  return { ok: true, accepted: envelope.accepted, rejected: envelope.rejected, exchange: response.exchange };
}

/** Numbers as 17TRACK may echo them (case, spaces) matched to the ones asked. */
const key = (number: string): string => number.replace(/\s+/g, "").toUpperCase();

/** The 17TRACK code to tell for a request, only when the buyer pinned a carrier we can name. */
function pinnedCode(request: TrackRequest | undefined): number | null {
  if (!request?.carrierPinned || !request.carrier) return null;
  return CARRIER_CODES[request.carrier] ?? null;
}

async function registerUnknown(
  requests: readonly TrackRequest[],
  context: Context,
  results: Map<string, TrackResult>,
): Promise<void> {
  const body = requests.map((request) => {
    const carrier = pinnedCode(request);
    return carrier === null ? { number: request.number } : { number: request.number, carrier };
  });
  const registered = await call(context, "register", body);
  if (!registered.ok) {
    for (const result of failAll(requests, registered.failure, registered.exchange))
      results.set(key(result.number), result);
    return;
  }
  const { exchange } = registered;
  for (const item of registered.accepted) {
    const number = (item as { number?: unknown } | null)?.number;
    if (typeof number !== "string") continue;
    results.set(key(number), { number, outcome: "not_found", message: REGISTERED_MESSAGE, exchange });
  }
  for (const rejection of registered.rejected) {
    results.set(key(rejection.number), rejectionResult(rejection, exchange, context.now()));
  }
  const quota = registered.rejected.filter((r) => r.code === ST_CODE.quotaA || r.code === ST_CODE.quotaB);
  if (registered.accepted.length === 0 && quota.length > 0 && quota.length === registered.rejected.length) {
    // Nothing could be registered: the key's health should show the quota, not a healthy call.
    exchange.outcome = "rate_limited";
    exchange.error = QUOTA_MESSAGE;
  }
}

/** Tells 17TRACK the pinned carrier for numbers it tracks under another one; the data read is kept. */
async function changeCarriers(
  found: readonly ParsedItem[],
  byNumber: Map<string, TrackRequest>,
  context: Context,
) {
  const changes = found.flatMap((item) => {
    const wanted = pinnedCode(byNumber.get(key(item.number)));
    if (wanted === null || item.carrierCode === null || item.carrierCode === wanted) return [];
    return [{ number: item.number, carrier_old: item.carrierCode, carrier_new: wanted }];
  });
  // Its exchange is recorded by the client; a failed change only means the next read is still off.
  if (changes.length > 0) await call(context, "changecarrier", changes);
}

async function trackBatch(
  batch: readonly TrackRequest[],
  context: Context,
): Promise<Map<string, TrackResult>> {
  const results = new Map<string, TrackResult>();
  const byNumber = new Map(batch.map((request) => [key(request.number), request]));
  const info = await call(
    context,
    "gettrackinfo",
    [...byNumber.values()].map((request) => ({ number: request.number })),
  );
  if (!info.ok) {
    for (const result of failAll(batch, info.failure, info.exchange)) results.set(key(result.number), result);
    return results;
  }
  const found: ParsedItem[] = [];
  for (const item of info.accepted) {
    const parsed = parseTrackItem(item);
    if (!parsed || !byNumber.has(key(parsed.number))) continue;
    found.push(parsed);
    results.set(key(parsed.number), itemResult(parsed, info.exchange));
  }
  const unknown: TrackRequest[] = [];
  for (const rejection of info.rejected) {
    const request = byNumber.get(key(rejection.number));
    if (!request) continue;
    if (rejection.code === ST_CODE.notRegistered) unknown.push(request);
    else results.set(key(request.number), rejectionResult(rejection, info.exchange, context.now()));
  }
  if (found.length === 0 && info.rejected.length > 0) info.exchange.outcome = "not_found";
  if (unknown.length > 0) await registerUnknown(unknown, context, results);
  await changeCarriers(found, byNumber, context);
  for (const [number, request] of byNumber) {
    if (results.has(number)) continue;
    results.set(number, {
      number: request.number,
      outcome: "failed",
      reason: "bad_response",
      message: "17TRACK's answer did not mention this number",
      exchange: info.exchange,
    });
  }
  return results;
}

export const seventeenTrackConnector: Connector<SeventeenTrackCredentials> = {
  id: "17track",
  name: "17TRACK",
  role: "fallback",
  // 17TRACK covers thousands of carriers; as the fallback it is asked for anything, so none are listed.
  carriers: [],
  answers: () => true,
  batchSize: BATCH,
  requestsPerSecond: 3,
  baseUrl: "https://api.17track.net",
  credentials: seventeenTrackCredentials,
  push: true,
  languages: ["en", "zh"],

  async track(requests, context) {
    const results = new Map<string, TrackResult>();
    for (const batch of batches(requests, BATCH)) {
      for (const [number, result] of await trackBatch(batch, context)) results.set(number, result);
    }
    return requests.flatMap((request) => {
      const result = results.get(key(request.number));
      // Results carry the number as asked, even when 17TRACK echoed it in another case.
      return result ? [{ ...result, number: request.number }] : [];
    });
  },

  async stop(requests, context) {
    const numbers = [...new Set(requests.map((request) => request.number))];
    // Failures are recorded with their exchanges; an unstopped number only costs quota, so nothing throws.
    for (const batch of batches(numbers, BATCH))
      await call(
        context,
        "stoptrack",
        batch.map((number) => ({ number })),
      );
  },
};
