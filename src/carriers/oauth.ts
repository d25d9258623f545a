/**
 * OAuth 2 client credentials for the carriers' own APIs (USPS, UPS, FedEx): fetch an access
 * token, keep it until shortly before it expires, and renew it once when the API says it is no
 * longer good. Token requests go through the connector's HttpClient like every call, but with
 * `record: false`: their answers hold the token and must never be stored.
 */
import { z } from "zod";
import { readJson } from "./body.ts";
import {
  type ConnectorContext,
  type FailureReason,
  failAll,
  type TrackRequest,
  type TrackResult,
} from "./connector.ts";
import type { Exchange, HttpClient, HttpRequest, HttpResponse, HttpResult } from "./http.ts";
import { obj } from "./lenient.ts";

/** The settings of every client-credentials source: its developer app's id and secret. */
export const ClientCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type ClientCredentials = z.infer<typeof ClientCredentialsSchema>;

export interface TokenRequest {
  /** The token endpoint's path on the connector's base URL. */
  path: string;
  clientId: string;
  clientSecret: string;
  /** basic: `Authorization: Basic base64(id:secret)`; form: id and secret in the form body. */
  style: "basic" | "form";
  scope?: string;
  /** Names of the settings to check when the source refuses them (never their values). */
  settings?: { clientId: string; clientSecret: string };
  /** Epoch ms; the connector passes its context's clock. */
  now?: () => number;
}

export type TokenResult =
  | { ok: true; token: string }
  | {
      ok: false;
      failure: { reason: FailureReason; message: string; retryAt: number | null };
      exchange: Exchange | null;
    };

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Renew this long before the source's expiry, so that a token never dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;
/** When the answer does not say how long the token lives, trust it this long. */
const DEFAULT_LIFETIME_S = 300;

const tokens = new Map<string, CachedToken>();
/** Token requests under way, so that parallel tracking calls share one. */
const pending = new Map<string, Promise<TokenResult>>();

function cacheKey(http: HttpClient, request: TokenRequest): string {
  return `${http.options.connector}\n${http.options.baseUrl}\n${request.clientId}`;
}

/** Forgets every cached token (tests, and a credentials change). */
export function clearTokens(): void {
  tokens.clear();
  pending.clear();
}

/**
 * Forgets the token of this connector and client, so that the next call fetches a new one. Given
 * the token that was refused, only that one: a parallel call may already have renewed it.
 */
export function dropToken(http: HttpClient, request: TokenRequest, refused?: string): void {
  const key = cacheKey(http, request);
  if (refused === undefined || tokens.get(key)?.token === refused) tokens.delete(key);
}

function settingNames(http: HttpClient, request: TokenRequest): string {
  const names = request.settings ?? { clientId: "clientId", clientSecret: "clientSecret" };
  return `the ${http.options.connector} ${names.clientId} and ${names.clientSecret} settings`;
}

function tokenBody(request: TokenRequest): string {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  if (request.style === "form") {
    form.set("client_id", request.clientId);
    form.set("client_secret", request.clientSecret);
  }
  if (request.scope) form.set("scope", request.scope);
  return form.toString();
}

function tokenHeaders(request: TokenRequest): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (request.style === "basic") {
    const pair = `${request.clientId}:${request.clientSecret}`;
    headers.authorization = `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
  }
  return headers;
}

const field = (value: unknown, key: string): unknown => obj(value)[key];

/**
 * The OAuth error code of a refusal: RFC 6749 `error` (USPS, FedEx `errors[].code`), or UPS's
 * `response.errors[].code`.
 */
function oauthErrorCode(body: unknown): string | null {
  const direct = field(body, "error");
  if (typeof direct === "string") return direct;
  const lists = [field(body, "errors"), field(field(body, "response"), "errors")];
  for (const list of lists) {
    const first = Array.isArray(list) ? list[0] : undefined;
    const code = field(first, "code");
    if (typeof code === "string" || typeof code === "number") return String(code);
  }
  return null;
}

function refused(
  reason: FailureReason,
  message: string,
  exchange: Exchange,
): Extract<TokenResult, { ok: false }> {
  exchange.outcome = reason;
  exchange.error = message;
  return { ok: false, failure: { reason, message, retryAt: null }, exchange };
}

async function fetchToken(http: HttpClient, request: TokenRequest, now: () => number): Promise<TokenResult> {
  const result = await http.request({
    method: "POST",
    path: request.path,
    headers: tokenHeaders(request),
    body: tokenBody(request),
    record: false,
  });
  if (!result.ok) return { ok: false, failure: result.failure, exchange: result.exchange };
  const { response } = result;
  const read = readJson(response);
  const code = read.ok ? oauthErrorCode(read.value) : null;
  const settings = settingNames(http, request);
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    if (code === "invalid_scope")
      return refused(
        "unauthorized",
        `the token service refused the scope "${request.scope ?? ""}": check that the app behind ${settings} has access to the tracking API`,
        response.exchange,
      );
    // invalid_client, unauthorized_client, UPS 250003 and any other refusal of the client itself.
    const said = code ? ` (${code})` : "";
    return refused(
      "unauthorized",
      `the token service refused the client credentials${said} (HTTP ${response.status}): check ${settings}`,
      response.exchange,
    );
  }
  if (response.status !== 200) {
    return refused(
      "bad_response",
      `the token service answered HTTP ${response.status}${code ? ` (${code})` : ""}`,
      response.exchange,
    );
  }
  if (!read.ok)
    return {
      ok: false,
      failure: { reason: read.reason, message: read.message, retryAt: null },
      exchange: response.exchange,
    };
  const token = field(read.value, "access_token");
  if (typeof token !== "string" || token === "")
    return refused("bad_response", "the token answer held no access_token", response.exchange);
  const seconds = Number(field(read.value, "expires_in"));
  const lifetimeMs = (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_LIFETIME_S) * 1000;
  // A short-lived token keeps at least half its life: a whole minute off five would waste it.
  const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2);
  tokens.set(cacheKey(http, request), { token, expiresAt: now() + lifetimeMs - margin });
  return { ok: true, token };
}

/** A valid access token for this connector and client: the cached one, or a new one. */
export async function getToken(http: HttpClient, request: TokenRequest): Promise<TokenResult> {
  const now = request.now ?? Date.now;
  const key = cacheKey(http, request);
  const cached = tokens.get(key);
  if (cached && cached.expiresAt > now()) return { ok: true, token: cached.token };
  const running = pending.get(key);
  if (running) return running;
  const fetching = fetchToken(http, request, now).finally(() => pending.delete(key));
  pending.set(key, fetching);
  return fetching;
}

/**
 * A request with `Authorization: Bearer <token>`. A 401 means the token died (expired early,
 * revoked): the token is dropped, a new one fetched once and the call made once more; a second
 * 401 is returned for the connector to report as unauthorized. A failed token request comes
 * back as the failure, with the token exchange.
 */
export async function authorizedRequest(
  http: HttpClient,
  token: TokenRequest,
  build: (accessToken: string) => HttpRequest,
): Promise<HttpResult> {
  let renewed = false;
  for (;;) {
    const access = await getToken(http, token);
    if (!access.ok) return { ok: false, failure: access.failure, exchange: access.exchange };
    const result = await http.request(build(access.token));
    if (renewed || !result.ok || result.response.status !== 401) return result;
    // The refused attempt is stored like any fetch: say what it was.
    result.response.exchange.outcome = "unauthorized";
    result.response.exchange.error = "the access token was refused (HTTP 401); renewing it";
    dropToken(http, token, access.token);
    renewed = true;
  }
}

/** The token request of the context's app at the source's token endpoint, on the context's clock. */
export function clientTokenRequest(
  context: ConnectorContext<ClientCredentials>,
  endpoint: Pick<TokenRequest, "path" | "style" | "scope">,
): TokenRequest {
  return {
    ...endpoint,
    clientId: context.credentials.clientId,
    clientSecret: context.credentials.clientSecret,
    now: () => context.now().getTime(),
  };
}

/**
 * Reads the units (one number, or a batch of them) one request each, in turn, through
 * `authorizedRequest`. A request that fails outright (token refused, source throttling or down)
 * ends the read: the numbers not yet read would fail alike, so they all get that failure and
 * nothing more is sent.
 */
export async function trackAuthorized<Unit>(
  units: readonly Unit[],
  read: {
    http: HttpClient;
    token: TokenRequest;
    requestsOf: (unit: Unit) => readonly TrackRequest[];
    request: (unit: Unit, accessToken: string) => HttpRequest;
    results: (unit: Unit, response: HttpResponse) => TrackResult[];
  },
): Promise<TrackResult[]> {
  const results: TrackResult[] = [];
  for (const [index, unit] of units.entries()) {
    const result = await authorizedRequest(read.http, read.token, (accessToken) =>
      read.request(unit, accessToken),
    );
    if (!result.ok) {
      results.push(...failAll(units.slice(index).flatMap(read.requestsOf), result.failure, result.exchange));
      break;
    }
    results.push(...read.results(unit, result.response));
  }
  return results;
}
