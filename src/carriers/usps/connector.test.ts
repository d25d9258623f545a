import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../../sim/fake-carrier-server.ts";
import type { ConnectorContext, TrackRequest } from "../connector.ts";
import { failure, testContext, useFakeServer } from "../connector-test-kit.fixture.ts";
import { clearTokens } from "../oauth.ts";
import { type UspsCredentials, uspsConnector } from "./connector.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/usps/", import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, samples), "utf8");

const NUMBER = "9400109104250532908587";
const SECRET = "usps-secret-do-not-leak";
const credentials: UspsCredentials = { clientId: "usps-client", clientSecret: SECRET };

const fake = useFakeServer();
let server: FakeServer;
let context: ConnectorContext<UspsCredentials>;

const request = (number = NUMBER): TrackRequest => ({ number, carrier: "usps", carrierPinned: false });
const tokenReply = () => json({ access_token: "usps-token", token_type: "Bearer", expires_in: 28800 });

/** A USPS that issues tokens and answers tracking calls with `track`. */
async function start(track: FakeHandler): Promise<void> {
  server = await fake.serve((incoming) =>
    incoming.path === "/oauth2/v3/token" ? tokenReply() : track(incoming),
  );
  context = testContext("usps", server.url, credentials);
}

const tracking = () => server.requests.filter((incoming) => incoming.path.startsWith("/tracking/"));
const tokens = () => server.requests.filter((incoming) => incoming.path === "/oauth2/v3/token");

beforeEach(() => clearTokens());

describe("uspsConnector", () => {
  it("declares itself", () => {
    expect(uspsConnector.id).toBe("usps");
    expect(uspsConnector.batchSize).toBe(1);
    expect(uspsConnector.baseUrl).toBe("https://apis.usps.com");
    expect(uspsConnector.answers(request(), { marketplace: null })).toBe(true);
    expect(uspsConnector.answers({ ...request(), carrier: "ups" }, { marketplace: null })).toBe(false);
    expect(uspsConnector.credentials?.safeParse({ clientId: "a" }).success).toBe(false);
  });

  it("gets a token, then asks for the number with the bearer token", async () => {
    await start(() => json(sample("karrio-tracking-v3-response.json")));
    const [result] = await uspsConnector.track([request()], context);
    expect(tokens()).toHaveLength(1);
    const token = new URLSearchParams(tokens()[0]?.body);
    expect(token.get("grant_type")).toBe("client_credentials");
    expect(token.get("scope")).toBe("tracking");
    const [call] = tracking();
    expect(call?.method).toBe("GET");
    expect(call?.path).toBe(`/tracking/v3/tracking/${NUMBER}`);
    expect(call?.query.get("expand")).toBe("DETAIL");
    expect(call?.headers.authorization).toBe("Bearer usps-token");
    if (result?.outcome !== "found") throw new Error(`expected found, got ${result?.outcome}`);
    expect(result.final).toBe(true);
    expect(result.reports[0]?.carrier).toBe("usps");
    expect(result.reports[0]?.events).toHaveLength(12);
    expect(result.reports[0]?.events[0]).toMatchObject({
      text: "Delivered, Parcel Locker",
      time: "2024-11-22T18:58:40Z",
    });
    expect(result.reports[0]?.events[11]?.text).toBe("Shipping Label Created, USPS Awaiting Item");
    expect(result.exchange?.status).toBe(200);
    expect(result.exchange?.record).toBe(true);
    expect(result.exchange?.numbers).toEqual([NUMBER]);
  });

  it("asks for the token once for two tracking calls, one GET per number", async () => {
    await start(() => json(sample("karrio-tracking-v3-response.json")));
    await uspsConnector.track([request()], context);
    const results = await uspsConnector.track([request(), request("9400100000000000000001")], context);
    expect(results.map((result) => result.outcome)).toEqual(["found", "found"]);
    expect(tokens()).toHaveLength(1);
    expect(tracking().map((call) => call.path)).toEqual([
      `/tracking/v3/tracking/${NUMBER}`,
      `/tracking/v3/tracking/${NUMBER}`,
      "/tracking/v3/tracking/9400100000000000000001",
    ]);
  });

  it("renews the token once on a 401, then reports unauthorized", async () => {
    await start(() => json({ error: { code: "401", message: "Unauthorized" } }, 401));
    const [result] = await uspsConnector.track([request()], context);
    expect(failure(result).reason).toBe("unauthorized");
    expect(tokens()).toHaveLength(2);
    expect(tracking()).toHaveLength(2);
    expect(result?.exchange?.outcome).toBe("unauthorized");
  });

  it("succeeds when the renewed token is accepted", async () => {
    let calls = 0;
    await start(() => (++calls === 1 ? json({}, 401) : json(sample("karrio-tracking-v3-response.json"))));
    const [result] = await uspsConnector.track([request()], context);
    expect(result?.outcome).toBe("found");
    expect(tokens()).toHaveLength(2);
  });

  it("reports a refused client as unauthorized for the whole batch, naming the settings", async () => {
    await start(() => json(sample("karrio-tracking-v3-response.json")));
    server.handle(() => json(sample("karrio-oauth-error.json"), 401));
    const results = await uspsConnector.track([request(), request("9400100000000000000001")], context);
    expect(results.map((result) => failure(result).reason)).toEqual(["unauthorized", "unauthorized"]);
    expect(failure(results[0]).message).toContain("clientSecret");
    expect(failure(results[0]).message).not.toContain(SECRET);
    expect(server.requests).toHaveLength(1);
  });

  it("never puts the secret in a URL or a recorded body", async () => {
    await start(() => json(sample("karrio-tracking-v3-response.json")));
    await uspsConnector.track([request()], context);
    const exchanges = context.http.exchanges;
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]?.record).toBe(false);
    for (const exchange of exchanges) expect(exchange.url).not.toContain(SECRET);
    for (const exchange of exchanges.filter((candidate) => candidate.record))
      expect(Buffer.from(exchange.body ?? []).toString("utf8")).not.toContain(SECRET);
  });

  it("reads a 404 error body as not found", async () => {
    await start(() =>
      json({ apiVersion: "v3", error: { code: "404", message: "Tracking number not found" } }, 404),
    );
    const [result] = await uspsConnector.track([request()], context);
    expect(result).toMatchObject({ outcome: "not_found", message: "Tracking number not found" });
    expect(result?.exchange?.outcome).toBe("not_found");
  });

  it("reads an empty 404 as not found", async () => {
    await start(() => ({ status: 404 }));
    const [result] = await uspsConnector.track([request()], context);
    expect(result?.outcome).toBe("not_found");
    expect(result?.exchange?.outcome).toBe("not_found");
  });

  it("reports a 400 error body as a bad response with USPS's words", async () => {
    await start(() => json(sample("karrio-tracking-v3-error.json"), 400));
    const [result] = await uspsConnector.track([request()], context);
    expect(failure(result).reason).toBe("bad_response");
    expect(failure(result).message).toContain("HTTP 400");
  });

  it("passes on a 429 with its Retry-After", async () => {
    await start(() => json({ error: "slow down" }, 429, { "retry-after": "120" }));
    const before = Date.now();
    const [result] = await uspsConnector.track([request()], context);
    expect(failure(result).reason).toBe("rate_limited");
    expect(failure(result).retryAt).toBeGreaterThanOrEqual(before + 119_000);
    expect(tracking()).toHaveLength(1);
  });

  it.each([500, 503])("retries a %i, then fails as unavailable", async (status) => {
    await start(() => json({ error: "down" }, status));
    const results = await uspsConnector.track([request(), request("9400100000000000000001")], context);
    expect(results.map((result) => failure(result).reason)).toEqual(["unavailable", "unavailable"]);
    expect(tracking()).toHaveLength(3);
  });

  it("recovers when a 503 passes", async () => {
    let calls = 0;
    await start(() => (++calls < 3 ? json({}, 503) : json(sample("karrio-tracking-v3-response.json"))));
    const [result] = await uspsConnector.track([request()], context);
    expect(result?.outcome).toBe("found");
  });

  it("tells a block page from another web page", async () => {
    await start(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>Access Denied</html>",
    }));
    expect(failure((await uspsConnector.track([request()], context))[0]).reason).toBe("blocked");
    server.handle(() => ({
      status: 404,
      headers: { "content-type": "text/html" },
      body: "<html>Oops</html>",
    }));
    const [page] = await uspsConnector.track([request()], context);
    expect(failure(page).reason).toBe("bad_response");
  });

  it("fails malformed JSON, an empty body and a body that is not a tracking answer", async () => {
    await start(() => json('{"trackingEvents": [{"eventType": ', 200));
    expect(failure((await uspsConnector.track([request()], context))[0]).message).toContain("cut off");
    server.handle(() => ({ status: 200, body: "" }));
    expect(failure((await uspsConnector.track([request()], context))[0]).message).toContain("empty");
    server.handle(() => json({ hello: "world" }));
    const [other] = await uspsConnector.track([request()], context);
    expect(failure(other).reason).toBe("bad_response");
    expect(other?.exchange?.outcome).toBe("bad_response");
  });
});
