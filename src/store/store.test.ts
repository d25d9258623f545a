/**
 * The repository suite, run against a real SQLite file and a real PostgreSQL database: both must
 * behave the same.
 */
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { storePerTest, testDatabases } from "../../test/support/databases.ts";
import { countEvents, eventsOfNumbers } from "./events.ts";
import { fetchBody, fetchesOfNumbers, insertFetch } from "./fetches.ts";
import { ingest } from "./ingest.ts";
import { archiveNumber, findNumber, insertNumber, numbersOfOrder } from "./numbers.ts";
import { deleteOrder, getOrder, insertOrder, listOrders, type NewOrder, updateOrder } from "./orders.ts";
import { insertReport, reportsOfOrders } from "./reports.ts";
import { sourcesOfNumbers } from "./sources.ts";
import { Store } from "./store.ts";
import { ConflictError } from "./store-error.ts";
import { refreshSummaries } from "./summaries.ts";

const NOW = "2026-11-21T10:00:00.000Z";

function order(overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    marketplace: "aliexpress",
    order_number: "8190000000000001",
    title: "USB-C cable",
    items: "[]",
    seller: "Cable Store",
    placed_on: "2026-11-01",
    shipping_method: "AliExpress Standard Shipping",
    protection_ends_on: "2026-12-31",
    protection_estimated: 0,
    dest_country: "ES",
    dest_region: null,
    dest_city: "Madrid",
    dest_postcode: null,
    labels: "[]",
    notes: null,
    archived: 0,
    ...overrides,
  };
}

const cainiaoEvents = [
  { time: "2026-11-03 10:00:00", text: "Parcel picked up by the carrier", location: "Shenzhen, CN" },
  { time: "2026-11-05 22:10:00", text: "Departed from departure country/region", location: "Shenzhen, CN" },
  { time: "2026-11-09 08:00:00", text: "Arrived at destination country", location: "Madrid, ES" },
];

for (const database of testDatabases()) {
  describe(`store on ${database.name}`, () => {
    let store: Store;
    const currentStore = storePerTest(database);
    beforeEach(() => {
      store = currentStore();
    });

    async function orderWithNumber(number = "LP00123456789012", overrides: Partial<NewOrder> = {}) {
      return store.write(async (tx) => {
        const row = await insertOrder(tx, order(overrides), NOW);
        const tracking = await insertNumber(
          tx,
          { orderId: row.id, number, carrier: "cainiao", carrierPinned: false },
          NOW,
        );
        return { order: row, number: tracking };
      });
    }

    it("migrates once: opening an existing database again changes nothing", async () => {
      await orderWithNumber();
      const again = await Store.open(store.location);
      expect((await listOrders(again.db)).length).toBe(1);
      await again.close();
    });

    // On SQLite two processes are tested end to end (test/store-processes.test.ts): in one
    // process a second synchronous connection would wait on the first while blocking it.
    if (database.name === "postgres") {
      it("two connections opening a new database together migrate it once", async () => {
        const [a, b] = await Promise.all([Store.open(store.location), Store.open(store.location)]);
        expect((await listOrders(a.db)).length).toBe(0);
        await Promise.all([a.close(), b.close()]);
      });
    }

    it("refuses a second order with the same marketplace order number, saying which order has it", async () => {
      const { order: first } = await orderWithNumber();
      await expect(store.write((tx) => insertOrder(tx, order(), NOW))).rejects.toThrow(
        new RegExp(`already exists \\(id ${first.id}\\)`),
      );
      await expect(store.write((tx) => insertOrder(tx, order(), NOW))).rejects.toBeInstanceOf(ConflictError);
      // Another marketplace may use the same number.
      const other = await store.write((tx) => insertOrder(tx, order({ marketplace: "temu" }), NOW));
      expect(other.id).not.toBe(first.id);
    });

    it("refuses a number that is already tracked and leaves the transaction's other writes out", async () => {
      await orderWithNumber("LP00123456789012");
      await expect(
        store.write(async (tx) => {
          const row = await insertOrder(tx, order({ order_number: "8190000000000002" }), NOW);
          await insertNumber(
            tx,
            { orderId: row.id, number: "LP00123456789012", carrier: null, carrierPinned: false },
            NOW,
          );
        }),
      ).rejects.toThrow(/already tracked in order \d+; see it with: parceltrail show LP00123456789012/);
      expect(await listOrders(store.db)).toHaveLength(1);
    });

    it("stores events once: the same report ingested twice is one row each", async () => {
      const { number } = await orderWithNumber();
      const item = {
        numberId: number.id,
        report: { source: "cainiao", carrier: "cainiao", events: cainiaoEvents },
      };
      const first = await ingest(store, [item], NOW);
      expect(first).toEqual({ added: 3, duplicates: 0, problems: [] });
      const second = await ingest(store, [item, item], NOW);
      expect(second).toEqual({ added: 0, duplicates: 6, problems: [] });
      expect(await countEvents(store.db)).toBe(3);
      const events = await eventsOfNumbers(store.db, [number.id]);
      expect(events.map((event) => event.status)).toEqual([
        "accepted",
        "departed_origin",
        "arrived_destination",
      ]);
      expect(events[0]?.time_given).toBe("2026-11-03 10:00:00");
      // Shenzhen is UTC+8: the local time is placed there.
      expect(events[0]?.time_utc).toBe("2026-11-03T02:00:00.000Z");
    });

    it("keeps the number's and the order's summaries up to date for list filters", async () => {
      const { order: row, number } = await orderWithNumber();
      await ingest(
        store,
        [{ numberId: number.id, report: { source: "cainiao", events: cainiaoEvents } }],
        NOW,
      );
      const stored = await getOrder(store.db, row.id);
      expect(stored).toMatchObject({
        status: "arrived_destination",
        stage: "destination",
        last_event_at: "2026-11-09T07:00:00.000Z",
      });
      expect(await findNumber(store.db, number.number)).toMatchObject({
        event_count: 3,
        status: "arrived_destination",
      });
      expect(await listOrders(store.db, { stage: "destination" })).toHaveLength(1);
      expect(await listOrders(store.db, { stage: "origin" })).toHaveLength(0);
      expect(await listOrders(store.db, { status: "arrived_destination", carrier: "cainiao" })).toHaveLength(
        1,
      );
      expect(await listOrders(store.db, { carrier: "usps" })).toHaveLength(0);
    });

    it("keeps an archived number's own summary up to date; the order's comes from the numbers still followed", async () => {
      const { order: row, number: followed } = await orderWithNumber("LP00123456789012");
      const archived = await store.write((tx) =>
        insertNumber(
          tx,
          { orderId: row.id, number: "LP00123456789013", carrier: "cainiao", carrierPinned: false },
          NOW,
        ),
      );
      await store.write((tx) => archiveNumber(tx, archived.id, true));
      await ingest(
        store,
        [
          { numberId: followed.id, report: { source: "cainiao", events: [cainiaoEvents[0]] } },
          { numberId: archived.id, report: { source: "cainiao", events: cainiaoEvents } },
        ],
        NOW,
      );
      expect(await findNumber(store.db, archived.number)).toMatchObject({
        archived: 1,
        event_count: 3,
        status: "arrived_destination",
        stage: "destination",
        last_event_at: "2026-11-09T07:00:00.000Z",
      });
      expect(await findNumber(store.db, followed.number)).toMatchObject({
        event_count: 1,
        status: "accepted",
        last_event_at: "2026-11-03T02:00:00.000Z",
      });
      // The order shows the followed number only.
      expect(await getOrder(store.db, row.id)).toMatchObject({
        status: "accepted",
        last_event_at: "2026-11-03T02:00:00.000Z",
      });

      // Every number of the order archived: the order's summary comes from all of them.
      await store.write(async (tx) => {
        await archiveNumber(tx, followed.id, true);
        await refreshSummaries(tx, [followed.id]);
      });
      expect(await getOrder(store.db, row.id)).toMatchObject({
        status: "arrived_destination",
        stage: "destination",
        last_event_at: "2026-11-09T07:00:00.000Z",
      });
      expect(await findNumber(store.db, followed.number)).toMatchObject({
        event_count: 1,
        status: "accepted",
      });
    });

    it("reports unreadable events and stores the rest", async () => {
      const { number } = await orderWithNumber();
      const result = await ingest(
        store,
        [
          {
            numberId: number.id,
            report: {
              source: "manual",
              events: [cainiaoEvents[0], { time: "yesterday-ish", text: "x" }, 42],
            },
          },
        ],
        NOW,
      );
      expect(result.added).toBe(1);
      expect(result.problems.map((problem) => problem.index)).toEqual([1, 2]);
    });

    it("records each source's reads", async () => {
      const { number } = await orderWithNumber();
      await ingest(
        store,
        [{ numberId: number.id, report: { source: "cainiao", events: cainiaoEvents } }],
        NOW,
      );
      const sources = await sourcesOfNumbers(store.db, [number.id]);
      expect(sources).toMatchObject([
        { connector: "cainiao", state: "active", last_success_at: NOW, last_error: null },
      ]);
    });

    it("keeps a fetch's raw body byte for byte, compressed, with its SHA-256", async () => {
      const { number } = await orderWithNumber();
      const body = JSON.stringify({
        module: [{ mailNo: number.number, detailList: cainiaoEvents }],
        note: "é中\u0000",
      });
      const id = await store.write((tx) =>
        insertFetch(tx, {
          connector: "cainiao",
          startedAt: NOW,
          durationMs: 123.4,
          outcome: "ok",
          httpStatus: 200,
          contentType: "application/json",
          body,
          numberIds: [number.id],
        }),
      );
      expect((await fetchBody(store.db, id))?.toString("utf8")).toBe(body);
      const [summary] = await fetchesOfNumbers(store.db, [number.id]);
      expect(summary).toMatchObject({
        id,
        outcome: "ok",
        http_status: 200,
        duration_ms: 123,
        body_bytes: Buffer.byteLength(body),
        body_sha256: createHash("sha256").update(body).digest("hex"),
      });
    });

    it("round-trips unicode, control characters and long text exactly", async () => {
      const title = "Câble ⚡ 数据线 \u0007bell\ttab\r\nnew line 😀 ".repeat(50);
      const { order: row } = await orderWithNumber("LP00123456789012", {
        title,
        notes: "'; drop table orders; --",
      });
      expect(await getOrder(store.db, row.id)).toMatchObject({ title, notes: "'; drop table orders; --" });
    });

    it("updates an order and refuses to give it another order's number", async () => {
      const { order: first } = await orderWithNumber("LP00123456789012");
      const { order: second } = await orderWithNumber("LP00123456789013", {
        order_number: "8190000000000002",
      });
      const updated = await store.write((tx) =>
        updateOrder(tx, first.id, { title: "New title" }, "2026-11-22T00:00:00.000Z"),
      );
      expect(updated).toMatchObject({ title: "New title", updated_at: "2026-11-22T00:00:00.000Z" });
      await expect(
        store.write((tx) => updateOrder(tx, second.id, { order_number: "8190000000000001" }, NOW)),
      ).rejects.toThrow(/already belongs to order/);
    });

    it("removes an order with its numbers, events, sources, fetches and reports", async () => {
      const { order: row, number } = await orderWithNumber();
      await ingest(
        store,
        [{ numberId: number.id, report: { source: "cainiao", events: cainiaoEvents } }],
        NOW,
      );
      await store.write((tx) =>
        insertFetch(tx, {
          connector: "cainiao",
          startedAt: NOW,
          durationMs: 1,
          outcome: "ok",
          body: "{}",
          numberIds: [number.id],
        }),
      );
      await store.write((tx) => insertReport(tx, { orderId: row.id, kind: "not_received", at: NOW }, NOW));
      expect(await store.write((tx) => deleteOrder(tx, row.id))).toBe(true);
      expect(await countEvents(store.db)).toBe(0);
      expect(await numbersOfOrder(store.db, row.id)).toEqual([]);
      expect(await reportsOfOrders(store.db, [row.id])).toEqual([]);
      expect(await store.db.selectFrom("fetches").selectAll().execute()).toEqual([]);
    });

    it("lists newest activity first, archived orders apart", async () => {
      const a = await orderWithNumber("LP00000000000001", { order_number: "1" });
      const b = await orderWithNumber("LP00000000000002", { order_number: "2" });
      const c = await orderWithNumber("LP00000000000003", { order_number: "3" });
      await ingest(
        store,
        [{ numberId: a.number.id, report: { source: "manual", events: [cainiaoEvents[0]] } }],
        NOW,
      );
      await ingest(
        store,
        [{ numberId: b.number.id, report: { source: "manual", events: [cainiaoEvents[2]] } }],
        NOW,
      );
      await store.write((tx) => updateOrder(tx, c.order.id, { archived: 1 }, NOW));
      expect((await listOrders(store.db)).map((row) => row.order_number)).toEqual(["2", "1"]);
      expect((await listOrders(store.db, { archived: true })).map((row) => row.order_number)).toEqual(["3"]);
    });
  });
}
