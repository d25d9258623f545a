import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../../sim/fake-carrier-server.ts";
import type { ConnectorContext, TrackRequest } from "../connector.ts";
import { failure, testContext, useFakeServer } from "../connector-test-kit.fixture.ts";
import { clearTokens } from "../oauth.ts";
import { type UpsCredentials, upsConnector } from "./connector.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/ups/", import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, samples), "utf8");

const NUMBER = "1Z023E2X0214323462";
const SECRET = "ups-secret-do-not-leak";
const credentials: UpsCredentials = { clientId: "ups-client", clientSecret: SECRET };
const TOKEN_PATH = "/security/v1/oauth/token";

const fake = useFakeServer();
let server: FakeServer;
let context: ConnectorContext<UpsCredentials>;

const request = (number = NUMBER): TrackRequest => ({ number, carrier: "ups", carrierPinned: false });

async function start(track: FakeHandler): Promise<void> {
  server = await fake.serve((incoming) =>
    incoming.path === TOKEN_PATH
      ? json({ access_token: "ups-token", token_type: "Bearer", expires_in: "14399" })
      : track(incoming),
  );
  context = testContext("ups", server.url, credentials);
}

const tracking = () => server.requests.filter((incoming) => incoming.path.startsWith("/api/track/"));
const tokens = () => server.requests.filter((incoming) => incoming.path === TOKEN_PATH);

const track = async (...numbers: string[]) =>
  upsConnector.track(numbers.length > 0 ? numbers.map((number) => request(number)) : [request()], context);

beforeEach(() => clearTokens());

describe("upsConnector", () => {
  it("declares itself", () => {
    expect(upsConnector.id).toBe("ups");
    expect(upsConnector.batchSize).toBe(1);
    expect(upsConnector.requestsPerSecond).toBe(5);
    expect(upsConnector.baseUrl).toBe("https://onlinetools.ups.com");
    expect(upsConnector.answers(request(), { marketplace: null })).toBe(true);
    expect(upsConnector.answers({ ...request(), carrier: "usps" }, { marketplace: null })).toBe(false);
  });

  it("gets a token with basic auth, then asks with the bearer token and UPS's headers", async () => {
    await start(() => json(sample("karrio-track-v1-details-response.json")));
    const [result] = await track(NUMBER, "1Z999AA10123456784");
    const [token] = tokens();
    expect(token?.headers.authorization).toBe(
      `Basic ${Buffer.from(`ups-client:${SECRET}`).toString("base64")}`,
    );
    expect(token?.body).toBe("grant_type=client_credentials");
    const [first, second] = tracking();
    expect(first?.method).toBe("GET");
    expect(first?.path).toBe(`/api/track/v1/details/${NUMBER}`);
    expect(first?.query.get("locale")).toBe("en_US");
    expect(first?.headers.authorization).toBe("Bearer ups-token");
    expect(first?.headers.transactionsrc).toBe("parceltrail");
    expect(first?.headers.transid).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.headers.transid).not.toBe(first?.headers.transid);
    if (result?.outcome !== "found") throw new Error(`expected found, got ${result?.outcome}`);
    expect(result.reports[0]?.events).toHaveLength(1);
    expect(result.reports[0]?.events[0]).toMatchObject({
      text: "Your package was released by the customs agency.",
      time: "2021-02-10T07:13:56",
    });
    expect(result.facts.lastMileNumber).toBe("92419900000033499522966220");
    expect(result.exchange?.numbers).toEqual([NUMBER]);
  });

  it("asks for the token once for two tracking calls", async () => {
    await start(() => json(sample("karrio-track-v1-details-response.json")));
    await track();
    await track();
    expect(tokens()).toHaveLength(1);
    expect(tracking()).toHaveLength(2);
  });

  it("renews the token once on a 401, then reports unauthorized", async () => {
    await start(() => json(sample("karrio-auth-error.json"), 401));
    const [result] = await track();
    expect(failure(result).reason).toBe("unauthorized");
    expect(failure(result).message).toContain("250003");
    expect(failure(result).message).toContain("ups clientId and clientSecret settings");
    expect(tokens()).toHaveLength(2);
    expect(tracking()).toHaveLength(2);
  });

  it("reads the 250003 error on any status as unauthorized", async () => {
    await start(() => json(sample("karrio-auth-error.json"), 400));
    expect(failure((await track())[0]).reason).toBe("unauthorized");
  });

  it("reads the TW0001 warning in a 200 as not found", async () => {
    await start(() => json(sample("karrio-track-not-found-warning.json")));
    const [result] = await track();
    expect(result).toMatchObject({ outcome: "not_found", message: "TW0001 Tracking Information Not Found" });
    expect(result?.exchange?.outcome).toBe("not_found");
  });

  it("reads TV1002 as not found: an invalid number", async () => {
    await start(() => json(sample("karrio-track-invalid-number-error.json"), 400));
    const [result] = await track();
    expect(result?.outcome).toBe("not_found");
    expect(result?.outcome === "not_found" && result.message).toContain("invalid");
  });

  it("reads a 404 with TW0001 or with no body as not found", async () => {
    await start(() =>
      json({ response: { errors: [{ code: "TW0001", message: "Tracking Information Not Found" }] } }, 404),
    );
    expect((await track())[0]?.outcome).toBe("not_found");
    server.handle(() => ({ status: 404 }));
    expect((await track())[0]?.outcome).toBe("not_found");
  });

  it("reports another error code as a bad response", async () => {
    await start(() =>
      json({ response: { errors: [{ code: "TV1001", message: "Missing inquiry number" }] } }, 400),
    );
    const [result] = await track();
    expect(failure(result).reason).toBe("bad_response");
    expect(failure(result).message).toContain("TV1001 Missing inquiry number");
  });

  it("passes on a 429 with its Retry-After", async () => {
    await start(() => json({}, 429, { "retry-after": "30" }));
    const before = Date.now();
    const results = await track(NUMBER, "1Z999AA10123456784");
    expect(results.map((result) => failure(result).reason)).toEqual(["rate_limited", "rate_limited"]);
    expect(failure(results[0]).retryAt).toBeGreaterThanOrEqual(before + 29_000);
    expect(tracking()).toHaveLength(1);
  });

  it.each([500, 503])("retries a %i, then fails as unavailable", async (status) => {
    await start(() => json({}, status));
    expect(failure((await track())[0]).reason).toBe("unavailable");
    expect(tracking()).toHaveLength(3);
  });

  it("fails a web page, malformed JSON and an empty body", async () => {
    await start(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<!DOCTYPE html><p>maintenance</p>",
    }));
    expect(failure((await track())[0]).reason).toBe("bad_response");
    server.handle(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>captcha</html>",
    }));
    expect(failure((await track())[0]).reason).toBe("blocked");
    server.handle(() => json('{"trackResponse": {"shipment": [', 200));
    expect(failure((await track())[0]).message).toContain("cut off");
    server.handle(() => ({ status: 200, body: "" }));
    const [empty] = await track();
    expect(failure(empty).message).toContain("empty");
    expect(empty?.exchange?.outcome).toBe("bad_response");
  });

  it("never puts the secret in a URL or a recorded body", async () => {
    await start(() => json(sample("karrio-track-v1-details-response.json")));
    await track();
    const exchanges = context.http.exchanges;
    expect(exchanges.map((exchange) => exchange.record)).toEqual([false, true]);
    for (const exchange of exchanges) expect(exchange.url).not.toContain(SECRET);
    for (const exchange of exchanges.filter((candidate) => candidate.record))
      expect(Buffer.from(exchange.body ?? []).toString("utf8")).not.toContain(SECRET);
  });
});
