/**
 * DHL Shipment Tracking – Unified: one number per `GET /track/shipments` call, the key in the
 * `DHL-API-Key` header. One endpoint answers for every DHL division (Express, eCommerce, Paket,
 * Deutsche Post), so one connector covers all their numbers.
 */
import { z } from "zod";
import { readJson, statusFailure } from "../body.ts";
import {
  type Connector,
  type ConnectorContext,
  type FailureReason,
  failed,
  found,
  notFound,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { HttpResponse } from "../http.ts";
import { parseDhlShipments, readDhlProblem } from "./parse.ts";

/** Our carrier ids whose numbers the Unified API knows (all present in tracking-number/data). */
export const DHL_CARRIERS = ["dhl-express", "dhl-ecommerce", "dhl-paket", "deutsche-post"] as const;

const credentials = z.object({ apiKey: z.string().min(1) });
export type DhlCredentials = z.infer<typeof credentials>;

/**
 * DHL reads `language` as a preference only: a division without that language answers in
 * English. An ISO 639-1 code is all it takes, so "de-AT" is sent as "de".
 */
export function dhlLanguage(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return /^[a-z]{2}$/.test(primary) ? primary : "en";
}

/** DHL's own words of a refusal, when its problem JSON gives them: they tell what to fix. */
function problemDetail(response: HttpResponse): string {
  let body: unknown;
  try {
    body = JSON.parse(response.text());
  } catch {
    return "";
  }
  const problem = readDhlProblem(body);
  const words = problem?.detail ?? problem?.title;
  return words ? `: ${words.slice(0, 200)}` : "";
}

const FIXES: Partial<Record<FailureReason, string>> = {
  unauthorized:
    "check the API key of the DHL developer app and that Shipment Tracking – Unified is enabled for it",
};

async function trackOne(
  request: TrackRequest,
  context: ConnectorContext<DhlCredentials>,
): Promise<TrackResult> {
  const language = dhlLanguage(context.lang);
  const query = new URLSearchParams({ trackingNumber: request.number, language });
  const result = await context.http.request({
    path: `/track/shipments?${query.toString()}`,
    headers: { "DHL-API-Key": context.credentials.apiKey },
    numbers: [request.number],
  });
  if (!result.ok) {
    const failure = result.failure;
    // The starter quota is per day as well as per second: say so, so that a 429 is not read as an outage.
    const message =
      failure.reason === "rate_limited"
        ? `${failure.message}; DHL limits each key per second and per day (starter level: 1 a second, 250 a day, the day ending at midnight GMT)`
        : failure.message;
    return failed(request.number, { ...failure, message }, result.exchange);
  }
  const response = result.response;
  const exchange = response.exchange;

  if (response.status === 404) {
    const read = readJson(response);
    if (!read.ok) return failed(request.number, read, exchange);
    const problem = readDhlProblem(read.value);
    if (!problem)
      return failed(
        request.number,
        { reason: "bad_response", message: "DHL answered HTTP 404 without its error body" },
        exchange,
      );
    return notFound(
      request.number,
      problem.detail ?? problem.title ?? "no shipment with this number",
      exchange,
    );
  }

  const refused = statusFailure(response.status);
  if (refused) {
    const fix = FIXES[refused.reason];
    const message = `${refused.message}${problemDetail(response)}${fix ? `; ${fix}` : ""}`;
    return failed(request.number, { reason: refused.reason, message }, exchange);
  }

  const read = readJson(response);
  if (!read.ok) return failed(request.number, read, exchange);
  // Texts come in the language asked where the division has it, English otherwise; the classifier
  // reads every language, so a wrong hint only loses a tie-break.
  const parsed = parseDhlShipments(read.value, language);
  if (parsed.kind === "invalid")
    return failed(request.number, { reason: "bad_response", message: parsed.message }, exchange);
  if (parsed.kind === "not_found") return notFound(request.number, parsed.message, exchange);
  return found(request.number, parsed, exchange);
}

export const dhlConnector: Connector<DhlCredentials> = {
  id: "dhl",
  name: "DHL Shipment Tracking – Unified",
  role: "primary",
  carriers: DHL_CARRIERS,
  answers(request) {
    return request.carrier !== null && (DHL_CARRIERS as readonly string[]).includes(request.carrier);
  },
  // The API takes one tracking number per call.
  batchSize: 1,
  // A new key gets the starter level: 1 call a second and 250 a day (more on request to DHL).
  requestsPerSecond: 1,
  baseUrl: "https://api-eu.dhl.com",
  credentials,
  push: false,
  // English is the default; other languages depend on the division (German for Paket and Post).
  languages: ["en", "de"],
  async track(requests, context) {
    const results: TrackResult[] = [];
    for (const request of requests) results.push(await trackOne(request, context));
    return results;
  },
};
