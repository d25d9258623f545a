/**
 * The HTTP client against a real server on 127.0.0.1 that misbehaves the ways sources do. Waits
 * between attempts are recorded instead of slept (the policy is what is tested, not the clock);
 * timeouts use the real clock with short limits.
 */
import { describe, expect, it } from "vitest";
import { json } from "../sim/fake-carrier-server.ts";
import { useFakeServer } from "./connector-test-kit.fixture.ts";
import { createHttpClient, type HttpResult, joinUrl, Pacer } from "./http.ts";

const { serve } = useFakeServer();

function client(
  base: string,
  options: { timeoutMs?: number; maxBodyBytes?: number; maxWaitMs?: number } = {},
) {
  const waits: number[] = [];
  const http = createHttpClient(
    {
      connector: "test",
      baseUrl: base,
      requestsPerSecond: 0,
      timeoutMs: options.timeoutMs ?? 2_000,
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxWaitMs: options.maxWaitMs ?? 5_000 },
    },
    {
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
    },
  );
  return { http, waits };
}

function failure(result: HttpResult) {
  if (result.ok) throw new Error(`expected a failure, got HTTP ${result.response.status}`);
  return result.failure;
}

describe("joinUrl", () => {
  it("keeps the API's path under the configured scheme, host and port", () => {
    expect(joinUrl("http://127.0.0.1:8765", "/global/detail.json?mailNos=A")).toBe(
      "http://127.0.0.1:8765/global/detail.json?mailNos=A",
    );
    expect(joinUrl("http://127.0.0.1:8765/", "/x")).toBe("http://127.0.0.1:8765/x");
    expect(joinUrl("https://proxy.example/cainiao/", "/global/detail.json")).toBe(
      "https://proxy.example/cainiao/global/detail.json",
    );
  });
});

describe("HttpClient against a real server", () => {
  it("records the exchange: status, content type, exact body, numbers, the URL without secrets", async () => {
    const fake = await serve((request) =>
      json({ seen: request.query.get("n"), ua: request.headers["user-agent"] }),
    );
    const { http } = client(fake.url);
    const result = await http.request({
      path: "/track?n=A1&key=SECRET",
      numbers: ["A1"],
      secretParams: ["key"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.status).toBe(200);
    expect(JSON.parse(result.response.text())).toEqual({
      seen: "A1",
      ua: "ParcelTrail (self-hosted parcel tracker)",
    });
    const [exchange] = http.exchanges;
    expect(exchange).toMatchObject({
      method: "GET",
      status: 200,
      outcome: "ok",
      numbers: ["A1"],
      record: true,
    });
    expect(exchange?.url).toBe(`${fake.url}/track?n=A1`);
    expect(exchange?.contentType).toContain("application/json");
    expect(Buffer.from(exchange?.body ?? []).toString()).toBe(result.response.text());
  });

  it("retries 503 with growing waits and returns the answer that finally came", async () => {
    let calls = 0;
    const fake = await serve(() => (++calls < 3 ? { status: 503, body: "busy" } : json({ ok: true })));
    const { http, waits } = client(fake.url);
    const result = await http.request({ path: "/x" });
    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(3);
    expect(waits).toEqual([75, 150]);
    expect(http.exchanges.map((exchange) => exchange.outcome)).toEqual(["unavailable", "unavailable", "ok"]);
  });

  it("gives up on a source that keeps answering 500, after three attempts, never in a tight loop", async () => {
    const fake = await serve(() => ({ status: 500, body: "oops" }));
    const { http, waits } = client(fake.url);
    const result = failure(await http.request({ path: "/x" }));
    expect(result).toMatchObject({ reason: "unavailable", message: "the source answered HTTP 500" });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(50);
  });

  it("obeys a short Retry-After before trying again", async () => {
    let calls = 0;
    const fake = await serve(() =>
      ++calls === 1 ? json({ error: "slow down" }, 429, { "retry-after": "2" }) : json({ ok: true }),
    );
    const { http, waits } = client(fake.url);
    const result = await http.request({ path: "/x" });
    expect(result.ok).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1_900);
  });

  it("does not wait out a long Retry-After: it reports when to come back", async () => {
    const fake = await serve(() => json({ error: "quota" }, 429, { "retry-after": "3600" }));
    const { http, waits } = client(fake.url);
    const before = Date.now();
    const result = failure(await http.request({ path: "/x" }));
    expect(result.reason).toBe("rate_limited");
    expect(result.retryAt).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(fake.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("times out a source that never answers", async () => {
    const fake = await serve(() => ({ fault: "hang" }));
    const { http } = client(fake.url, { timeoutMs: 150 });
    const result = failure(await http.request({ path: "/x" }));
    expect(result).toMatchObject({ reason: "unavailable", message: "no complete answer within 0.2 s" });
    expect(fake.requests).toHaveLength(3);
    expect(http.exchanges.every((exchange) => exchange.status === null && exchange.durationMs >= 140)).toBe(
      true,
    );
  });

  it("times out a body that drips slower than the limit, and reads one that drips within it", async () => {
    const slow = await serve(() => ({ ...json({ events: [1, 2, 3] }), fault: "drip", dripMs: 40 }));
    const { http } = client(slow.url, { timeoutMs: 300 });
    expect(failure(await http.request({ path: "/x" })).message).toMatch(/no complete answer/);
    expect(http.exchanges[0]?.status).toBe(200);
    expect(http.exchanges[0]?.body).toBeNull();
    await slow.close();
    const quick = await serve(() => ({ ...json({ a: 1 }), fault: "drip", dripMs: 5 }));
    const second = client(quick.url, { timeoutMs: 2_000 });
    const result = await second.http.request({ path: "/x" });
    expect(result.ok && JSON.parse(result.response.text())).toEqual({ a: 1 });
  });

  it("reports a connection reset, before the answer and in the middle of the body", async () => {
    const before = await serve(() => ({ fault: "reset" }));
    const first = client(before.url);
    expect(failure(await first.http.request({ path: "/x" }))).toMatchObject({ reason: "unavailable" });
    expect(first.http.exchanges[0]?.error).toMatch(/reset|failed/);
    await before.close();
    const middle = await serve(() => ({ ...json({ long: "x".repeat(5000) }), fault: "reset-mid-body" }));
    const second = client(middle.url);
    expect(failure(await second.http.request({ path: "/x" })).reason).toBe("unavailable");
    expect(middle.requests).toHaveLength(3);
  });

  it("refuses an answer larger than the limit without retrying it", async () => {
    const fake = await serve(() => json({ big: "y".repeat(4096) }));
    const { http } = client(fake.url, { maxBodyBytes: 1024 });
    expect(failure(await http.request({ path: "/x" })).reason).toBe("bad_response");
    expect(fake.requests).toHaveLength(1);
  });

  it("hands 4xx answers to the connector to read, without retrying", async () => {
    const fake = await serve(() => json({ title: "No shipment" }, 404));
    const { http } = client(fake.url);
    const result = await http.request({ path: "/x" });
    expect(result.ok && result.response.status).toBe(404);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("Pacer", () => {
  it("spaces request starts by the source's rate", async () => {
    let clock = 0;
    const slept: number[] = [];
    const pacer = new Pacer(4, {
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    for (let i = 0; i < 4; i++) await pacer.wait();
    expect(slept).toEqual([250, 250, 250]);
    expect(clock).toBe(750);
  });
});
