import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../sim/fake-carrier-server.ts";
import { testHttpClient, useFakeServer } from "./connector-test-kit.fixture.ts";
import type { HttpClient } from "./http.ts";
import { authorizedRequest, clearTokens, getToken, type TokenRequest } from "./oauth.ts";

const samples = new URL("../../test/fixtures/carrier-samples/", import.meta.url);
const sample = (path: string) => readFileSync(new URL(path, samples), "utf8");

const SECRET = "s3cr3t-value-never-shown";

const fake = useFakeServer();
let server: FakeServer;
let http: HttpClient;

async function start(handler: FakeHandler): Promise<void> {
  server = await fake.serve(handler);
  http = testHttpClient("usps", server.url);
}

const form = (over: Partial<TokenRequest> = {}): TokenRequest => ({
  path: "/oauth2/v3/token",
  clientId: "my-client",
  clientSecret: SECRET,
  style: "form",
  scope: "tracking",
  ...over,
});

const tokenPaths = () => server.requests.filter((request) => request.path.includes("token"));

beforeEach(() => clearTokens());

describe("getToken", () => {
  it("posts the form style request and never records the answer", async () => {
    await start(() => json({ access_token: "tok-1", token_type: "Bearer", expires_in: 3600 }));
    const result = await getToken(http, form());
    expect(result).toEqual({ ok: true, token: "tok-1" });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/oauth2/v3/token");
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.headers.authorization).toBeUndefined();
    const body = new URLSearchParams(request?.body);
    expect(Object.fromEntries(body)).toEqual({
      grant_type: "client_credentials",
      client_id: "my-client",
      client_secret: SECRET,
      scope: "tracking",
    });
    expect(http.exchanges).toHaveLength(1);
    expect(http.exchanges[0]?.record).toBe(false);
    expect(http.exchanges[0]?.url).not.toContain(SECRET);
  });

  it("sends the basic style credentials in the Authorization header only", async () => {
    await start(() => json({ access_token: "tok-b", expires_in: "14399" }));
    const result = await getToken(
      http,
      form({ style: "basic", scope: undefined, path: "/security/v1/oauth/token" }),
    );
    expect(result).toEqual({ ok: true, token: "tok-b" });
    const [request] = server.requests;
    const expected = Buffer.from(`my-client:${SECRET}`).toString("base64");
    expect(request?.headers.authorization).toBe(`Basic ${expected}`);
    expect(request?.body).toBe("grant_type=client_credentials");
  });

  it("keeps the token until shortly before it expires", async () => {
    let issued = 0;
    await start(() => json({ access_token: `tok-${++issued}`, expires_in: 600 }));
    let now = 1_000_000;
    const request = form({ now: () => now });
    expect(await getToken(http, request)).toEqual({ ok: true, token: "tok-1" });
    now += 500_000;
    expect(await getToken(http, request)).toEqual({ ok: true, token: "tok-1" });
    // 600 s less the one-minute margin: at 541 s a new token is fetched.
    now += 41_000;
    expect(await getToken(http, request)).toEqual({ ok: true, token: "tok-2" });
    expect(tokenPaths()).toHaveLength(2);
  });

  it("shares one token request between parallel callers", async () => {
    await start(() => ({ ...json({ access_token: "tok-p", expires_in: 3600 }), delayMs: 30 }));
    const results = await Promise.all([
      getToken(http, form()),
      getToken(http, form()),
      getToken(http, form()),
    ]);
    expect(results.map((result) => result.ok && result.token)).toEqual(["tok-p", "tok-p", "tok-p"]);
    expect(tokenPaths()).toHaveLength(1);
  });

  it("reports invalid_client as unauthorized, naming the settings and never the secret", async () => {
    await start(() => json(sample("usps/karrio-oauth-error.json"), 401));
    const result = await getToken(http, form());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe("unauthorized");
    expect(result.failure.message).toContain("invalid_client");
    expect(result.failure.message).toContain("usps clientId and clientSecret settings");
    expect(result.failure.message).not.toContain(SECRET);
    expect(result.exchange?.outcome).toBe("unauthorized");
    // A refused client is not cached: the next call asks again.
    await getToken(http, form());
    expect(tokenPaths()).toHaveLength(2);
  });

  it("reads the UPS refusal (response.errors 250003) on a 400", async () => {
    await start(() => json(sample("ups/karrio-auth-error.json"), 400));
    const result = await getToken(http, form({ style: "basic" }));
    expect(result.ok ? null : result.failure.reason).toBe("unauthorized");
    expect(result.ok ? "" : result.failure.message).toContain("(250003)");
  });

  it("tells a refused scope apart", async () => {
    await start(() => json({ error: "invalid_scope" }, 400));
    const result = await getToken(http, form());
    expect(result.ok ? "" : result.failure.message).toContain('scope "tracking"');
  });

  it("fails a token answer without a token, a web page, and a source that stays down", async () => {
    await start(() => json({ token_type: "Bearer" }));
    expect(await getToken(http, form())).toMatchObject({ ok: false, failure: { reason: "bad_response" } });
    server.handle(() => ({ status: 200, headers: { "content-type": "text/html" }, body: "<html>hi</html>" }));
    expect(await getToken(http, form())).toMatchObject({ ok: false, failure: { reason: "bad_response" } });
    server.handle(() => json({ error: "down" }, 503));
    const down = await getToken(http, form());
    expect(down).toMatchObject({ ok: false, failure: { reason: "unavailable" } });
    expect(server.requests.filter((request) => request.path.includes("token"))).toHaveLength(5);
  });
});

describe("authorizedRequest", () => {
  const trackHandler =
    (trackStatuses: number[]): FakeHandler =>
    (request) => {
      if (request.path.includes("token")) {
        const issued = tokenPaths().length;
        return json({ access_token: `tok-${issued}`, expires_in: 3600 });
      }
      const status = trackStatuses.shift() ?? 200;
      return json(status === 200 ? { ok: request.headers.authorization } : { error: "expired" }, status);
    };
  const build = (token: string) => ({ path: "/track/1", headers: { authorization: `Bearer ${token}` } });

  it("renews the token once on a 401 and retries the call", async () => {
    await start(trackHandler([401]));
    const result = await authorizedRequest(http, form(), build);
    expect(result.ok && result.response.status).toBe(200);
    expect(result.ok && JSON.parse(result.response.text())).toEqual({ ok: "Bearer tok-2" });
    expect(server.requests.map((request) => request.path)).toEqual([
      "/oauth2/v3/token",
      "/track/1",
      "/oauth2/v3/token",
      "/track/1",
    ]);
    expect(http.exchanges.map((exchange) => [exchange.status, exchange.outcome, exchange.record])).toEqual([
      [200, "ok", false],
      [401, "unauthorized", true],
      [200, "ok", false],
      [200, "ok", true],
    ]);
  });

  it("gives the second 401 back without asking a third time", async () => {
    await start(trackHandler([401, 401, 401]));
    const result = await authorizedRequest(http, form(), build);
    expect(result.ok && result.response.status).toBe(401);
    expect(server.requests).toHaveLength(4);
  });

  it("returns the token failure with the token exchange", async () => {
    await start(() => json({ error: "invalid_client" }, 401));
    const result = await authorizedRequest(http, form(), build);
    expect(result).toMatchObject({ ok: false, failure: { reason: "unauthorized" } });
    expect(result.ok ? null : result.exchange?.record).toBe(false);
    expect(server.requests).toHaveLength(1);
  });
});
