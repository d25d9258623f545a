/**
 * Cainiao global tracking (global.cainiao.com/global/detail.json): the JSON behind Cainiao's
 * public tracking page. No key, no documented contract, no published limit: it can change or
 * start refusing robots at any time, so it is asked gently (one request every two seconds, up to
 * ten numbers each) and every refusal reads as `blocked`, never as "no events".
 */

import { type JsonRead, looksLikeHtml, readJson } from "../body.ts";
import {
  batches,
  type Connector,
  type ConnectorContext,
  failAll,
  found,
  markFailure,
  notFound,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import type { Exchange, HttpResponse } from "../http.ts";
import { CAINIAO_CARRIERS, cainiaoAnswers } from "./answers.ts";
import { normalizeMailNo, parseCainiaoModule, readCainiaoEnvelope } from "./parse.ts";

/**
 * Numbers per request. Public clients send several comma-separated `mailNos` and match the
 * answer by `mailNo`; the most Cainiao accepts is not documented (unverified), so we stay low.
 */
export const CAINIAO_BATCH_SIZE = 10;

/**
 * The region we pair with a bare language: `lang` takes "en-US"-style tags, and which ones
 * Cainiao translates into is not documented, so a language we do not list asks for English.
 */
const LANG_REGIONS: Record<string, string> = {
  en: "US",
  es: "ES",
  pt: "BR",
  fr: "FR",
  de: "DE",
  it: "IT",
  nl: "NL",
  pl: "PL",
  ru: "RU",
  ko: "KR",
  he: "IL",
  zh: "CN",
  ja: "JP",
  tr: "TR",
  ar: "SA",
};

/** "pt" -> "pt-BR", "en_gb" -> "en-GB"; anything unreadable -> "en-US". */
export function cainiaoLang(lang: string | null | undefined): string {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec((lang ?? "").trim());
  if (!match?.[1]) return "en-US";
  const base = match[1].toLowerCase();
  const region = match[2]?.toUpperCase() ?? LANG_REGIONS[base];
  return region ? `${base}-${region}` : "en-US";
}

/** Statuses that mean this key-less endpoint is turning us away (no credential can be wrong). */
const REFUSALS = new Set([401, 403, 405, 418]);

function refuse(
  requests: readonly TrackRequest[],
  response: HttpResponse,
  reason: "blocked" | "bad_response",
  message: string,
): TrackResult[] {
  return failAll(requests, { reason, message }, response.exchange);
}

/**
 * The body as JSON, lenient on the content type (a JSON body labelled text/plain is read). Any
 * web page where JSON was asked is Cainiao's wall, with or without the usual captcha words: its
 * slider pages are often a bare script.
 */
function readCainiaoJson(response: HttpResponse): JsonRead {
  const body = readJson(response);
  if (body.ok || body.reason === "blocked") return body;
  const type = (response.contentType ?? "").toLowerCase();
  if (!looksLikeHtml(response.text()) && !type.includes("text/html")) return body;
  const blocked = {
    ok: false,
    reason: "blocked",
    message: "Cainiao answered with a web page instead of JSON, most likely its anti-robot check",
  } as const;
  markFailure(response.exchange, blocked);
  return blocked;
}

function results(requests: readonly TrackRequest[], response: HttpResponse, lang: string): TrackResult[] {
  const exchange: Exchange = response.exchange;
  if (REFUSALS.has(response.status)) {
    return refuse(
      requests,
      response,
      "blocked",
      `Cainiao refused the lookup (HTTP ${response.status}); it is likely turning automated lookups away for a while`,
    );
  }
  if (response.status === 404) {
    // dir01/parcels reads 404 as "not found"; a web page or a wall under 404 is something else.
    if (response.text().trim() !== "") {
      const body = readJson(response);
      if (!body.ok) return failAll(requests, body, exchange);
      const envelope = readCainiaoEnvelope(body.value);
      if (!envelope.ok && envelope.reason === "blocked")
        return refuse(requests, response, "blocked", envelope.message);
    }
    return requests.map((request) =>
      notFound(request.number, "Cainiao has no record of this number (HTTP 404)", exchange),
    );
  }
  if (response.status >= 400) {
    return refuse(
      requests,
      response,
      "bad_response",
      `Cainiao refused the request (HTTP ${response.status})`,
    );
  }
  const body = readCainiaoJson(response);
  if (!body.ok) return failAll(requests, body, exchange);
  const envelope = readCainiaoEnvelope(body.value);
  if (!envelope.ok) return refuse(requests, response, envelope.reason, envelope.message);
  const out = requests.map((request): TrackResult => {
    const module = envelope.modules.get(normalizeMailNo(request.number));
    const parsed = parseCainiaoModule(module, lang);
    if (parsed.outcome === "not_found") {
      return { number: request.number, outcome: "not_found", message: parsed.message, exchange };
    }
    const reports = [{ carrier: "cainiao", lang: null, timeZone: null, events: parsed.events }];
    return found(request.number, { ...parsed, reports }, exchange);
  });
  if (out.every((result) => result.outcome === "not_found")) exchange.outcome = "not_found";
  return out;
}

async function trackBatch(
  requests: readonly TrackRequest[],
  context: ConnectorContext<undefined>,
): Promise<TrackResult[]> {
  const numbers = [...new Set(requests.map((request) => normalizeMailNo(request.number)))];
  const lang = cainiaoLang(context.lang);
  // Commas stay literal: the public page sends them that way, and each number is encoded alone.
  const mailNos = numbers.map((number) => encodeURIComponent(number)).join(",");
  const result = await context.http.request({
    method: "GET",
    path: `/global/detail.json?mailNos=${mailNos}&lang=${encodeURIComponent(lang)}`,
    numbers,
  });
  if (!result.ok) return failAll(requests, result.failure, result.exchange);
  return results(requests, result.response, lang);
}

export const cainiaoConnector: Connector<undefined> = {
  id: "cainiao",
  name: "Cainiao",
  role: "primary",
  carriers: CAINIAO_CARRIERS,
  answers: cainiaoAnswers,
  batchSize: CAINIAO_BATCH_SIZE,
  // Unofficial endpoint: one request every two seconds keeps us far below what a browser does.
  requestsPerSecond: 0.5,
  baseUrl: "https://global.cainiao.com",
  credentials: null,
  push: false,
  // Cainiao's translated texts follow `lang`; the carriers' own texts come in their languages.
  languages: ["en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "ko", "he", "zh"],
  async track(requests, context) {
    const out: TrackResult[] = [];
    // The runner batches by batchSize; a caller that does not still never sends an oversize list.
    for (const batch of batches(requests, CAINIAO_BATCH_SIZE))
      out.push(...(await trackBatch(batch, context)));
    return out;
  },
};
