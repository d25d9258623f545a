/**
 * The La Poste connector against a real HTTP server on 127.0.0.1 playing Okapi: the request it
 * sends, one call per number, and every way the answer can fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { json } from "../../sim/fake-carrier-server.ts";
import type { ConnectorContext, TrackRequest, TrackResult } from "../connector.ts";
import { failure, testContext, trackOnly, useFakeServer } from "../connector-test-kit.fixture.ts";
import { type LaPosteCredentials, laPosteConnector, okapiLang } from "./connector.ts";

const KEY = "okapi-test-key-do-not-leak";
const publishedText = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/carrier-samples/laposte/${name}`, import.meta.url), "utf8");
const selfMadeText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** Karrio's sample wraps the per-number answers in a list; the real API sends one object. */
const publishedAnswers = JSON.parse(publishedText("karrio-idships-response-list.json")) as unknown[];
const delivered = JSON.stringify(publishedAnswers[0]);

const { serve } = useFakeServer();

const context = (base: string, lang = "fr"): ConnectorContext<LaPosteCredentials> =>
  testContext("la-poste", base, { okapiKey: KEY }, lang);

const request = (number: string): TrackRequest => ({ number, carrier: "la-poste", carrierPinned: true });

const trackOne = (base: string, number = "EW112720413FR", lang = "fr"): Promise<TrackResult> =>
  trackOnly(laPosteConnector, request(number), context(base, lang));

/** A failure that names neither the key in its message nor in the URL it stores. */
function failed(tracked: TrackResult) {
  const result = failure(tracked);
  expect(result.message).not.toContain(KEY);
  expect(result.exchange?.url ?? "").not.toContain(KEY);
  return result;
}

describe("la-poste connector: declaration", () => {
  it("answers for La Poste numbers only", () => {
    const ask = (carrier: string | null) =>
      laPosteConnector.answers({ number: "X", carrier, carrierPinned: false }, { marketplace: null });
    expect(ask("la-poste")).toBe(true);
    expect(ask("dhl-express")).toBe(false);
    expect(ask(null)).toBe(false);
    expect(laPosteConnector.batchSize).toBe(1);
  });

  it("requires a non-empty Okapi key", () => {
    expect(laPosteConnector.credentials?.safeParse({ okapiKey: "" }).success).toBe(false);
    expect(laPosteConnector.credentials?.safeParse({ apiKey: "k" }).success).toBe(false);
    expect(laPosteConnector.credentials?.safeParse({ okapiKey: "k" }).success).toBe(true);
  });

  it("asks in French for French readers, English for everyone else", () => {
    expect(okapiLang("fr")).toBe("fr_FR");
    expect(okapiLang("fr-CA")).toBe("fr_FR");
    expect(okapiLang("en")).toBe("en_GB");
    expect(okapiLang("pt-BR")).toBe("en_GB");
  });
});

describe("la-poste connector against a fake Okapi", () => {
  it("asks GET /suivi/v2/idships/<number> with lang and the key header", async () => {
    const fake = await serve(() => json(delivered));
    const result = await trackOne(fake.url, "EW112720413FR", "fr-FR");
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests[0];
    expect(sent?.method).toBe("GET");
    expect(sent?.path).toBe("/suivi/v2/idships/EW112720413FR");
    expect(sent?.query.get("lang")).toBe("fr_FR");
    expect(sent?.headers["x-okapi-key"]).toBe(KEY);

    if (result.outcome !== "found") throw new Error(`expected found, got ${result.outcome}`);
    const events = result.reports[0]?.events ?? [];
    expect(events).toHaveLength(9);
    expect(events[0]).toMatchObject({ time: "2023-03-09T09:38:00+01:00", code: "DI1" });
    expect(events[8]).toMatchObject({ time: "2023-02-17T14:41:00+01:00", code: "DR1" });
    expect(result.facts).toMatchObject({ originCountry: "FR", destinationCountry: "BR" });
    expect(result.final).toBe(true);
    expect(result.exchange?.outcome).toBe("ok");
    expect(result.exchange?.url).not.toContain(KEY);
  });

  it("serves every element of Karrio's list as its own answer", async () => {
    let index = 0;
    const fake = await serve(() => json(JSON.stringify(publishedAnswers[index++])));
    const numbers = publishedAnswers.map((_, i) => `EW11272041${i}FR`);
    const results = await laPosteConnector.track(numbers.map(request), context(fake.url));
    expect(results.map((result) => result.outcome)).toEqual(publishedAnswers.map(() => "found"));
    expect(fake.requests.map((sent) => sent.path)).toEqual(numbers.map((n) => `/suivi/v2/idships/${n}`));
  });

  it("asks once per number and reads an English answer", async () => {
    const fake = await serve((sent) =>
      sent.path.endsWith("LZ123456785FR") ? json(selfMadeText("in-transit-en.json")) : json(delivered),
    );
    const results = await laPosteConnector.track(
      [request("LZ123456785FR"), request("EW112720413FR")],
      context(fake.url, "en"),
    );
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((sent) => sent.query.get("lang") === "en_GB")).toBe(true);
    const [transit, done] = results;
    if (transit?.outcome !== "found" || done?.outcome !== "found") throw new Error("expected found");
    expect(transit.number).toBe("LZ123456785FR");
    expect(transit.reports[0]?.lang).toBe("en");
    expect(transit.reports[0]?.events.map((event) => event.code)).toEqual(["DO1", "ZZ9", "PC1"]);
    expect(transit.final).toBe(false);
    expect(done.final).toBe(true);
  });

  it("reads the published 400 'number not valid' answer as not found", async () => {
    const fake = await serve(() => json(publishedText("karrio-idships-400.json"), 400));
    const result = await trackOne(fake.url, "WBZQ03ENZJ6BBBTEEL");
    expect(result.outcome).toBe("not_found");
    if (result.outcome === "not_found") expect(result.message).toContain("n’est pas valide");
    expect(result.exchange?.outcome).toBe("not_found");
    expect(fake.requests).toHaveLength(1);
  });

  it("reads a 404 'unknown number' answer as not found", async () => {
    const fake = await serve(() => json(selfMadeText("not-found-404.json"), 404));
    const result = await trackOne(fake.url, "6A00000000000");
    expect(result).toMatchObject({
      outcome: "not_found",
      message: "Numéro de suivi inconnu. Vérifiez votre saisie.",
    });
    expect(result.exchange?.outcome).toBe("not_found");
  });

  it("reads a 400 about another parameter as a bad response with La Poste's words", async () => {
    const fake = await serve(() =>
      json({ returnCode: 400, returnMessage: "Le paramètre lang est invalide.", lang: "fr_FR" }, 400),
    );
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("bad_response");
    expect(result.message).toContain("Le paramètre lang est invalide.");
    expect(result.exchange?.outcome).toBe("bad_response");
  });

  it("reads 401 as unauthorized, with the fix, never the key", async () => {
    const fake = await serve(() =>
      json({ code: "UNAUTHORIZED", message: "The request requires user authentication" }, 401),
    );
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("unauthorized");
    expect(result.message).toContain("HTTP 401");
    expect(result.message).toContain("X-Okapi-Key");
    expect(result.exchange?.outcome).toBe("unauthorized");
    expect(fake.requests).toHaveLength(1);
  });

  it("reads 429 as rate limited, with the Retry-After time", async () => {
    const fake = await serve(() => ({ status: 429, headers: { "retry-after": "120" }, body: "" }));
    const before = Date.now();
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("rate_limited");
    expect(result.retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(result.retryAt).toBeLessThan(before + 125_000);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries 500 and 503, then fails as unavailable", async () => {
    const fake = await serve((sent) => ({ status: fake.requests.indexOf(sent) === 0 ? 503 : 500, body: "" }));
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("unavailable");
    expect(result.message).toContain("HTTP 500");
    expect(fake.requests).toHaveLength(3);
    expect(result.exchange?.outcome).toBe("unavailable");
  });

  it("reads a captcha page as blocked and a 404 web page as a bad response", async () => {
    const fake = await serve(() => ({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: "<html><head><title>Access denied</title></head><body>captcha</body></html>",
    }));
    expect(failed(await trackOne(fake.url)).reason).toBe("blocked");
    fake.handle(() => ({
      status: 404,
      headers: { "content-type": "text/html" },
      body: "<html><body>Page introuvable</body></html>",
    }));
    const page = failed(await trackOne(fake.url));
    expect(page.reason).toBe("bad_response");
    expect(page.exchange?.outcome).toBe("bad_response");
  });

  it("reads malformed, empty and unexpected JSON as bad responses", async () => {
    const fake = await serve(() => json('{"returnCode": 200, "shipment": {"event": ['));
    const cut = failed(await trackOne(fake.url));
    expect(cut.reason).toBe("bad_response");
    expect(cut.message).toContain("cut off");
    fake.handle(() => ({ status: 200, headers: { "content-type": "application/json" }, body: "  " }));
    const empty = failed(await trackOne(fake.url));
    expect(empty.reason).toBe("bad_response");
    expect(empty.message).toContain("empty");
    // The list shape of Karrio's file is not what the API sends: not an answer.
    fake.handle(() => json(publishedText("karrio-idships-response-list.json")));
    const list = failed(await trackOne(fake.url));
    expect(list.reason).toBe("bad_response");
    expect(list.exchange?.outcome).toBe("bad_response");
    fake.handle(() => json({ returnCode: 200 }));
    expect(failed(await trackOne(fake.url)).reason).toBe("bad_response");
  });

  it("escapes the number in the path", async () => {
    const fake = await serve(() => json(delivered));
    await trackOne(fake.url, "AB 12/3");
    expect(fake.requests[0]?.path).toBe("/suivi/v2/idships/AB%2012%2F3");
  });
});
