/**
 * FedEx Track API v1: up to 30 numbers per POST, OAuth 2 client credentials (form style).
 * Request shapes: ../shared/reference/carrier-apis.md section 6. FedEx states no rate limit in the
 * spec; 5 a second is ours.
 */
import { readJson, statusFailure } from "../body.ts";
import {
  batches,
  type Connector,
  type FailureReason,
  failAll,
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
import { type FedexNumberResult, fedexKey, parseFedexTracking } from "./parse.ts";

export type FedexCredentials = ClientCredentials;

/** The spec's maximum of trackingInfo entries per request. */
export const FEDEX_BATCH = 30;
const SETTINGS = "the fedex clientId and clientSecret settings";

export function fedexRequestBody(requests: readonly TrackRequest[]): string {
  return JSON.stringify({
    includeDetailedScans: true,
    trackingInfo: requests.map((request) => ({ trackingNumberInfo: { trackingNumber: request.number } })),
  });
}

/** What an `errors[]` code means: FedEx names refused credentials and unknown numbers in it. */
function envelopeReason(code: string, status: number): FailureReason | "not_found" {
  if (/NOTFOUND|NOT\.FOUND/i.test(code)) return "not_found";
  if (status === 401 || status === 403 || /AUTHORI[ZS]|LOGIN|FORBIDDEN|TOKEN|CREDENTIAL/i.test(code))
    return "unauthorized";
  return statusFailure(status)?.reason ?? "bad_response";
}

function failEvery(
  requests: readonly TrackRequest[],
  response: HttpResponse,
  reason: FailureReason,
  message: string,
): TrackResult[] {
  return failAll(requests, { reason, message }, response.exchange);
}

function noneFound(
  requests: readonly TrackRequest[],
  response: HttpResponse,
  message?: string,
): TrackResult[] {
  return requests.map((request) => notFound(request.number, message || undefined, response.exchange));
}

function numberResult(
  request: TrackRequest,
  entry: FedexNumberResult | undefined,
  response: HttpResponse,
): TrackResult {
  const { exchange } = response;
  if (!entry) {
    const message = "FedEx's answer left this number out";
    return {
      number: request.number,
      outcome: "failed",
      reason: "bad_response",
      message,
      retryAt: null,
      exchange,
    };
  }
  if (entry.reports.length === 0) {
    const said = [entry.error?.code, entry.error?.message].filter(Boolean).join(": ");
    return { number: request.number, outcome: "not_found", ...(said ? { message: said } : {}), exchange };
  }
  // A reused number gives one report per shipment: the timeline keeps the events of each.
  return found(request.number, entry, exchange);
}

/** What one answer means for each number of its batch. */
export function fedexResults(requests: readonly TrackRequest[], response: HttpResponse): TrackResult[] {
  const { status } = response;
  const read = readJson(response);
  const parsed = read.ok ? parseFedexTracking(read.value) : null;
  if (parsed?.kind === "errors") {
    const code = parsed.code ?? "";
    const said = [parsed.code, parsed.message].filter(Boolean).join(": ").slice(0, 200);
    const reason = envelopeReason(code, status);
    if (reason === "not_found") return noneFound(requests, response, said);
    const hint = reason === "unauthorized" ? `: check ${SETTINGS}` : "";
    return failEvery(
      requests,
      response,
      reason,
      `FedEx refused the request (HTTP ${status}, ${said})${hint}`,
    );
  }
  if (status === 401 || status === 403)
    return failEvery(
      requests,
      response,
      "unauthorized",
      `FedEx refused the access token (HTTP ${status}): check ${SETTINGS}`,
    );
  if (!read.ok) {
    if (status === 404 && response.text().trim() === "") return noneFound(requests, response);
    return failEvery(requests, response, read.reason, read.message);
  }
  const refusal = statusFailure(status);
  if (refusal) return failEvery(requests, response, refusal.reason, refusal.message);
  if (parsed?.kind !== "results")
    return failEvery(
      requests,
      response,
      "bad_response",
      parsed?.message ?? "the answer is not a FedEx tracking body",
    );
  // When one number was asked and one came back, they are the same even if written differently.
  const only =
    requests.length === 1 && parsed.numbers.size === 1 ? [...parsed.numbers.values()][0] : undefined;
  const results = requests.map((request) =>
    numberResult(request, parsed.numbers.get(fedexKey(request.number)) ?? only, response),
  );
  if (results.every((result) => result.outcome === "not_found")) response.exchange.outcome = "not_found";
  else if (results.every((result) => result.outcome === "failed")) {
    response.exchange.outcome = "bad_response";
    response.exchange.error = "FedEx's answer did not mention the numbers asked";
  }
  return results;
}

export const fedexConnector: Connector<FedexCredentials> = {
  id: "fedex",
  name: "FedEx",
  role: "primary",
  carriers: ["fedex"],
  answers: (request) => request.carrier === "fedex",
  batchSize: FEDEX_BATCH,
  requestsPerSecond: 5,
  baseUrl: "https://apis.fedex.com",
  credentials: ClientCredentialsSchema,
  push: false,
  languages: ["en"],
  track: (requests, context) =>
    // The runner sends at most batchSize; a longer list is still split, never sent over the limit.
    trackAuthorized(batches(requests, FEDEX_BATCH), {
      http: context.http,
      token: clientTokenRequest(context, { path: "/oauth/token", style: "form" }),
      requestsOf: (batch) => batch,
      request: (batch, accessToken) => ({
        method: "POST",
        path: "/track/v1/trackingnumbers",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
        body: fedexRequestBody(batch),
        numbers: batch.map((request) => request.number),
      }),
      results: fedexResults,
    }),
};
