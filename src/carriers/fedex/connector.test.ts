import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../../sim/fake-carrier-server.ts";
import type { ConnectorContext, TrackRequest } from "../connector.ts";
import { failure, testContext, useFakeServer } from "../connector-test-kit.fixture.ts";
import { clearTokens } from "../oauth.ts";
import { type FedexCredentials, fedexConnector } from "./connector.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/fedex/", import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, samples), "utf8");
const own = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

const SECRET = "fedex-secret-do-not-leak";
const credentials: FedexCredentials = { clientId: "fedex-client", clientSecret: SECRET };
const TRACK_PATH = "/track/v1/trackingnumbers";

const fake = useFakeServer();
let server: FakeServer;
let context: ConnectorContext<FedexCredentials>;

const request = (number: string): TrackRequest => ({ number, carrier: "fedex", carrierPinned: false });
const track = (...numbers: string[]) => fedexConnector.track(numbers.map(request), context);

async function start(answer: FakeHandler): Promise<void> {
  server = await fake.serve((incoming) =>
    incoming.path === "/oauth/token"
      ? json({ access_token: "fedex-token", token_type: "bearer", expires_in: 3599, scope: "CXS" })
      : answer(incoming),
  );
  context = testContext("fedex", server.url, credentials);
}

const tracking = () => server.requests.filter((incoming) => incoming.path === TRACK_PATH);
const tokens = () => server.requests.filter((incoming) => incoming.path === "/oauth/token");

beforeEach(() => clearTokens());

describe("fedexConnector", () => {
  it("declares itself", () => {
    expect(fedexConnector.id).toBe("fedex");
    expect(fedexConnector.batchSize).toBe(30);
    expect(fedexConnector.baseUrl).toBe("https://apis.fedex.com");
    expect(fedexConnector.answers(request("776094337676"), { marketplace: null })).toBe(true);
    expect(fedexConnector.answers({ ...request("1"), carrier: "ups" }, { marketplace: null })).toBe(false);
  });

  it("gets a token, then posts the numbers with the bearer token", async () => {
    await start(() => json(sample("karrio-track-duplicate-response.json")));
    const [result] = await track("776094337676");
    const token = new URLSearchParams(tokens()[0]?.body);
    expect(Object.fromEntries(token)).toEqual({
      grant_type: "client_credentials",
      client_id: "fedex-client",
      client_secret: SECRET,
    });
    const [call] = tracking();
    expect(call?.method).toBe("POST");
    expect(call?.headers.authorization).toBe("Bearer fedex-token");
    expect(call?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(call?.body ?? "")).toEqual({
      includeDetailedScans: true,
      trackingInfo: [{ trackingNumberInfo: { trackingNumber: "776094337676" } }],
    });
    if (result?.outcome !== "found") throw new Error(`expected found, got ${result?.outcome}`);
    // The reused number: both shipments' events are kept, one report each.
    expect(result.reports.map((report) => report.events.length)).toEqual([10, 8]);
    expect(result.reports[0]?.events[0]).toMatchObject({
      text: "At local FedEx facility",
      time: "2024-04-26T07:50:00-07:00",
    });
    expect(result.reports[1]?.events[7]?.text).toBe("On FedEx vehicle for delivery");
    expect(result.final).toBe(false);
    expect(result.exchange?.numbers).toEqual(["776094337676"]);
  });

  it("maps each number of a batch: found, not found, merged, left out", async () => {
    await start(() => json(own("batch-three-numbers.json")));
    const results = await track("794600000001", "794600000002", "794600000003", "794600000009");
    expect(results.map((result) => result.outcome)).toEqual(["found", "not_found", "found", "failed"]);
    expect(results[1]).toMatchObject({
      message: expect.stringContaining("TRACKING.TRACKINGNUMBER.NOTFOUND"),
    });
    expect(results[2]?.outcome === "found" && results[2].reports).toHaveLength(2);
    expect(failure(results[3]).reason).toBe("bad_response");
    expect(results[0]?.exchange?.outcome).toBe("ok");
    expect(JSON.parse(tracking()[0]?.body ?? "").trackingInfo).toHaveLength(4);
  });

  it("sends at most 30 numbers per request", async () => {
    await start(() => json(own("batch-three-numbers.json")));
    const many = Array.from({ length: 31 }, (_, index) => `7946000001${String(index).padStart(2, "0")}`);
    const results = await track(...many);
    expect(results).toHaveLength(31);
    expect(tracking().map((call) => JSON.parse(call.body).trackingInfo.length)).toEqual([30, 1]);
    expect(tokens()).toHaveLength(1);
  });

  it("marks the exchange not found when every number is unknown", async () => {
    await start(() => json(sample("karrio-track-v1-trackingnumbers-response.json")));
    const [result] = await track("39936862321");
    expect(result?.outcome).toBe("not_found");
    expect(result?.exchange?.outcome).toBe("not_found");
  });

  it("asks for the token once for two tracking calls", async () => {
    await start(() => json(sample("karrio-track-duplicate-response.json")));
    await track("776094337676");
    await track("776094337676");
    expect(tokens()).toHaveLength(1);
    expect(tracking()).toHaveLength(2);
  });

  it("renews the token once on a 401, then reports unauthorized", async () => {
    const expired = { errors: [{ code: "NOT.AUTHORIZED.ERROR", message: "Access token expired" }] };
    await start(() => json(expired, 401));
    const results = await track("1", "2");
    expect(results.map((result) => failure(result).reason)).toEqual(["unauthorized", "unauthorized"]);
    expect(failure(results[0]).message).toContain("fedex clientId and clientSecret settings");
    expect(tokens()).toHaveLength(2);
    expect(tracking()).toHaveLength(2);
  });

  it("reads the errors envelope by its code", async () => {
    await start(() => json(sample("karrio-track-error.json"), 400));
    const [empty] = await track("1");
    expect(failure(empty).reason).toBe("bad_response");
    expect(failure(empty).message).toContain("TRACKING.TRACKINGNUMBER.EMPTY");
    const unknown = { errors: [{ code: "TRACKING.TRACKINGNUMBER.NOTFOUND", message: "Not found" }] };
    server.handle(() => json(unknown, 404));
    const results = await track("1", "2");
    expect(results.map((result) => result.outcome)).toEqual(["not_found", "not_found"]);
    expect(results[0]?.exchange?.outcome).toBe("not_found");
  });

  it("reads the proof-of-delivery body as a bad response, not a crash", async () => {
    await start(() => json(sample("karrio-track-pod-response.json")));
    const [result] = await track("794600000001");
    expect(failure(result).reason).toBe("bad_response");
    expect(failure(result).message).toContain("completeTrackResults");
    expect(result?.exchange?.outcome).toBe("bad_response");
  });

  it("passes on a 429 with its Retry-After", async () => {
    await start(() => json({}, 429, { "retry-after": "60" }));
    const before = Date.now();
    const results = await track("1", "2");
    expect(results.map((result) => failure(result).reason)).toEqual(["rate_limited", "rate_limited"]);
    expect(failure(results[1]).retryAt).toBeGreaterThanOrEqual(before + 59_000);
  });

  it.each([500, 503])("retries a %i, then fails as unavailable", async (status) => {
    await start(() => json({}, status));
    expect(failure((await track("1"))[0]).reason).toBe("unavailable");
    expect(tracking()).toHaveLength(3);
  });

  it("fails a web page, malformed JSON and an empty body", async () => {
    await start(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>Error</html>",
    }));
    expect(failure((await track("1"))[0]).reason).toBe("bad_response");
    server.handle(() => ({
      status: 403,
      headers: { "content-type": "text/html" },
      body: "<html>Access Denied</html>",
    }));
    expect(failure((await track("1"))[0]).reason).toBe("unauthorized");
    server.handle(() => json('{"output": {"completeTrackResults": [', 200));
    expect(failure((await track("1"))[0]).message).toContain("cut off");
    server.handle(() => ({ status: 200, body: "" }));
    expect(failure((await track("1"))[0]).message).toContain("empty");
  });

  it("never puts the secret in a URL or a recorded body", async () => {
    await start(() => json(sample("karrio-track-duplicate-response.json")));
    await track("776094337676");
    const exchanges = context.http.exchanges;
    expect(exchanges.map((exchange) => exchange.record)).toEqual([false, true]);
    for (const exchange of exchanges) expect(exchange.url).not.toContain(SECRET);
    for (const exchange of exchanges.filter((candidate) => candidate.record))
      expect(Buffer.from(exchange.body ?? []).toString("utf8")).not.toContain(SECRET);
  });
});
