/**
 * USPS Tracking API v3: one number per GET, OAuth 2 client credentials (form style, scope
 * "tracking"). Request shapes and limits: ../shared/reference/carrier-apis.md section 4a.
 */
import { readJson, refusalFailure } from "../body.ts";
import {
  type Connector,
  type FailureReason,
  failed as failedResult,
  found,
  notFound,
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
import { parseUspsTracking } from "./parse.ts";

export type UspsCredentials = ClientCredentials;

const failed = (request: TrackRequest, response: HttpResponse, reason: FailureReason, message: string) =>
  failedResult(request.number, { reason, message }, response.exchange);

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
    if (status === 404 && response.text().trim() === "") return notFound(request.number, undefined, exchange);
    return failed(request, response, read.reason, read.message);
  }
  const parsed = parseUspsTracking(read.value);
  if (status === 404 || (parsed.kind === "error" && /not\s*found/i.test(parsed.message ?? ""))) {
    const message = parsed.kind === "error" ? parsed.message : null;
    return notFound(request.number, message || undefined, exchange);
  }
  const refusal = refusalFailure(status, parsed.kind === "error" ? parsed : null, "USPS");
  if (refusal) return failed(request, response, refusal.reason, refusal.message);
  // An error body always came back as a refusal above: what is left is a tracking body or not one.
  if (parsed.kind !== "found")
    return failed(
      request,
      response,
      "bad_response",
      parsed.message ?? "the answer is not a USPS tracking body",
    );
  return found(request.number, { ...parsed, reports: [parsed.report] }, exchange);
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
  credentials: ClientCredentialsSchema,
  push: false,
  languages: ["en"],
  track: (requests, context) =>
    // One number per call: a failed call fails the numbers after it too.
    trackAuthorized(requests, {
      http: context.http,
      token: clientTokenRequest(context, { path: "/oauth2/v3/token", style: "form", scope: "tracking" }),
      requestsOf: (request) => [request],
      request: (request, accessToken) => ({
        method: "GET",
        path: `/tracking/v3/tracking/${encodeURIComponent(request.number)}?expand=DETAIL`,
        headers: { authorization: `Bearer ${accessToken}` },
        numbers: [request.number],
      }),
      results: (request, response) => [uspsResult(request, response)],
    }),
};
