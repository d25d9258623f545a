/**
 * La Poste Okapi "Suivi" v2: one number per `GET /suivi/v2/idships/{idShip}` call, the key in the
 * `X-Okapi-Key` header. It answers for La Poste letters, Colissimo and Chronopost numbers.
 */
import { z } from "zod";
import { readJson, statusFailure } from "../body.ts";
import {
  type Connector,
  type ConnectorContext,
  failed,
  found,
  notFound,
  type TrackRequest,
  type TrackResult,
} from "../connector.ts";
import { languageOf, parseLaPosteAnswer } from "./parse.ts";

/**
 * Our carrier ids it answers for. Colissimo and Chronopost have no id of their own in
 * tracking-number/data: their numbers are detected as La Poste's.
 */
export const LA_POSTE_CARRIERS = ["la-poste"] as const;

const credentials = z.object({ okapiKey: z.string().min(1) });
export type LaPosteCredentials = z.infer<typeof credentials>;

/** The API's `lang`: French for French readers, English for everyone else. */
export function okapiLang(lang: string): "fr_FR" | "en_GB" {
  return lang.trim().toLowerCase().startsWith("fr") ? "fr_FR" : "en_GB";
}

/** Statuses whose body is La Poste's own answer object (with its `returnCode`), read by parse. */
const ANSWER_STATUSES = new Set([400, 404]);

async function trackOne(
  request: TrackRequest,
  context: ConnectorContext<LaPosteCredentials>,
): Promise<TrackResult> {
  const lang = okapiLang(context.lang);
  const result = await context.http.request({
    path: `/suivi/v2/idships/${encodeURIComponent(request.number)}?lang=${lang}`,
    headers: { "X-Okapi-Key": context.credentials.okapiKey },
    numbers: [request.number],
  });
  if (!result.ok) return failed(request.number, result.failure, result.exchange);
  const response = result.response;
  const exchange = response.exchange;

  if (!ANSWER_STATUSES.has(response.status)) {
    const refused = statusFailure(response.status);
    if (refused) {
      const fix =
        refused.reason === "unauthorized"
          ? "; check the X-Okapi-Key of the La Poste developer app and that it is subscribed to the Suivi API"
          : "";
      return failed(
        request.number,
        { reason: refused.reason, message: `${refused.message}${fix}` },
        exchange,
      );
    }
  }

  const read = readJson(response);
  if (!read.ok) return failed(request.number, read, exchange);
  const parsed = parseLaPosteAnswer(read.value, languageOf(lang));
  if (parsed.kind === "invalid")
    return failed(request.number, { reason: "bad_response", message: parsed.message }, exchange);
  if (parsed.kind === "not_found") return notFound(request.number, parsed.message, exchange);
  return found(request.number, parsed, exchange);
}

export const laPosteConnector: Connector<LaPosteCredentials> = {
  id: "la-poste",
  name: "La Poste Okapi Suivi v2",
  role: "primary",
  carriers: LA_POSTE_CARRIERS,
  answers(request) {
    return request.carrier !== null && (LA_POSTE_CARRIERS as readonly string[]).includes(request.carrier);
  },
  // The API takes one idShip per call.
  batchSize: 1,
  // Unverified: La Poste publishes no per-second limit we could find; 5 a second is a polite guess.
  requestsPerSecond: 5,
  baseUrl: "https://api.laposte.fr",
  credentials,
  push: false,
  languages: ["fr", "en"],
  async track(requests, context) {
    const results: TrackResult[] = [];
    for (const request of requests) results.push(await trackOne(request, context));
    return results;
  },
};
