/**
 * The sync runner on real databases (a SQLite file and a PostgreSQL database) against fake
 * sources on 127.0.0.1: the hand-off from Cainiao to La Poste followed by itself, a second sync
 * adding nothing, a captcha wall that stores its evidence and nothing else and pauses the source,
 * a broken source that does not hold up the others, and the fallback rules.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TestDatabase, testDatabases } from "../../test/support/databases.ts";
import type { SourceSettings } from "../carriers/source-settings.ts";
import { addNumbers } from "../orders/add-numbers.ts";
import { type FakeServer, json, startFakeCarrierServer } from "../sim/fake-carrier-server.ts";
import { cainiaoHandoffBody, laPosteBody } from "../sim/fake-sources.ts";
import { eventsOfNumbers } from "../store/events.ts";
import { fetchBody, fetchesOfNumbers } from "../store/fetches.ts";
import { findNumber } from "../store/numbers.ts";
import { allSourceHealth } from "../store/source-health.ts";
import { sourcesOfNumbers } from "../store/sources.ts";
import { Store } from "../store/store.ts";
import { runSync, type SyncDependencies } from "./run-sync.ts";
import { sourcesFromConfig } from "./source-status.ts";

const story = {
  firstLeg: "LP00123456789012",
  lastMile: "6A12345678901",
  startMs: Date.parse("2026-11-01T02:00:00Z"),
};
let now = "2026-11-21T10:00:00.000Z";

describe.each(testDatabases().map((db) => [db.name, db] as const))(
  "sync on %s",
  (_name, database: TestDatabase) => {
    let store: Store;
    let drop: () => Promise<void>;
    let cainiao: FakeServer;
    let laPoste: FakeServer;
    const servers: FakeServer[] = [];

    beforeEach(async () => {
      const created = await database.create();
      drop = created.drop;
      store = await Store.open(created.location);
      now = "2026-11-21T10:00:00.000Z";
      cainiao = await startFakeCarrierServer((request) =>
        json(cainiaoHandoffBody(story, (request.query.get("mailNos") ?? "").split(","))),
      );
      laPoste = await startFakeCarrierServer((request) =>
        request.headers["x-okapi-key"] === "test-key"
          ? json(laPosteBody(story))
          : json({ returnCode: 401 }, 401),
      );
      servers.push(cainiao, laPoste);
      await addNumbers(
        store,
        {
          numbers: [story.firstLeg],
          order: { marketplace: "aliexpress", orderNumber: "8100001", destination: "Lyon, FR" },
        },
        now,
      );
    });

    afterEach(async () => {
      await store.close();
      await drop();
      await Promise.all(servers.splice(0).map((server) => server.close()));
    });

    function sources(extra: Record<string, Record<string, string>> = {}): SourceSettings[] {
      return sourcesFromConfig(
        {
          cainiao: { baseUrl: cainiao.url },
          "la-poste": { baseUrl: laPoste.url, okapiKey: "test-key" },
          ...extra,
        },
        {},
      );
    }

    function deps(settings = sources()): SyncDependencies {
      return {
        store,
        sources: settings,
        now: () => now,
        lang: "en",
        http: {
          sleep: async () => undefined,
          retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxWaitMs: 100 },
        },
      };
    }

    it("follows the hand-off: the last-mile number is created, linked and read from its own carrier", async () => {
      const summary = await runSync(deps());
      expect(summary.linked).toEqual([
        expect.objectContaining({
          from: story.firstLeg,
          number: story.lastMile,
          carrier: "la-poste",
          source: "cainiao",
        }),
      ]);
      expect(summary.failures).toEqual([]);
      expect(summary.changes.map((change) => [change.number, change.newEvents, change.statusAfter])).toEqual([
        [story.firstLeg, 7, expect.any(String)],
        [story.lastMile, 4, "delivered"],
      ]);
      const first = await findNumber(store.db, story.firstLeg);
      const last = await findNumber(store.db, story.lastMile);
      expect(last).toMatchObject({
        role: "last_mile",
        handed_off_from: first?.id,
        order_id: first?.order_id,
      });
      // One request each; Cainiao was asked for the first leg only, La Poste for the last mile only.
      expect(cainiao.requests.map((request) => request.query.get("mailNos"))).toEqual([story.firstLeg]);
      expect(laPoste.requests.map((request) => request.path)).toEqual([
        `/suivi/v2/idships/${story.lastMile}`,
      ]);
      // Every read kept byte for byte, linked to its number, without the key in the URL.
      const fetches = await fetchesOfNumbers(store.db, [first?.id ?? 0, last?.id ?? 0]);
      expect(fetches.map((fetch) => [fetch.connector, fetch.outcome, fetch.http_status])).toEqual(
        expect.arrayContaining([
          ["cainiao", "ok", 200],
          ["la-poste", "ok", 200],
        ]),
      );
      const laPosteFetch = fetches.find((fetch) => fetch.connector === "la-poste");
      expect(laPosteFetch?.url).toBe(`${laPoste.url}/suivi/v2/idships/${story.lastMile}?lang=en_GB`);
      expect((await fetchBody(store.db, laPosteFetch?.id ?? 0))?.toString()).toBe(laPosteBody(story));
      const events = await eventsOfNumbers(store.db, [last?.id ?? 0]);
      expect(events.every((event) => event.fetch_id === laPosteFetch?.id)).toBe(true);
      // La Poste said the parcel is final: it is done with the number, and nothing is due any more.
      expect(
        (await sourcesOfNumbers(store.db, [last?.id ?? 0])).map((row) => [row.connector, row.state]),
      ).toEqual([["la-poste", "done"]]);
    });

    it("a second sync of the same answers adds nothing and links nothing twice", async () => {
      await runSync(deps());
      const again = await runSync(deps(), { all: true });
      expect(again.linked).toEqual([]);
      expect(again.changes).toEqual([]);
      const first = await findNumber(store.db, story.firstLeg);
      expect(await eventsOfNumbers(store.db, [first?.id ?? 0])).toHaveLength(7);
    });

    it("reads only what is due: a number read an hour ago is left alone, a named order is read anyway", async () => {
      await runSync(deps());
      const requests = cainiao.requests.length;
      now = "2026-11-21T11:00:00.000Z";
      expect((await runSync(deps())).read).toBe(0);
      expect(cainiao.requests).toHaveLength(requests);
      const first = await findNumber(store.db, story.firstLeg);
      const named = await runSync(deps(), { orderIds: [first?.order_id ?? 0] });
      expect(named.read).toBeGreaterThanOrEqual(1);
      expect(cainiao.requests).toHaveLength(requests + 1);
    });

    it("a captcha wall is blocked: its page is kept as evidence, nothing else changes, the source pauses", async () => {
      await runSync(deps());
      const first = await findNumber(store.db, story.firstLeg);
      cainiao.handle(() => ({
        status: 200,
        headers: { "content-type": "text/html" },
        body: "<html><body><div id='nocaptcha'>Please slide to verify</div></body></html>",
      }));
      now = "2026-11-22T10:00:00.000Z";
      const blocked = await runSync(deps(), { all: true });
      expect(blocked.failures).toEqual([
        expect.objectContaining({ connector: "cainiao", reason: "blocked", numbers: [story.firstLeg] }),
      ]);
      expect(blocked.changes).toEqual([]);
      expect(await eventsOfNumbers(store.db, [first?.id ?? 0])).toHaveLength(7);
      const fetches = await fetchesOfNumbers(store.db, [first?.id ?? 0]);
      expect(fetches[0]).toMatchObject({ connector: "cainiao", outcome: "blocked" });
      const health = (await allSourceHealth(store.db)).find((row) => row.connector === "cainiao");
      expect(health).toMatchObject({ circuit: "open", last_reason: "blocked" });
      // Until the pause ends, the source is not asked at all: no loop against the wall.
      const asked = cainiao.requests.length;
      now = "2026-11-22T10:05:00.000Z";
      const paused = await runSync(deps(), { all: true });
      expect(paused.skipped).toEqual([expect.objectContaining({ connector: "cainiao", numbers: 1 })]);
      expect(cainiao.requests).toHaveLength(asked);
      // After the pause one trial goes through; the wall is gone, so the circuit closes.
      cainiao.handle((request) =>
        json(cainiaoHandoffBody(story, (request.query.get("mailNos") ?? "").split(","))),
      );
      now = "2026-11-22T12:00:00.000Z";
      const trial = await runSync(deps(), { all: true });
      expect(trial.failures).toEqual([]);
      expect((await allSourceHealth(store.db)).find((row) => row.connector === "cainiao")?.circuit).toBe(
        "closed",
      );
    });

    it("a source that keeps failing does not hold up the others", async () => {
      await runSync(deps());
      cainiao.handle(() => ({ status: 503, body: "down" }));
      const last = await findNumber(store.db, story.lastMile);
      await store.write((tx) => tx.updateTable("sources").set({ state: "active" }).execute());
      now = "2026-11-23T10:00:00.000Z";
      laPoste.handle(() =>
        json(JSON.parse(laPosteBody({ ...story, startMs: story.startMs + 3_600_000 })) as unknown),
      );
      // Named, so the delivered last-mile number is read again too.
      const summary = await runSync(deps(), { orderIds: [last?.order_id ?? 0] });
      expect(summary.failures).toEqual([
        expect.objectContaining({ connector: "cainiao", reason: "unavailable" }),
      ]);
      expect(summary.changes).toEqual([
        expect.objectContaining({ number: story.lastMile, source: "la-poste", newEvents: 4 }),
      ]);
      expect(await eventsOfNumbers(store.db, [last?.id ?? 0])).toHaveLength(8);
    });

    it("asks 17TRACK only for numbers no configured primary can answer, and says what to set up", async () => {
      await addNumbers(store, { numbers: ["1Z023E2X0214323462"], order: { marketplace: "aliexpress" } }, now);
      const withoutFallback = await runSync(deps());
      expect(withoutFallback.unanswered).toEqual([
        { number: "1Z023E2X0214323462", couldAsk: ["17track", "ups"] },
      ]);
      const seventeen = await startFakeCarrierServer(() =>
        json({ code: 0, data: { accepted: [], rejected: [] } }),
      );
      servers.push(seventeen);
      await runSync(deps(sources({ "17track": { baseUrl: seventeen.url, key: "k" } })), { all: true });
      const asked = seventeen.requests.flatMap((request) =>
        (JSON.parse(request.body) as Array<{ number: string }>).map((item) => item.number),
      );
      expect(asked).toContain("1Z023E2X0214323462");
      expect(asked).not.toContain(story.firstLeg);
    });
  },
);

afterAll(() => undefined);
