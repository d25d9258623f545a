/**
 * A verified 17TRACK push stored on a real SQLite file and a real PostgreSQL database, from the
 * published dashboard test push: its events, its raw body as a fetch, idempotence, a last-mile
 * number it reveals, and a push for a number nobody tracks.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { storePerTest, testDatabases } from "../../test/support/databases.ts";
import { readWebhook, type WebhookUpdate } from "../carriers/seventeen-track/webhook.ts";
import { countEvents, eventsOfNumbers } from "../store/events.ts";
import { fetchBody, fetchesOfNumbers } from "../store/fetches.ts";
import { findNumber, insertNumber } from "../store/numbers.ts";
import { insertOrder } from "../store/orders.ts";
import { sourcesOfNumbers } from "../store/sources.ts";
import type { Store } from "../store/store.ts";
import { PUSH_URL, receivePush } from "./receive-push.ts";

const NOW = "2026-11-21T10:00:00.000Z";
const LATER = "2026-11-21T11:00:00.000Z";
const KEY = "receive-push-test-key";
const NUMBER = "1Z2617V10397725789";
/** The raw bytes as 17TRACK sends them: the stored body and its SHA-256 must be these exactly. */
const RAW = readFileSync(
  new URL(
    "../../test/fixtures/carrier-samples/17track/webhook-tracking-updated-dashboard-test.json",
    import.meta.url,
  ),
);

/** Reads a push through the real verifier, as the receiver does. */
function verified(raw: Uint8Array): WebhookUpdate {
  const text = Buffer.from(raw).toString("utf8");
  const sign = createHash("sha256").update(`${text}/${KEY}`).digest("hex");
  const read = readWebhook(text, { sign }, KEY);
  if (!read.ok) throw new Error(read.error);
  return { event: read.event, number: read.number, result: read.result };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

for (const database of testDatabases()) {
  describe(`receivePush on ${database.name}`, () => {
    let store: Store;
    const currentStore = storePerTest(database);
    beforeEach(() => {
      store = currentStore();
    });

    async function track(number: string) {
      return store.write(async (tx) => {
        const order = await insertOrder(
          tx,
          {
            marketplace: "ebay",
            order_number: "12-34567-89012",
            title: "Office chair",
            items: "[]",
            seller: null,
            placed_on: "2022-03-28",
            shipping_method: null,
            protection_ends_on: "2022-05-30",
            protection_estimated: 0,
            dest_country: "US",
            dest_region: "CA",
            dest_city: "Gasquet",
            dest_postcode: null,
            labels: "[]",
            notes: null,
            archived: 0,
          },
          NOW,
        );
        const row = await insertNumber(
          tx,
          { orderId: order.id, number, carrier: "ups", carrierPinned: false },
          NOW,
        );
        return { order, row };
      });
    }

    it("stores the push's events linked to a fetch holding its exact body", async () => {
      const { order, row } = await track(NUMBER);
      const stored = await receivePush(store, verified(RAW), RAW, NOW);
      expect(stored).toMatchObject({
        stored: true,
        event: "TRACKING_UPDATED",
        number: NUMBER,
        orderId: order.id,
        outcome: "found",
        newEvents: 5,
        statusBefore: null,
        linked: [],
        problems: [],
      });
      expect(stored.stored && stored.statusAfter).toBe("delivered");

      const fetches = await fetchesOfNumbers(store.db, [row.id]);
      expect(fetches).toHaveLength(1);
      const [fetch] = fetches;
      expect(fetch).toMatchObject({
        connector: "17track",
        started_at: NOW,
        duration_ms: 0,
        outcome: "ok",
        http_status: 200,
        error: null,
        content_type: "application/json",
        url: PUSH_URL,
        body_bytes: RAW.byteLength,
        body_sha256: sha256(RAW),
      });
      expect(Buffer.compare(Buffer.from((await fetchBody(store.db, fetch?.id ?? -1)) ?? []), RAW)).toBe(0);

      const events = await eventsOfNumbers(store.db, [row.id]);
      expect(events).toHaveLength(5);
      expect(new Set(events.map((event) => event.fetch_id))).toEqual(new Set([fetch?.id]));
      expect(events.map((event) => event.source)).toEqual(Array(5).fill("17track"));
      expect(events.some((event) => event.text === "DELIVERED")).toBe(true);

      // 17TRACK says the parcel is delivered: its source row is done, like after a sync.
      const [source] = await sourcesOfNumbers(store.db, [row.id]);
      expect(source).toMatchObject({ connector: "17track", state: "done" });
    });

    it("adds nothing the second time the same push arrives, but keeps that push too", async () => {
      const { row } = await track(NUMBER);
      await receivePush(store, verified(RAW), RAW, NOW);
      const again = await receivePush(store, verified(RAW), RAW, LATER);
      expect(again).toMatchObject({ stored: true, newEvents: 0, linked: [] });
      expect(await countEvents(store.db, row.id)).toBe(5);
      const fetches = await fetchesOfNumbers(store.db, [row.id]);
      expect(fetches.map((fetch) => fetch.started_at)).toEqual([LATER, NOW]);
      expect(fetches.every((fetch) => fetch.body_sha256 === sha256(RAW))).toBe(true);
    });

    it("finds the number however 17TRACK spells it", async () => {
      const { row } = await track(NUMBER);
      const update = verified(RAW);
      const stored = await receivePush(store, { ...update, number: "1z 2617v1 0397725789" }, RAW, NOW);
      expect(stored).toMatchObject({ stored: true, number: NUMBER, newEvents: 5 });
      expect(await countEvents(store.db, row.id)).toBe(5);
    });

    it("creates and links the last-mile number a push reveals", async () => {
      const { order, row } = await track(NUMBER);
      const raw = Buffer.from(
        RAW.toString("utf8")
          .replace('"local_number": ""', '"local_number": "9400111899223197428490"')
          .replace('"local_provider": ""', '"local_provider": "USPS"'),
        "utf8",
      );
      expect(raw.toString("utf8")).toContain("9400111899223197428490");
      const stored = await receivePush(store, verified(raw), raw, NOW);
      expect(stored.stored && stored.linked).toEqual([
        expect.objectContaining({ orderId: order.id, from: NUMBER, number: "9400111899223197428490" }),
      ]);
      const lastMile = await findNumber(store.db, "9400111899223197428490");
      expect(lastMile).toMatchObject({ order_id: order.id, handed_off_from: row.id, role: "last_mile" });
    });

    it("stores a stop push as a not-found read with its body", async () => {
      const { row } = await track(NUMBER);
      const raw = Buffer.from(
        `{"event":"TRACKING_STOPPED","data":{"number":"${NUMBER}","carrier":100002,"param":null,"tag":""}}`,
      );
      const stored = await receivePush(store, verified(raw), raw, NOW);
      expect(stored).toMatchObject({
        stored: true,
        event: "TRACKING_STOPPED",
        outcome: "not_found",
        newEvents: 0,
      });
      const [fetch] = await fetchesOfNumbers(store.db, [row.id]);
      expect(fetch).toMatchObject({ outcome: "not_found", body_sha256: sha256(raw) });
      expect(await countEvents(store.db, row.id)).toBe(0);
    });

    it("stores nothing for a number nobody tracks", async () => {
      await track("LP00123456789012");
      const stored = await receivePush(store, verified(RAW), RAW, NOW);
      expect(stored).toEqual({
        stored: false,
        event: "TRACKING_UPDATED",
        number: NUMBER,
        reason: "not tracked",
      });
      expect(await countEvents(store.db)).toBe(0);
      expect(await store.db.selectFrom("fetches").select("id").execute()).toEqual([]);
      expect(await findNumber(store.db, NUMBER)).toBeUndefined();
    });
  });
}
