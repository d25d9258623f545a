import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type FakeHandler, type FakeServer, json } from "../../sim/fake-carrier-server.ts";
import type { TrackRequest, TrackResult } from "../connector.ts";
import { testContext, useFakeServer } from "../connector-test-kit.fixture.ts";
import { seventeenTrackConnector } from "./connector.ts";
import { QUOTA_MESSAGE, REGISTERED_MESSAGE } from "./parse.ts";

const KEY = "test-17track-key-5f3a";
const NOW = new Date("2024-03-20T10:00:00Z");
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const TWO_PROVIDERS = fixture("item-two-providers.json") as { number: string; carrier: number };

const { serve } = useFakeServer();
/** The latest server, for a test that changes what 17TRACK does half-way or closes it early. */
let server: FakeServer | undefined;

async function start(handler: FakeHandler) {
  server = await serve(handler);
  const context = testContext("17track", server.url, { key: KEY }, "en", () => NOW);
  return { server, context };
}

const ask = (number: string, carrier: string | null = null, carrierPinned = false): TrackRequest => ({
  number,
  carrier,
  carrierPinned,
});

type Body = { number: string; carrier?: number; carrier_old?: number; carrier_new?: number }[];
const bodyOf = (request: { body: string }): Body => JSON.parse(request.body) as Body;
const endpoint = (path: string) => path.replace("/track/v2.2/", "");

/** An item for a registered number: the two-provider fixture under another number. */
const itemFor = (number: string, carrier = TWO_PROVIDERS.carrier) => ({ ...TWO_PROVIDERS, number, carrier });

/**
 * Plays 17TRACK: numbers in `known` are registered and have data, numbers in `registeredEmpty` are
 * registered without data, "XX-…" numbers are malformed, anything else is not registered.
 */
function seventeen(
  options: { known?: Map<string, number>; registeredEmpty?: Set<string>; register?: FakeHandler } = {},
) {
  const known = options.known ?? new Map([[TWO_PROVIDERS.number, TWO_PROVIDERS.carrier]]);
  const empty = options.registeredEmpty ?? new Set<string>();
  const handler: FakeHandler = (request) => {
    const items = bodyOf(request);
    const name = endpoint(request.path);
    if (name === "gettrackinfo") {
      const accepted = items.flatMap(({ number }) => {
        const carrier = known.get(number);
        if (carrier !== undefined) return [itemFor(number, carrier)];
        return empty.has(number) ? [{ number, carrier: 3011, track_info: null }] : [];
      });
      const rejected = items
        .filter(({ number }) => !known.has(number) && !empty.has(number))
        .map(({ number }) => ({
          number,
          error: number.startsWith("XX")
            ? { code: -18010012, message: `The format of '${number}' is invalid.` }
            : { code: -18019902, message: `The tracking number '${number}' does not register.` },
        }));
      return json({ code: 0, data: { accepted, rejected } });
    }
    if (name === "register" && options.register) return options.register(request);
    const accepted = items.map((item) => ({ number: item.number, carrier: item.carrier ?? 3011 }));
    return json({ code: 0, data: { accepted, rejected: [] } });
  };
  return handler;
}

function only<T extends TrackResult["outcome"]>(result: TrackResult | undefined, outcome: T) {
  expect(result?.outcome).toBe(outcome);
  return result as Extract<TrackResult, { outcome: T }>;
}

describe("17track connector: the read flow", () => {
  it("reads known numbers, registers only the unknown ones, and reports each", async () => {
    const { server, context } = await start(seventeen());
    const results = await seventeenTrackConnector.track(
      [ask(TWO_PROVIDERS.number), ask("UA000000001CN"), ask("XX-1")],
      context,
    );
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ["POST", "/track/v2.2/gettrackinfo"],
      ["POST", "/track/v2.2/register"],
    ]);
    const [info, register] = server.requests;
    expect(info?.headers["17token"]).toBe(KEY);
    expect(info?.headers["content-type"]).toBe("application/json");
    expect(bodyOf(info ?? { body: "[]" })).toEqual([
      { number: TWO_PROVIDERS.number },
      { number: "UA000000001CN" },
      { number: "XX-1" },
    ]);
    expect(register?.headers["17token"]).toBe(KEY);
    expect(bodyOf(register ?? { body: "[]" })).toEqual([{ number: "UA000000001CN" }]);

    const found = only(results[0], "found");
    expect(found.reports.map((report) => [report.carrier, report.events.length])).toEqual([
      ["usps", 3],
      ["china-post", 3],
    ]);
    expect(found.reports[0]?.events[0]).toMatchObject({
      time: "2024-03-14T10:41:00-05:00",
      text: "Out for Delivery",
    });
    expect(found.reports[1]?.events[2]).toMatchObject({
      time: "2024-03-04T15:02:00+08:00",
      text: "【深圳市邮政】已收寄",
    });
    expect(found.facts).toMatchObject({ lastMileNumber: "9400111899223197428490", originCountry: "CN" });
    expect(found.final).toBe(false);
    expect(found.exchange?.url).toBe(`${server.url}/track/v2.2/gettrackinfo`);
    expect(found.exchange?.outcome).toBe("ok");

    const registered = only(results[1], "not_found");
    expect(registered.message).toBe(REGISTERED_MESSAGE);
    expect(registered.exchange?.url).toBe(`${server.url}/track/v2.2/register`);
    expect(registered.exchange?.outcome).toBe("ok");
    expect(only(results[2], "not_found").message).toBe(
      "17TRACK refused the number (code -18010012: The format of 'XX-1' is invalid.)",
    );
  });

  it("serves the self-made gettrackinfo and register answers as they are", async () => {
    const { server, context } = await start((request) =>
      json(
        fixture(
          endpoint(request.path) === "register"
            ? "register-accepted-rejected.json"
            : "gettrackinfo-accepted-rejected.json",
        ),
      ),
    );
    const results = await seventeenTrackConnector.track(
      [ask("RR123456785CN"), ask("UA000000001CN"), ask("XX-1")],
      context,
    );
    expect(server.requests.map((r) => endpoint(r.path))).toEqual(["gettrackinfo", "register"]);
    expect(bodyOf(server.requests[1] ?? { body: "[]" })).toEqual([{ number: "UA000000001CN" }]);
    const found = only(results[0], "found");
    expect(found.reports[0]?.events).toEqual([
      {
        time: "2024-03-02T11:00:00+08:00",
        text: "【义乌市】已收寄",
        code: "InTransit_PickedUp",
        location: "义乌市",
        lang: null,
      },
    ]);
    expect(only(results[1], "not_found").message).toBe(REGISTERED_MESSAGE);
    expect(results[2]?.outcome).toBe("not_found");
  });

  it("marks the gettrackinfo exchange not found when nothing was accepted", async () => {
    const { context } = await start(seventeen());
    const results = await seventeenTrackConnector.track([ask("UA000000009CN")], context);
    expect(
      context.http.exchanges.map((exchange) => [exchange.url.split("/").pop(), exchange.outcome]),
    ).toEqual([
      ["gettrackinfo", "not_found"],
      ["register", "ok"],
    ]);
    expect(only(results[0], "not_found").message).toBe(REGISTERED_MESSAGE);
  });

  it("reads a registered number without data yet as not found, without registering it again", async () => {
    const { server, context } = await start(seventeen({ registeredEmpty: new Set(["UA000000003CN"]) }));
    const results = await seventeenTrackConnector.track([ask("UA000000003CN")], context);
    expect(server.requests).toHaveLength(1);
    expect(only(results[0], "not_found").message).toBe(
      "17TRACK has no events for this number yet (status unknown)",
    );
  });

  it("splits 85 numbers into calls of 40, 40 and 5", async () => {
    const numbers = Array.from({ length: 85 }, (_, i) => `RR${String(i).padStart(9, "0")}CN`);
    const { server, context } = await start(seventeen({ known: new Map(numbers.map((n) => [n, 3011])) }));
    const results = await seventeenTrackConnector.track(
      numbers.map((n) => ask(n)),
      context,
    );
    expect(server.requests.map((r) => [endpoint(r.path), bodyOf(r).length])).toEqual([
      ["gettrackinfo", 40],
      ["gettrackinfo", 40],
      ["gettrackinfo", 5],
    ]);
    expect(server.requests.every((r) => r.headers["17token"] === KEY)).toBe(true);
    expect(results).toHaveLength(85);
    expect(results.every((result) => result.outcome === "found")).toBe(true);
    expect(results[84]?.number).toBe(numbers[84]);
  });
});

describe("17track connector: pinned carriers", () => {
  it("asks changecarrier when 17TRACK tracks a pinned number under another carrier, keeping the data", async () => {
    const { server, context } = await start(seventeen());
    const results = await seventeenTrackConnector.track([ask(TWO_PROVIDERS.number, "ups", true)], context);
    expect(server.requests.map((r) => endpoint(r.path))).toEqual(["gettrackinfo", "changecarrier"]);
    expect(bodyOf(server.requests[1] ?? { body: "[]" })).toEqual([
      { number: TWO_PROVIDERS.number, carrier_old: 3011, carrier_new: 100002 },
    ]);
    expect(only(results[0], "found").reports).toHaveLength(2);
  });

  it("does not change a carrier that matches, is not pinned, or has no known code", async () => {
    const { server, context } = await start(seventeen());
    await seventeenTrackConnector.track([ask(TWO_PROVIDERS.number, "china-post", true)], context);
    await seventeenTrackConnector.track([ask(TWO_PROVIDERS.number, "ups", false)], context);
    await seventeenTrackConnector.track([ask(TWO_PROVIDERS.number, "usps", true)], context);
    expect(server.requests.map((r) => endpoint(r.path))).toEqual([
      "gettrackinfo",
      "gettrackinfo",
      "gettrackinfo",
    ]);
  });

  it("registers with the carrier code only for a pinned carrier it can name", async () => {
    const { server, context } = await start(seventeen());
    await seventeenTrackConnector.track(
      [
        ask("UA000000004CN", "china-post", true),
        ask("UA000000005CN", "usps", true),
        ask("1Z999", "ups", false),
      ],
      context,
    );
    expect(bodyOf(server.requests[1] ?? { body: "[]" })).toEqual([
      { number: "UA000000004CN", carrier: 3011 },
      { number: "UA000000005CN" },
      { number: "1Z999" },
    ]);
  });
});

describe("17track connector: register answers", () => {
  const rejectAll =
    (code: number, message: string): FakeHandler =>
    (request) =>
      json({
        code: 0,
        data: {
          accepted: [],
          rejected: bodyOf(request).map(({ number }) => ({ number, error: { code, message } })),
        },
      });

  it("reads a used-up quota as rate limited until the next month", async () => {
    const { context } = await start(seventeen({ register: rejectAll(-18019908, "Quota exhausted.") }));
    const results = await seventeenTrackConnector.track(
      [ask(TWO_PROVIDERS.number), ask("UA000000006CN")],
      context,
    );
    expect(results[0]?.outcome).toBe("found");
    const failed = only(results[1], "failed");
    expect(failed).toMatchObject({
      reason: "rate_limited",
      message: QUOTA_MESSAGE,
      retryAt: Date.UTC(2024, 3, 1),
    });
    expect(failed.exchange?.outcome).toBe("rate_limited");
  });

  it("reads an undetectable carrier and an already registered number as not found", async () => {
    const { context } = await start(
      seventeen({ register: rejectAll(-18019903, "The carrier cannot be detected.") }),
    );
    const results = await seventeenTrackConnector.track([ask("UA000000007CN")], context);
    expect(only(results[0], "not_found").message).toBe(
      "17TRACK cannot detect the carrier of this number (The carrier cannot be detected.)",
    );
    server?.handle(seventeen({ register: rejectAll(-18019901, "Already registered.") }));
    const again = await seventeenTrackConnector.track([ask("UA000000007CN")], context);
    expect(only(again[0], "not_found").message).toBe(REGISTERED_MESSAGE);
  });

  it("fails only the numbers to register when register itself fails", async () => {
    const { context } = await start(seventeen({ register: () => ({ status: 500, body: "oops" }) }));
    const results = await seventeenTrackConnector.track(
      [ask(TWO_PROVIDERS.number), ask("UA000000008CN")],
      context,
    );
    expect(results[0]?.outcome).toBe("found");
    expect(only(results[1], "failed")).toMatchObject({
      reason: "unavailable",
      message: "the source answered HTTP 500",
    });
  });
});

describe("17track connector: stop", () => {
  it("sends stoptrack with the numbers, 40 per call", async () => {
    const { server, context } = await start(seventeen());
    const numbers = Array.from({ length: 45 }, (_, i) => `RR${String(i).padStart(9, "0")}CN`);
    await seventeenTrackConnector.stop?.(
      numbers.map((n) => ask(n)),
      context,
    );
    expect(server.requests.map((r) => [r.method, r.path, bodyOf(r).length])).toEqual([
      ["POST", "/track/v2.2/stoptrack", 40],
      ["POST", "/track/v2.2/stoptrack", 5],
    ]);
    expect(bodyOf(server.requests[1] ?? { body: "[]" })[0]).toEqual({ number: numbers[40] });
    expect(server.requests[0]?.headers["17token"]).toBe(KEY);
  });
});

describe("17track connector: failures", () => {
  const two = [ask(TWO_PROVIDERS.number), ask("UA000000001CN")];

  it("HTTP 401 fails every number as unauthorized, without registering", async () => {
    const { server, context } = await start(() => json({ code: -18010002, data: null }, 401));
    const results = await seventeenTrackConnector.track(two, context);
    expect(server.requests).toHaveLength(1);
    expect(results.map((r) => r.outcome === "failed" && r.reason)).toEqual(["unauthorized", "unauthorized"]);
    expect(JSON.stringify(results)).not.toContain(KEY);
  });

  it("a 200 envelope with code -18010002 is unauthorized", async () => {
    const { context } = await start(() => json(fixture("error-invalid-key.json")));
    const results = await seventeenTrackConnector.track(two, context);
    const failed = only(results[0], "failed");
    expect(failed.reason).toBe("unauthorized");
    expect(failed.message).toBe("17TRACK refused the API key (code -18010002: Invalid security key.)");
    expect(failed.exchange?.outcome).toBe("unauthorized");
    expect(failed.message).not.toContain(KEY);
  });

  it("a 200 envelope with code -18010014 is a bad response", async () => {
    const { context } = await start(() => json({ code: -18010014, data: null }));
    const results = await seventeenTrackConnector.track(two, context);
    expect(only(results[1], "failed").reason).toBe("bad_response");
  });

  it("429 with Retry-After is rate limited with the time to come back", async () => {
    const { server, context } = await start(() => json({ code: 0 }, 429, { "retry-after": "120" }));
    const before = Date.now();
    const results = await seventeenTrackConnector.track(two, context);
    // The asked pause is longer than maxWaitMs: one attempt, the rest is left to the next sync.
    expect(server.requests).toHaveLength(1);
    const failed = only(results[0], "failed");
    expect(failed.reason).toBe("rate_limited");
    expect(failed.retryAt).toBeGreaterThanOrEqual(before + 119_000);
    expect(failed.retryAt).toBeLessThanOrEqual(Date.now() + 120_000);
  });

  it("503 is retried, then fails as unavailable", async () => {
    const { server, context } = await start(() => ({ status: 503, body: "down" }));
    const results = await seventeenTrackConnector.track(two, context);
    expect(server.requests).toHaveLength(3);
    expect(only(results[1], "failed")).toMatchObject({
      reason: "unavailable",
      message: "the source answered HTTP 503",
    });
  });

  it("malformed JSON, an empty body, an HTML page and 404 are bad responses", async () => {
    const cases: [FakeHandler, string][] = [
      [() => json('{"code":0,"data":{"accepted":[{"number"'), "the JSON answer was cut off"],
      [
        () => ({ status: 200, headers: { "content-type": "application/json" }, body: "" }),
        "empty answer (HTTP 200)",
      ],
      [
        () => ({
          status: 200,
          headers: { "content-type": "text/html" },
          body: "<html><body>Maintenance</body></html>",
        }),
        "the source answered with a web page, not JSON (HTTP 200)",
      ],
      [() => json({ message: "no such route" }, 404), "17TRACK answered HTTP 404"],
    ];
    for (const [handler, message] of cases) {
      const { context } = await start(handler);
      const results = await seventeenTrackConnector.track(two, context);
      const failed = only(results[0], "failed");
      expect(failed).toMatchObject({ reason: "bad_response", message });
      expect(failed.exchange?.outcome).toBe("bad_response");
      await server?.close();
      server = undefined;
    }
  });

  it("an answer that skips a number fails that number only", async () => {
    const { context } = await start(() =>
      json({ code: 0, data: { accepted: [itemFor("RR123456785CN")], rejected: [] } }),
    );
    const results = await seventeenTrackConnector.track(two, context);
    expect(results[0]?.outcome).toBe("found");
    expect(only(results[1], "failed").message).toBe("17TRACK's answer did not mention this number");
  });
});

describe("17track connector: declaration", () => {
  it("is the fallback for any number and needs a key", () => {
    expect(seventeenTrackConnector.role).toBe("fallback");
    expect(seventeenTrackConnector.answers(ask("ANYTHING123"), { marketplace: null })).toBe(true);
    expect(seventeenTrackConnector.batchSize).toBe(40);
    expect(seventeenTrackConnector.requestsPerSecond).toBe(3);
    expect(seventeenTrackConnector.push).toBe(true);
    expect(seventeenTrackConnector.credentials?.safeParse({ key: "" }).success).toBe(false);
    expect(seventeenTrackConnector.credentials?.safeParse({ key: "k" }).success).toBe(true);
  });
});
