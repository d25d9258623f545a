/**
 * USPS Tracking API v3: one number per GET, OAuth 2 client credentials (form style, scope
 * "tracking"). Request shapes and limits: ../shared/reference/carrier-apis.md section 4a.
 */
import { z } from "zod";
import { readJson, statusFailure } from "../body.ts";
import {
  type Connector,
  type ConnectorContext,
  failAll,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { HttpResponse } from "../http.ts";
import { authorizedRequest, type TokenRequest } from "../oauth.ts";
import { parseUspsTracking } from "./parse.ts";

export const UspsCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type UspsCredentials = z.infer<typeof UspsCredentialsSchema>;

export function uspsTokenRequest(context: ConnectorContext<UspsCredentials>): TokenRequest {
  return {
    path: "/oauth2/v3/token",
    clientId: context.credentials.clientId,
    clientSecret: context.credentials.clientSecret,
    style: "form",
    scope: "tracking",
    now: () => context.now().getTime(),
  };
}

function failed(
  request: TrackRequest,
  response: HttpResponse,
  reason: Extract<TrackResult, { outcome: "failed" }>["reason"],
  message: string,
): TrackResult {
  response.exchange.outcome = reason;
  response.exchange.error = message;
  return {
    number: request.number,
    outcome: "failed",
    reason,
    message,
    retryAt: null,
    exchange: response.exchange,
  };
}

/** What one answer means for its number. */
export function uspsResult(request: TrackRequest, response: HttpResponse): TrackResult {
  const { status, exchange } = response;
  if (status === 401 || status === 403) {
    return failed(
      request,
      response,
      "unauthorized",
      `USPS refused the access token (HTTP ${status}): check that the app behind the usps clientId and clientSecret settings has the tracking API`,
    );
  }
  const read = readJson(response);
  if (!read.ok) {
    // An empty 404 is USPS saying "no such number"; a 404 web page is something else in the way.
    if (status === 404 && response.text().trim() === "") {
      exchange.outcome = "not_found";
      exchange.error = null;
      return { number: request.number, outcome: "not_found", exchange };
    }
    return failed(request, response, read.reason, read.message);
  }
  const parsed = parseUspsTracking(read.value);
  if (status === 404 || (parsed.kind === "error" && /not\s*found/i.test(parsed.message ?? ""))) {
    exchange.outcome = "not_found";
    const message = parsed.kind === "error" ? parsed.message : null;
    return { number: request.number, outcome: "not_found", ...(message ? { message } : {}), exchange };
  }
  const refusal = statusFailure(status);
  if (refusal || parsed.kind === "error") {
    const said =
      parsed.kind === "error" ? `: ${[parsed.code, parsed.message].filter(Boolean).join(" ")}` : "";
    const base = refusal?.message ?? `USPS answered with an error (HTTP ${status})`;
    return failed(request, response, refusal?.reason ?? "bad_response", `${base}${said}`.slice(0, 300));
  }
  if (parsed.kind === "invalid") return failed(request, response, "bad_response", parsed.message);
  return {
    number: request.number,
    outcome: "found",
    reports: [parsed.report],
    facts: parsed.facts,
    exchange,
    final: parsed.final,
  };
}

export const uspsConnector: Connector<UspsCredentials> = {
  id: "usps",
  name: "USPS",
  role: "primary",
  carriers: ["usps"],
  answers: (request) => request.carrier === "usps",
  batchSize: 1,
  // New USPS apps reportedly get 60 requests an hour (0.0167/s); that is the runner's per-source
  // pace to tune. The client's own spacing stays at 1/s so that tests and bursts are not stalled.
  requestsPerSecond: 1,
  baseUrl: "https://apis.usps.com",
  credentials: UspsCredentialsSchema,
  push: false,
  languages: ["en"],
  async track(requests, context) {
    const token = uspsTokenRequest(context);
    const results: TrackResult[] = [];
    for (const [index, request] of requests.entries()) {
      const result = await authorizedRequest(context.http, token, (accessToken) => ({
        method: "GET",
        path: `/tracking/v3/tracking/${encodeURIComponent(request.number)}?expand=DETAIL`,
        headers: { authorization: `Bearer ${accessToken}` },
        numbers: [request.number],
      }));
      if (!result.ok) {
        // The token or the source failed (refused, throttled, down): the rest would fail alike.
        results.push(...failAll(requests.slice(index), result.failure, result.exchange));
        break;
      }
      results.push(uspsResult(request, result.response));
    }
    return results;
  },
};
