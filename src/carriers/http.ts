/**
 * The one way connectors talk HTTP. `fetch` is injected (tests, proxies); this is where timeouts,
 * the user agent, the base URL override, pacing, retries with back-off and jitter, Retry-After
 * and the record of every exchange live, so that no connector does them its own way.
 *
 * A request gives back either a response (any status the connector must read itself: 200, 400,
 * 401, 404...) or, after the retries, a failure: the network failed, the time ran out, the source
 * said 429 or 5xx. Every attempt is an Exchange; the sync runner stores each as a fetch.
 */
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from "../sync/retry.ts";
import type { FailureReason } from "./connector.ts";

export interface Exchange {
  connector: string;
  method: string;
  /** The URL asked, with secret query parameters removed. */
  url: string;
  startedAt: string;
  durationMs: number;
  /** HTTP status, null when no response came. */
  status: number | null;
  contentType: string | null;
  /** The body exactly as received (null when none came). */
  body: Uint8Array | null;
  /** What failed on the way, when something did. */
  error: string | null;
  /** Stored as the fetch's outcome: "ok", "not_found" or a failure reason. Connectors refine it. */
  outcome: "ok" | "not_found" | FailureReason;
  /** The tracking numbers this exchange was about. */
  numbers: string[];
  /** False for token requests: their bodies hold secrets and are never stored. */
  record: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  contentType: string | null;
  body: Uint8Array;
  exchange: Exchange;
  text(): string;
}

export interface HttpFailure {
  reason: FailureReason;
  message: string;
  /** When the source said to come back, epoch ms. */
  retryAt: number | null;
}

export type HttpResult =
  | { ok: true; response: HttpResponse }
  | { ok: false; failure: HttpFailure; exchange: Exchange | null };

export interface HttpRequest {
  method?: "GET" | "POST";
  /** The real API's path and query ("/global/detail.json?mailNos=…"); the base URL is prepended. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The tracking numbers asked about (recorded with the exchange). */
  numbers?: readonly string[];
  /** Query parameters to leave out of the recorded URL (keys). */
  secretParams?: readonly string[];
  /** False for requests whose answer must never be stored (tokens). */
  record?: boolean;
  /** Statuses to read as a response, not retry (a source that answers 503 for "not found"). */
  acceptStatuses?: readonly number[];
}

export interface HttpDependencies {
  fetch: typeof globalThis.fetch;
  sleep(ms: number): Promise<void>;
  /** Epoch ms. */
  now(): number;
  random(): number;
}

export interface HttpOptions {
  connector: string;
  /** Scheme, host and port (and an optional path prefix) put in front of every request path. */
  baseUrl: string;
  userAgent: string;
  /** For the whole exchange: headers and every byte of the body. */
  timeoutMs: number;
  maxBodyBytes: number;
  retry: RetryPolicy;
  /** Requests per second to this source, from every caller of this client. */
  requestsPerSecond: number;
  onExchange?(exchange: Exchange): void;
}

export const DEFAULT_HTTP = {
  timeoutMs: 20_000,
  maxBodyBytes: 8 * 1024 * 1024,
};

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/** Joins the configured base (which may carry a proxy's path prefix) and the API's path. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

function withoutSecrets(url: string, secretParams: readonly string[]): string {
  if (secretParams.length === 0) return url;
  const parsed = new URL(url);
  for (const key of secretParams) parsed.searchParams.delete(key);
  return parsed.toString();
}

/** A short, credential-free sentence for a fetch that threw. */
export function transportError(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no complete answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "the connection was reset";
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name could not be resolved";
  if (code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT")
    return "the answer stopped coming";
  if (code) return `the request failed (${code})`;
  return `the request failed (${error instanceof Error ? error.message : String(error)})`;
}

class BodyTooLarge extends Error {}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Spaces request starts so that a source gets at most `perSecond` requests a second. */
export class Pacer {
  private next = 0;
  private readonly perSecond: number;
  private readonly deps: Pick<HttpDependencies, "sleep" | "now">;

  constructor(perSecond: number, deps: Pick<HttpDependencies, "sleep" | "now">) {
    this.perSecond = perSecond;
    this.deps = deps;
  }

  async wait(): Promise<void> {
    const interval = this.perSecond > 0 ? 1000 / this.perSecond : 0;
    const now = this.deps.now();
    const start = Math.max(now, this.next);
    this.next = start + interval;
    if (start > now) await this.deps.sleep(start - now);
  }
}

export class HttpClient {
  private readonly pacer: Pacer;
  /** Every exchange of this client, in order (the sync runner stores them). */
  readonly exchanges: Exchange[] = [];

  readonly options: HttpOptions;
  private readonly deps: HttpDependencies;

  constructor(options: HttpOptions, deps: HttpDependencies) {
    this.options = options;
    this.deps = deps;
    this.pacer = new Pacer(options.requestsPerSecond, deps);
  }

  async request(request: HttpRequest): Promise<HttpResult> {
    const policy = this.options.retry;
    let last: HttpResult | null = null;
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
      await this.pacer.wait();
      const result = await this.attempt(request);
      last = result.result;
      if (!result.retryable || attempt === policy.maxAttempts) break;
      const backoff = backoffDelay(attempt, policy, this.deps.random);
      const retryAt = result.result.ok ? null : result.result.failure.retryAt;
      const wait = Math.max(backoff, retryAt === null ? 0 : retryAt - this.deps.now());
      // A source that asks for a long pause gets it between syncs, not inside this one.
      if (wait > policy.maxWaitMs) break;
      await this.deps.sleep(wait);
    }
    return (
      last ?? {
        ok: false,
        failure: { reason: "unavailable", message: "no attempt made", retryAt: null },
        exchange: null,
      }
    );
  }

  private record(exchange: Exchange): void {
    this.exchanges.push(exchange);
    this.options.onExchange?.(exchange);
  }

  private async attempt(request: HttpRequest): Promise<{ result: HttpResult; retryable: boolean }> {
    const { options, deps } = this;
    const url = joinUrl(options.baseUrl, request.path);
    const startedMs = deps.now();
    const exchange: Exchange = {
      connector: options.connector,
      method: request.method ?? "GET",
      url: withoutSecrets(url, request.secretParams ?? []),
      startedAt: new Date(startedMs).toISOString(),
      durationMs: 0,
      status: null,
      contentType: null,
      body: null,
      error: null,
      outcome: "ok",
      numbers: [...(request.numbers ?? [])],
      record: request.record ?? true,
    };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      const response = await deps.fetch(url, {
        method: exchange.method,
        headers: { "user-agent": options.userAgent, accept: "application/json", ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: controller.signal,
        redirect: "follow",
      });
      exchange.status = response.status;
      exchange.contentType = response.headers.get("content-type");
      const body = await readBody(response, options.maxBodyBytes);
      exchange.body = body;
      exchange.durationMs = deps.now() - startedMs;
      const accepted = request.acceptStatuses?.includes(response.status) ?? false;
      if (RETRYABLE.has(response.status) && !accepted) {
        const rateLimited = response.status === 429;
        const retryAt = parseRetryAfter(response.headers.get("retry-after"), deps.now());
        exchange.outcome = rateLimited ? "rate_limited" : "unavailable";
        exchange.error = rateLimited
          ? "too many requests (HTTP 429)"
          : `the source answered HTTP ${response.status}`;
        this.record(exchange);
        return {
          result: {
            ok: false,
            failure: { reason: exchange.outcome, message: exchange.error, retryAt },
            exchange,
          },
          retryable: true,
        };
      }
      this.record(exchange);
      const text = () => Buffer.from(body).toString("utf8");
      return {
        result: {
          ok: true,
          response: {
            status: response.status,
            headers: response.headers,
            contentType: exchange.contentType,
            body,
            exchange,
            text,
          },
        },
        retryable: false,
      };
    } catch (error) {
      exchange.durationMs = deps.now() - startedMs;
      const tooLarge = error instanceof BodyTooLarge;
      exchange.error = tooLarge
        ? `the answer was larger than ${Math.round(options.maxBodyBytes / 1024 / 1024)} MB`
        : transportError(error, timedOut, options.timeoutMs);
      exchange.outcome = tooLarge ? "bad_response" : "unavailable";
      exchange.body = null;
      this.record(exchange);
      return {
        result: {
          ok: false,
          failure: { reason: exchange.outcome, message: exchange.error, retryAt: null },
          exchange,
        },
        retryable: !tooLarge,
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A client for one connector with the real clock, `globalThis.fetch` and the defaults; tests override. */
export function createHttpClient(
  options: Pick<HttpOptions, "connector" | "baseUrl" | "requestsPerSecond"> & Partial<HttpOptions>,
  deps: Partial<HttpDependencies> = {},
): HttpClient {
  return new HttpClient(
    {
      userAgent: "ParcelTrail (self-hosted parcel tracker)",
      timeoutMs: DEFAULT_HTTP.timeoutMs,
      maxBodyBytes: DEFAULT_HTTP.maxBodyBytes,
      retry: DEFAULT_RETRY,
      ...options,
    },
    {
      fetch: deps.fetch ?? globalThis.fetch,
      sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: deps.now ?? Date.now,
      random: deps.random ?? Math.random,
    },
  );
}
