import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../../sim/fake-carrier-server.ts";
import type { TrackRequest, TrackResult } from "../connector.ts";
import { testHttpClient, useFakeServer } from "../connector-test-kit.fixture.ts";
import type { HttpClient } from "../http.ts";
import { cainiaoConnector, cainiaoLang } from "./connector.ts";

const samples = new URL("../../../test/fixtures/carrier-samples/cainiao/", import.meta.url);
const fixtures = new URL("./fixtures/", import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, samples), "utf8");
const fixture = (name: string) => readFileSync(new URL(name, fixtures), "utf8");

const request = (number: string): TrackRequest => ({ number, carrier: "cainiao", carrierPinned: false });

const { serve } = useFakeServer();

async function setup(
  handler: FakeHandler,
  baseSuffix = "",
): Promise<{ server: FakeServer; http: HttpClient }> {
  const server = await serve(handler);
  return { server, http: testHttpClient("cainiao", server.url + baseSuffix) };
}

async function track(http: HttpClient, numbers: string[], lang = "en"): Promise<TrackResult[]> {
  return cainiaoConnector.track(numbers.map(request), {
    http,
    credentials: undefined,
    lang,
    now: () => new Date("2026-06-05T00:00:00Z"),
  });
}

function expectFailed(results: TrackResult[], reason: string) {
  for (const result of results) expect(result).toMatchObject({ outcome: "failed", reason });
}

describe("cainiao connector: the request", () => {
  it("asks for a batch of three numbers in one request and matches the answer by mailNo", async () => {
    const { server, http } = await setup(() => json(fixture("batch-reordered-missing.json")));
    const results = await track(http, ["LP00955555551", "LP00955555552", "LP00955555553"], "pt");
    expect(server.requests).toHaveLength(1);
    const [asked] = server.requests;
    expect(asked?.method).toBe("GET");
    expect(asked?.path).toBe("/global/detail.json");
    expect(asked?.query.get("mailNos")).toBe("LP00955555551,LP00955555552,LP00955555553");
    expect(asked?.query.get("lang")).toBe("pt-BR");
    expect(asked?.headers.accept).toBe("application/json");
    expect(results.map((result) => [result.number, result.outcome])).toEqual([
      ["LP00955555551", "found"],
      ["LP00955555552", "not_found"],
      ["LP00955555553", "found"],
    ]);
    const first = results[0];
    if (first?.outcome !== "found") throw new Error("expected found");
    expect(first.reports).toEqual([
      {
        carrier: "cainiao",
        lang: null,
        timeZone: null,
        events: [
          {
            time: Date.UTC(2026, 5, 1, 7, 0, 0),
            text: "Accepted by carrier",
            code: "PU_PICKUP_SUCCESS",
            location: null,
            lang: null,
          },
        ],
      },
    ]);
    expect(first.exchange?.url).toBe(
      `${server.url}/global/detail.json?mailNos=LP00955555551,LP00955555552,LP00955555553&lang=pt-BR`,
    );
    expect(first.exchange?.numbers).toEqual(["LP00955555551", "LP00955555552", "LP00955555553"]);
    expect(first.exchange?.outcome).toBe("ok");
  });

  it("keeps the path /global/detail.json under an overridden base URL with a prefix", async () => {
    const { server, http } = await setup(
      () => json(sample("detail-RS0814398526Y-2023-09.json")),
      "/proxy/cainiao/",
    );
    const [result] = await track(http, ["RS0814398526Y"]);
    expect(server.requests[0]?.path).toBe("/proxy/cainiao/global/detail.json");
    expect(server.requests[0]?.query.get("lang")).toBe("en-US");
    expect(result).toMatchObject({
      outcome: "found",
      final: false,
      facts: { lastMileCarrier: "Israelpost" },
    });
    if (result?.outcome !== "found") throw new Error("expected found");
    expect(result.reports[0]?.events).toHaveLength(14);
    expect(result.reports[0]?.events[0]).toMatchObject({ time: 1695865613000, code: "CC_IM_SUCCESS" });
  });

  it("splits more than ten numbers into requests of ten", async () => {
    const { server, http } = await setup(() => json({ module: [], success: true }));
    const numbers = Array.from({ length: 12 }, (_, index) => `LP0099999${String(index).padStart(4, "0")}`);
    const results = await track(http, numbers);
    expect(server.requests.map((asked) => asked.query.get("mailNos")?.split(",").length)).toEqual([10, 2]);
    expect(results).toHaveLength(12);
    expect(results.every((result) => result.outcome === "not_found")).toBe(true);
    expect(results[0]?.exchange?.outcome).toBe("not_found");
  });

  it("reads a number Cainiao does not know (EXTERNAL placeholder) as not found", async () => {
    const { http } = await setup(() => json(fixture("not-found-external.json")));
    const [result] = await track(http, ["LP00966666666"]);
    expect(result).toMatchObject({ outcome: "not_found", exchange: { outcome: "not_found", status: 200 } });
  });

  it("keeps a seller-preparing number as found with no events", async () => {
    const { http } = await setup(() => json(sample("detail-UZ0556033196Y-2023-09.json")));
    const [result] = await track(http, ["UZ0556033196Y"]);
    expect(result).toMatchObject({
      outcome: "found",
      reports: [{ carrier: "cainiao", events: [] }],
      facts: { eta: { from: "2023-12-02T23:59:57.000Z" } },
    });
  });

  it("reads a JSON body sent as text/plain", async () => {
    const { http } = await setup(() => ({
      status: 200,
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: fixture("delivered-2026-handoff.json"),
    }));
    const [result] = await track(http, ["LP00944444444"]);
    expect(result).toMatchObject({
      outcome: "found",
      final: true,
      facts: { lastMileNumber: "PQ4B6C0123456780108001Z", lastMileCarrier: "Correos" },
    });
  });
});

describe("cainiao connector: failures", () => {
  it("reads the captcha page as blocked for every number", async () => {
    const { http } = await setup(() => ({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: fixture("block-captcha-page.html"),
    }));
    const results = await track(http, ["LP00955555551", "LP00955555552"]);
    expect(results).toHaveLength(2);
    expectFailed(results, "blocked");
    expect(results[0]?.exchange?.outcome).toBe("blocked");
  });

  it("reads a script-only page in place of JSON as blocked", async () => {
    const { http } = await setup(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: fixture("block-script-only.html"),
    }));
    expectFailed(await track(http, ["LP00955555551"]), "blocked");
  });

  it.each([["block-fail-sys-user-validate.json"], ["block-rgv587-flag.json"], ["block-success-false.json"]])(
    "reads the JSON wall %s as blocked",
    async (name) => {
      const { http } = await setup(() => json(fixture(name)));
      const results = await track(http, ["LP00955555551", "LP00955555552"]);
      expectFailed(results, "blocked");
      expect(results[0]?.exchange).toMatchObject({ outcome: "blocked", status: 200 });
      if (results[0]?.outcome === "failed") expect(results[0].message).toMatch(/human check/);
    },
  );

  it.each([[403], [405], [418], [401]])("reads HTTP %i as blocked", async (status) => {
    const { server, http } = await setup(() => json({ message: "denied" }, status));
    const results = await track(http, ["LP00955555551"]);
    expectFailed(results, "blocked");
    expect(server.requests).toHaveLength(1);
  });

  it("reads HTTP 404 with no body as not found", async () => {
    const { http } = await setup(() => ({ status: 404 }));
    const [result] = await track(http, ["LP00955555551"]);
    expect(result).toMatchObject({ outcome: "not_found", exchange: { outcome: "not_found", status: 404 } });
  });

  it("reads HTTP 404 with an unrelated web page as bad_response", async () => {
    const { http } = await setup(() => ({
      status: 404,
      headers: { "content-type": "text/html" },
      body: "<html><body>Not Found</body></html>",
    }));
    expectFailed(await track(http, ["LP00955555551"]), "bad_response");
  });

  it("reads 429 with Retry-After as rate_limited with retryAt", async () => {
    const { server, http } = await setup(() => json({}, 429, { "retry-after": "120" }));
    const before = Date.now();
    const [result] = await track(http, ["LP00955555551"]);
    expect(result).toMatchObject({ outcome: "failed", reason: "rate_limited" });
    if (result?.outcome !== "failed") throw new Error("expected failed");
    expect(result.retryAt).toBeGreaterThanOrEqual(before + 119_000);
    expect(result.retryAt).toBeLessThanOrEqual(Date.now() + 121_000);
    // The wait asked for is longer than the client waits inside one sync: one attempt.
    expect(server.requests).toHaveLength(1);
  });

  it("retries 503 up to three attempts, then reports unavailable", async () => {
    const { server, http } = await setup(() => json({}, 503));
    const results = await track(http, ["LP00955555551", "LP00955555552"]);
    expect(server.requests).toHaveLength(3);
    expectFailed(results, "unavailable");
  });

  it("recovers when a 500 is followed by a good answer", async () => {
    let calls = 0;
    const { server, http } = await setup(() =>
      calls++ === 0 ? json({}, 500) : json(sample("detail-AE010698498-en-US-2023-01.json")),
    );
    const [result] = await track(http, ["AE010698498"]);
    expect(server.requests).toHaveLength(2);
    expect(result).toMatchObject({ outcome: "found" });
    if (result?.outcome !== "found") throw new Error("expected found");
    expect(result.reports[0]?.events).toHaveLength(19);
    expect(result.reports[0]?.events.at(-1)).toMatchObject({ text: "Order received successfully" });
  });

  it("reads truncated JSON as bad_response", async () => {
    const body = sample("detail-RS0814398526Y-2023-09.json");
    const { http } = await setup(() => json(body.slice(0, 500)));
    const [result] = await track(http, ["RS0814398526Y"]);
    expect(result).toMatchObject({
      outcome: "failed",
      reason: "bad_response",
      exchange: { outcome: "bad_response" },
    });
  });

  it("reads an empty body as bad_response", async () => {
    const { http } = await setup(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: "",
    }));
    const [result] = await track(http, ["RS0814398526Y"]);
    expect(result).toMatchObject({ outcome: "failed", reason: "bad_response" });
    if (result?.outcome === "failed") expect(result.message).toMatch(/empty answer/);
  });

  it("reads an answer without a module list as bad_response", async () => {
    const { http } = await setup(() => json({ success: true, data: null }));
    expectFailed(await track(http, ["RS0814398526Y"]), "bad_response");
  });

  it("reads a refused connection as unavailable", async () => {
    const { server, http } = await setup(() => ({ fault: "reset" }));
    const results = await track(http, ["RS0814398526Y"]);
    expect(server.requests).toHaveLength(3);
    expectFailed(results, "unavailable");
  });
});

describe("cainiao connector: declaration", () => {
  it("declares a gentle, key-less primary source", () => {
    expect(cainiaoConnector).toMatchObject({
      id: "cainiao",
      role: "primary",
      batchSize: 10,
      requestsPerSecond: 0.5,
      baseUrl: "https://global.cainiao.com",
      credentials: null,
      push: false,
    });
  });

  it.each([
    ["en", "en-US"],
    ["pt", "pt-BR"],
    ["es", "es-ES"],
    ["pl", "pl-PL"],
    ["en-GB", "en-GB"],
    ["pt_br", "pt-BR"],
    ["xx", "en-US"],
    ["", "en-US"],
    ["not a tag", "en-US"],
  ])("sends lang %j as %j", (lang, expected) => {
    expect(cainiaoLang(lang)).toBe(expected);
  });
});
