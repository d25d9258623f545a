/**
 * The DHL connector against a real HTTP server on 127.0.0.1 playing DHL: the request it sends,
 * one call per number, and every way the answer can fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { json } from "../../sim/fake-carrier-server.ts";
import type { ConnectorContext, TrackRequest, TrackResult } from "../connector.ts";
import { failure, testContext, trackOnly, useFakeServer } from "../connector-test-kit.fixture.ts";
import { type DhlCredentials, dhlConnector, dhlLanguage } from "./connector.ts";

const KEY = "dhl-test-key-do-not-leak";
const publishedText = (name: string): string =>
  readFileSync(
    new URL(`../../../test/fixtures/carrier-samples/dhl-unified/${name}`, import.meta.url),
    "utf8",
  );
const selfMadeText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

const { serve } = useFakeServer();

const context = (base: string, lang = "en"): ConnectorContext<DhlCredentials> =>
  testContext("dhl", base, { apiKey: KEY }, lang);

const request = (number: string): TrackRequest => ({ number, carrier: "dhl-express", carrierPinned: false });

const trackOne = (base: string, number = "7777777770", lang = "en"): Promise<TrackResult> =>
  trackOnly(dhlConnector, request(number), context(base, lang));

/** A failure that names neither the key in its message nor in the URL it stores. */
function failed(tracked: TrackResult) {
  const result = failure(tracked);
  expect(result.message).not.toContain(KEY);
  expect(result.exchange?.url ?? "").not.toContain(KEY);
  return result;
}

describe("dhl connector: declaration", () => {
  it("answers for the DHL divisions only", () => {
    const ask = (carrier: string | null) =>
      dhlConnector.answers({ number: "X", carrier, carrierPinned: false }, { marketplace: null });
    expect(["dhl-express", "dhl-ecommerce", "dhl-paket", "deutsche-post"].map(ask)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(ask("usps")).toBe(false);
    expect(ask(null)).toBe(false);
    expect(dhlConnector.batchSize).toBe(1);
    expect(dhlConnector.requestsPerSecond).toBe(1);
  });

  it("requires a non-empty API key", () => {
    expect(dhlConnector.credentials?.safeParse({ apiKey: "" }).success).toBe(false);
    expect(dhlConnector.credentials?.safeParse({}).success).toBe(false);
    expect(dhlConnector.credentials?.safeParse({ apiKey: "k" }).success).toBe(true);
  });

  it("sends the buyer's language as a two-letter code, English otherwise", () => {
    expect(dhlLanguage("de-AT")).toBe("de");
    expect(dhlLanguage("pt_BR")).toBe("pt");
    expect(dhlLanguage("")).toBe("en");
    expect(dhlLanguage("zh-Hans-CN")).toBe("zh");
    expect(dhlLanguage("fil")).toBe("en");
  });
});

describe("dhl connector against a fake DHL", () => {
  it("asks GET /track/shipments with the number, the language and the key header", async () => {
    const fake = await serve(() => json(publishedText("karrio-track-shipments-response.json")));
    const result = await trackOne(fake.url, "7777777770", "de-DE");
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests[0];
    expect(sent?.method).toBe("GET");
    expect(sent?.path).toBe("/track/shipments");
    expect(sent?.query.get("trackingNumber")).toBe("7777777770");
    expect(sent?.query.get("language")).toBe("de");
    expect(sent?.headers["dhl-api-key"]).toBe(KEY);
    expect(sent?.body).toBe("");

    if (result.outcome !== "found") throw new Error(`expected found, got ${result.outcome}`);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]?.events[0]).toMatchObject({ time: "2018-03-02T07:53:47", text: "JESSICA" });
    expect(result.facts.originCountry).toBe("NL");
    expect(result.facts.eta).toEqual({ from: "2018-08-03T00:00:00Z", to: "2018-08-03T22:00:00Z" });
    expect(result.final).toBe(false);
    expect(result.exchange?.status).toBe(200);
    expect(result.exchange?.outcome).toBe("ok");
    expect(result.exchange?.url).not.toContain(KEY);
  });

  it("asks once per number, in order, and keeps the shipments of each division", async () => {
    const fake = await serve((sent) =>
      sent.query.get("trackingNumber") === "00340434161234567890"
        ? json(selfMadeText("two-shipments.json"))
        : json(selfMadeText("express-description-only.json")),
    );
    const results = await dhlConnector.track(
      [request("1234567890"), request("00340434161234567890")],
      context(fake.url),
    );
    expect(fake.requests.map((sent) => sent.query.get("trackingNumber"))).toEqual([
      "1234567890",
      "00340434161234567890",
    ]);
    expect(results.map((result) => result.number)).toEqual(["1234567890", "00340434161234567890"]);
    const [express, twoDivisions] = results;
    if (express?.outcome !== "found" || twoDivisions?.outcome !== "found") throw new Error("expected found");
    expect(express.reports[0]?.events).toHaveLength(4);
    expect(express.reports[0]?.events[3]?.text).toBe("Shipment picked up");
    expect(express.final).toBe(true);
    expect(twoDivisions.reports).toHaveLength(2);
    expect(twoDivisions.final).toBe(false);
    expect(twoDivisions.exchange?.numbers).toEqual(["00340434161234567890"]);
  });

  it("reads 404 problem JSON as not found", async () => {
    const fake = await serve(() => json(publishedText("karrio-track-shipments-404.json"), 404));
    const result = await trackOne(fake.url, "8264715546");
    expect(result).toMatchObject({
      number: "8264715546",
      outcome: "not_found",
      message: "No shipment with given tracking number found.",
    });
    expect(result.exchange?.outcome).toBe("not_found");
    expect(fake.requests).toHaveLength(1);
  });

  it("reads an empty shipments list as not found", async () => {
    const fake = await serve(() => json({ shipments: [] }));
    const result = await trackOne(fake.url);
    expect(result.outcome).toBe("not_found");
    expect(result.exchange?.outcome).toBe("not_found");
  });

  it("reads 401 as unauthorized, with DHL's words and the fix, never the key", async () => {
    const fake = await serve(() =>
      json({ title: "Unauthorized", status: 401, detail: "Unauthorized for given resource." }, 401),
    );
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("unauthorized");
    expect(result.message).toContain("HTTP 401");
    expect(result.message).toContain("Unauthorized for given resource.");
    expect(result.message).toContain("API key");
    expect(result.exchange?.outcome).toBe("unauthorized");
    expect(fake.requests).toHaveLength(1);
  });

  it("reads 429 as rate limited, with the Retry-After time", async () => {
    const fake = await serve(() =>
      json({ title: "Too many requests", status: 429 }, 429, { "retry-after": "3600" }),
    );
    const before = Date.now();
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("rate_limited");
    expect(result.message).toContain("250 a day");
    expect(result.retryAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(result.retryAt).toBeLessThan(before + 3_700_000);
    // A wait longer than the policy allows ends the attempts at once.
    expect(fake.requests).toHaveLength(1);
    expect(result.exchange?.outcome).toBe("rate_limited");
  });

  it("retries 500 and 503, then fails as unavailable", async () => {
    const fake = await serve((sent) => ({ status: fake.requests.indexOf(sent) === 0 ? 500 : 503, body: "" }));
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("unavailable");
    expect(result.message).toContain("HTTP 503");
    expect(fake.requests).toHaveLength(3);
  });

  it("gets through after one 503", async () => {
    let calls = 0;
    const fake = await serve(() => {
      calls += 1;
      return calls === 1 ? { status: 503, body: "" } : json(selfMadeText("express-description-only.json"));
    });
    const result = await trackOne(fake.url);
    expect(result.outcome).toBe("found");
    expect(fake.requests).toHaveLength(2);
  });

  it("reads a captcha page as blocked and another web page as a bad response", async () => {
    const fake = await serve(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html><body>Please verify you are human (captcha)</body></html>",
    }));
    expect(failed(await trackOne(fake.url)).reason).toBe("blocked");
    fake.handle(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<!doctype html><html><body>Maintenance</body></html>",
    }));
    const page = failed(await trackOne(fake.url));
    expect(page.reason).toBe("bad_response");
    expect(page.exchange?.outcome).toBe("bad_response");
  });

  it("reads a 404 web page (wrong base URL) as a bad response, not as not found", async () => {
    const fake = await serve(() => ({
      status: 404,
      headers: { "content-type": "text/html" },
      body: "<html><body>Not Found</body></html>",
    }));
    expect(failed(await trackOne(fake.url)).reason).toBe("bad_response");
  });

  it("reads malformed, cut-off, empty and unexpected JSON as bad responses", async () => {
    const fake = await serve(() => json('{"shipments": [{"id":'));
    const cut = failed(await trackOne(fake.url));
    expect(cut.reason).toBe("bad_response");
    expect(cut.message).toContain("cut off");
    fake.handle(() => json("{shipments: nope}"));
    expect(failed(await trackOne(fake.url)).reason).toBe("bad_response");
    fake.handle(() => ({ status: 200, headers: { "content-type": "application/json" }, body: "" }));
    const empty = failed(await trackOne(fake.url));
    expect(empty.reason).toBe("bad_response");
    expect(empty.message).toContain("empty");
    fake.handle(() => json({ data: [] }));
    const odd = failed(await trackOne(fake.url));
    expect(odd.reason).toBe("bad_response");
    expect(odd.exchange?.outcome).toBe("bad_response");
  });

  it("reads 400 as a bad response carrying DHL's detail", async () => {
    const fake = await serve(() =>
      json({ title: "Invalid request", status: 400, detail: "Invalid language parameter" }, 400),
    );
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("bad_response");
    expect(result.message).toContain("Invalid language parameter");
  });

  it("reads a reset connection as unavailable after the retries", async () => {
    const fake = await serve(() => ({ fault: "reset" }));
    const result = failed(await trackOne(fake.url));
    expect(result.reason).toBe("unavailable");
    expect(fake.requests).toHaveLength(3);
  });
});
