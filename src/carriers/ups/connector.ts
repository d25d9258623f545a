/**
 * UPS Track API v1: one number per GET, OAuth 2 client credentials (basic style). Request shapes:
 * ../shared/reference/carrier-apis.md section 5. UPS states no rate limit; 5 a second is ours.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { readJson, statusFailure } from "../body.ts";
import {
  type Connector,
  type ConnectorContext,
  type FailureReason,
  failAll,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { HttpResponse } from "../http.ts";
import { authorizedRequest, type TokenRequest } from "../oauth.ts";
import { parseUpsTracking } from "./parse.ts";

export const UpsCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type UpsCredentials = z.infer<typeof UpsCredentialsSchema>;

const SETTINGS = "the ups clientId and clientSecret settings";

export function upsTokenRequest(context: ConnectorContext<UpsCredentials>): TokenRequest {
  return {
    path: "/security/v1/oauth/token",
    clientId: context.credentials.clientId,
    clientSecret: context.credentials.clientSecret,
    style: "basic",
    now: () => context.now().getTime(),
  };
}

/** UPS error codes that mean the number, not the request, is at fault. */
const NOT_FOUND_CODES = new Set(["TV1002", "TW0001"]);

function failed(
  request: TrackRequest,
  response: HttpResponse,
  reason: FailureReason,
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

function notFound(request: TrackRequest, response: HttpResponse, message: string): TrackResult {
  response.exchange.outcome = "not_found";
  response.exchange.error = null;
  return { number: request.number, outcome: "not_found", message, exchange: response.exchange };
}

/** What one answer means for its number. */
export function upsResult(request: TrackRequest, response: HttpResponse): TrackResult {
  const { status } = response;
  const read = readJson(response);
  const parsed = read.ok ? parseUpsTracking(read.value) : null;
  if (parsed?.kind === "error") {
    const code = parsed.code ?? "";
    const said = [parsed.code, parsed.message].filter(Boolean).join(" ").slice(0, 200);
    if (NOT_FOUND_CODES.has(code.toUpperCase()))
      return notFound(
        request,
        response,
        code === "TV1002" ? `UPS says the number is invalid (${said})` : said,
      );
    // 250xxx: the access (token, license, client) was refused.
    if (code.startsWith("250") || status === 401 || status === 403)
      return failed(request, response, "unauthorized", `UPS refused the access (${said}): check ${SETTINGS}`);
  }
  if (status === 401 || status === 403)
    return failed(
      request,
      response,
      "unauthorized",
      `UPS refused the access token (HTTP ${status}): check ${SETTINGS}`,
    );
  if (!read.ok) {
    if (status === 404 && response.text().trim() === "")
      return notFound(request, response, "UPS knows no such number");
    return failed(request, response, read.reason, read.message);
  }
  if (parsed?.kind === "not_found")
    return notFound(request, response, [parsed.code, parsed.message].filter(Boolean).join(" "));
  const refusal = statusFailure(status);
  if (refusal || parsed?.kind === "error") {
    const said =
      parsed?.kind === "error" ? `: ${[parsed.code, parsed.message].filter(Boolean).join(" ")}` : "";
    const base = refusal?.message ?? `UPS answered with an error (HTTP ${status})`;
    return failed(request, response, refusal?.reason ?? "bad_response", `${base}${said}`.slice(0, 300));
  }
  if (status === 404) return notFound(request, response, "UPS knows no such number");
  if (parsed?.kind !== "found")
    return failed(
      request,
      response,
      "bad_response",
      parsed?.message ?? "the answer is not a UPS tracking body",
    );
  return {
    number: request.number,
    outcome: "found",
    reports: parsed.reports,
    facts: parsed.facts,
    exchange: response.exchange,
    final: parsed.final,
  };
}

export const upsConnector: Connector<UpsCredentials> = {
  id: "ups",
  name: "UPS",
  role: "primary",
  carriers: ["ups"],
  answers: (request) => request.carrier === "ups",
  batchSize: 1,
  requestsPerSecond: 5,
  baseUrl: "https://onlinetools.ups.com",
  credentials: UpsCredentialsSchema,
  push: false,
  languages: ["en"],
  async track(requests, context) {
    const token = upsTokenRequest(context);
    const results: TrackResult[] = [];
    for (const [index, request] of requests.entries()) {
      const result = await authorizedRequest(context.http, token, (accessToken) => ({
        method: "GET",
        path: `/api/track/v1/details/${encodeURIComponent(request.number)}?locale=en_US`,
        // transId is unique per call (a call after a token renewal gets its own); retries of a
        // call keep it, being the same transaction.
        headers: {
          authorization: `Bearer ${accessToken}`,
          transId: randomUUID(),
          transactionSrc: "parceltrail",
        },
        numbers: [request.number],
      }));
      if (!result.ok) {
        // The token or the source failed (refused, throttled, down): the rest would fail alike.
        results.push(...failAll(requests.slice(index), result.failure, result.exchange));
        break;
      }
      results.push(upsResult(request, result.response));
    }
    return results;
  },
};
