/**
 * UPS Track API v1: one number per GET, OAuth 2 client credentials (basic style). Request shapes:
 * ../shared/reference/carrier-apis.md section 5. UPS states no rate limit; 5 a second is ours.
 */
import { randomUUID } from "node:crypto";
import { readJson, refusalFailure } from "../body.ts";
import {
  type Connector,
  type FailureReason,
  failed as failedResult,
  found,
  notFound as notFoundResult,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { HttpResponse } from "../http.ts";
import {
  type ClientCredentials,
  ClientCredentialsSchema,
  clientTokenRequest,
  trackAuthorized,
} from "../oauth.ts";
import { parseUpsTracking } from "./parse.ts";

export type UpsCredentials = ClientCredentials;

const SETTINGS = "the ups clientId and clientSecret settings";

/** UPS error codes that mean the number, not the request, is at fault. */
const NOT_FOUND_CODES = new Set(["TV1002", "TW0001"]);

const failed = (request: TrackRequest, response: HttpResponse, reason: FailureReason, message: string) =>
  failedResult(request.number, { reason, message }, response.exchange);

const notFound = (request: TrackRequest, response: HttpResponse, message: string) =>
  notFoundResult(request.number, message, response.exchange);

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
  const refusal = refusalFailure(status, parsed?.kind === "error" ? parsed : null, "UPS");
  if (refusal) return failed(request, response, refusal.reason, refusal.message);
  if (status === 404) return notFound(request, response, "UPS knows no such number");
  if (parsed?.kind !== "found")
    return failed(
      request,
      response,
      "bad_response",
      parsed?.message ?? "the answer is not a UPS tracking body",
    );
  return found(request.number, parsed, response.exchange);
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
  credentials: ClientCredentialsSchema,
  push: false,
  languages: ["en"],
  track: (requests, context) =>
    // One number per call: a failed call fails the numbers after it too.
    trackAuthorized(requests, {
      http: context.http,
      token: clientTokenRequest(context, { path: "/security/v1/oauth/token", style: "basic" }),
      requestsOf: (request) => [request],
      request: (request, accessToken) => ({
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
      }),
      results: (request, response) => [upsResult(request, response)],
    }),
};
