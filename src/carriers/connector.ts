/**
 * The connector port: what every source of tracking data declares and does. A connector turns a
 * batch of tracking numbers into, per number, events found, "not found", or a failure with a
 * reason. It never touches the database: the sync runner stores every HTTP exchange as a fetch,
 * ingests the events, follows handoffs and keeps each source's health.
 */
import type { z } from "zod";
import type { SourceEvent, SourceFacts } from "../domain/timeline/input.ts";
import type { Exchange, HttpClient } from "./http.ts";

/** Why a read failed. Each is stored as the fetch's outcome and drives back-off and the circuit. */
export const FAILURE_REASONS = [
  "blocked",
  "rate_limited",
  "unauthorized",
  "unavailable",
  "bad_response",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** One number to read, as the store knows it. */
export interface TrackRequest {
  /** Normalised: upper case, no spaces. */
  number: string;
  /** Our carrier id (detected or pinned), when known. */
  carrier: string | null;
  /** True when the buyer chose the carrier: a source that can be told the carrier is told. */
  carrierPinned: boolean;
}

/** What a source says about one number, in the timeline's input shape. */
export interface FoundReport {
  /** The carrier (our id or the source's name for it) whose code table reads these events. */
  carrier: string | null;
  /** Language of the texts, BCP 47, when the source says. */
  lang?: string | null;
  /** IANA zone for zone-less event times, when the source is in one zone. */
  timeZone?: string | null;
  dateOrder?: "dmy" | "mdy" | null;
  events: SourceEvent[];
}

export interface TrackFacts extends SourceFacts {
  /** Delivery estimate the source gives (ISO dates or date-times). */
  eta?: { from: string; to: string } | null;
}

export type TrackResult =
  | {
      number: string;
      outcome: "found";
      /** Usually one; a source that merges several carriers (17TRACK providers) gives one each. */
      reports: FoundReport[];
      facts: TrackFacts;
      /** The exchange the events came from: they are stored linked to its fetch. */
      exchange: Exchange | null;
      /** True when the source says it will not change any more (delivered, returned, expired). */
      final?: boolean;
    }
  | { number: string; outcome: "not_found"; message?: string; exchange: Exchange | null }
  | {
      number: string;
      outcome: "failed";
      reason: FailureReason;
      /** A sentence for `sync` and `sources`: what went wrong, never a credential. */
      message: string;
      /** When the source said to come back (Retry-After), epoch ms. */
      retryAt?: number | null;
      exchange: Exchange | null;
    };

export interface ConnectorContext<Credentials> {
  http: HttpClient;
  credentials: Credentials;
  /** The language the buyer reads, for sources that translate (Cainiao `lang`). */
  lang: string;
  now(): Date;
}

export interface Connector<Credentials = unknown> {
  /** Stable id: config key, `PARCELTRAIL_<ID>_…` variables, stored with every fetch and event. */
  id: string;
  name: string;
  /**
   * primary: asked for the numbers it can answer for. fallback: asked only when no configured
   * primary can answer (17TRACK). passive: never fetched, fed by the buyer (manual).
   */
  role: "primary" | "fallback" | "passive";
  /** Our carrier ids it can answer for (documentation and `sources`); `answers` decides. */
  carriers: readonly string[];
  /** Whether this source can know this number at all. Never ask one that cannot. */
  answers(request: TrackRequest, hints: { marketplace: string | null }): boolean;
  /** Numbers per request (1 when the API takes one). */
  batchSize: number;
  /** The most requests per second this source is sent. */
  requestsPerSecond: number;
  /** The real API's scheme, host and port; `PARCELTRAIL_<ID>_BASE_URL` replaces them. */
  baseUrl: string;
  /** Zod schema of the credentials from config, null when the source needs none. */
  credentials: z.ZodType<Credentials> | null;
  /** Whether the source can push updates (a webhook receiver exists). */
  push: boolean;
  /** Languages the source's texts come in. */
  languages: readonly string[];
  track(requests: readonly TrackRequest[], context: ConnectorContext<Credentials>): Promise<TrackResult[]>;
  /** Tells the source to stop tracking numbers that are done (17TRACK: quota). */
  stop?(requests: readonly TrackRequest[], context: ConnectorContext<Credentials>): Promise<void>;
}

/** A connector as the registry holds it: the credentials type erased. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds connectors of every credentials type.
export type AnyConnector = Connector<any>;

/** The items in runs of at most `size`: a source is never sent more numbers than it takes. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** A failed read: why, in words for `sync`, and when the source said to come back. */
export interface Failure {
  reason: FailureReason;
  message: string;
  retryAt?: number | null;
}

/**
 * Stores a failure as the exchange's outcome, so that the fetch says why. An exchange that already
 * records this reason keeps its own words: the HTTP client and `readJson` mark the failures they
 * find, and a connector that adds advice to the message must not overwrite what happened.
 */
export function markFailure(exchange: Exchange | null, failure: Failure): void {
  if (exchange && exchange.outcome !== failure.reason) {
    exchange.outcome = failure.reason;
    exchange.error = failure.message;
  }
}

/** A number the source has events or facts for. */
export function found(
  number: string,
  read: { reports: FoundReport[]; facts: TrackFacts; final: boolean },
  exchange: Exchange | null,
): TrackResult {
  return { number, outcome: "found", reports: read.reports, facts: read.facts, exchange, final: read.final };
}

/**
 * A number the source says it does not know, its exchange stored as not found. That replaces an
 * earlier mark: an empty 404 first reads as a bad response, yet it is how some sources say it.
 * A batch answer that also found other numbers builds its not-found results itself.
 */
export function notFound(number: string, message: string | undefined, exchange: Exchange): TrackResult {
  exchange.outcome = "not_found";
  exchange.error = null;
  return { number, outcome: "not_found", ...(message === undefined ? {} : { message }), exchange };
}

/** A number whose read failed; the exchange is marked as `markFailure` says. */
export function failed(number: string, failure: Failure, exchange: Exchange | null): TrackResult {
  markFailure(exchange, failure);
  return {
    number,
    outcome: "failed",
    reason: failure.reason,
    message: failure.message,
    retryAt: failure.retryAt ?? null,
    exchange,
  };
}

/** The same failure for every number of a batch (the request itself failed). */
export function failAll(
  requests: readonly TrackRequest[],
  failure: Failure,
  exchange: Exchange | null,
): TrackResult[] {
  return requests.map((request) => failed(request.number, failure, exchange));
}
