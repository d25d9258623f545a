/**
 * Export, and the round trips through import, on a real SQLite file and a real PostgreSQL
 * database: JSON restores everything; CSV restores the orders and their numbers.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/support/databases.ts";
import { parseOrdersCsv } from "../import/orders-csv.ts";
import { ingest } from "../store/ingest.ts";
import { archiveNumber, findNumber, insertNumber } from "../store/numbers.ts";
import { findOrderByNumber } from "../store/orders.ts";
import { insertReport } from "../store/reports.ts";
import type { OrderRow } from "../store/schema.ts";
import { Store } from "../store/store.ts";
import { destinationCell, type ExportFile, exportOrders } from "./export-orders.ts";
import { importOrders } from "./import/import-orders.ts";

const NOW = "2026-11-21T10:00:00.000Z";

const FIXTURE = [
  "order_number,marketplace,tracking_numbers,carrier,title,items,seller,placed,shipping_method,destination,protection_until,protection_days,labels,notes,archived",
  '8190000000000001,aliexpress,LP00000000000001 LP00000000000002,,"=HYPERLINK(""http://evil.example"",""x"")","Cable, 1 m; Cable 2 m",@Store,2026-11-01,AliExpress Standard Shipping,"Madrid, ES",,,"-2+3, gift","two\nlines ⚡",0',
  "8190000000000001,aliexpress,RB123456785GB,royal-mail,,,,,,,,,,,",
  '8190000000000002,temu,,,Lamp 数据线,,,2026-11-02,,"Austin, TX, 78701, US",2026-12-24,,,,1',
  ",aliexpress,LP00000000000003,cainiao,No order number,,,2026-11-04,,ES-28001 Madrid,,,,,",
  '8190000000000003,shein,LP00000000000004,,+1 phone case,,,2026-11-03,ePacket,"Москва, RU",,30,,-5,',
].join("\r\n");

const cainiaoEvents = [
  { time: "2026-11-03 10:00:00", text: "Parcel picked up by the carrier", location: "Shenzhen, CN" },
  { time: "2026-11-05 22:10:00", text: "Departed from departure country/region", location: "Shenzhen, CN" },
  { time: "2026-11-09 08:00:00", text: "Arrived at destination country", location: "Madrid, ES" },
];

/** Orders of every kind: pinned and detected carriers, a hand-off, an archived number, events, reports. */
async function seed(store: Store): Promise<void> {
  await importOrders(store, { text: FIXTURE, format: "csv", now: NOW });
  const first = await findNumber(store.db, "LP00000000000001");
  const second = await findNumber(store.db, "LP00000000000002");
  if (!first || !second) throw new Error("fixture not imported");
  const lastMile = await store.write((tx) =>
    insertNumber(
      tx,
      {
        orderId: first.order_id,
        number: "RR123456785ES",
        carrier: "correos",
        carrierPinned: true,
        handedOffFrom: first.id,
        role: "last_mile",
      },
      "2026-11-10T00:00:00.000Z",
    ),
  );
  await ingest(
    store,
    [
      { numberId: first.id, report: { source: "cainiao", carrier: "cainiao", events: cainiaoEvents } },
      {
        numberId: lastMile.id,
        report: {
          source: "manual",
          events: [{ time: "2026-11-12 09:30", text: "Out for delivery", location: "Madrid, ES" }],
        },
      },
      { numberId: second.id, report: { source: "cainiao", events: cainiaoEvents.slice(0, 1) } },
    ],
    "2026-11-20T08:00:00.000Z",
  );
  await store.write(async (tx) => {
    await archiveNumber(tx, second.id, true);
    await insertReport(
      tx,
      {
        orderId: first.order_id,
        kind: "not_received",
        at: "2026-11-19T08:00:00.000Z",
        note: "Asked the seller",
      },
      NOW,
    );
    await insertReport(
      tx,
      { orderId: first.order_id, kind: "seller_replied", at: "2026-11-20T08:00:00.000Z" },
      NOW,
    );
  });
}

/** Everything stored, with ids replaced by what they point to. */
async function dump(store: Store) {
  const orders = await store.db.selectFrom("orders").selectAll().orderBy("id").execute();
  const numbers = await store.db.selectFrom("tracking_numbers").selectAll().orderBy("id").execute();
  const events = await store.db.selectFrom("events").selectAll().orderBy("id").execute();
  const reports = await store.db.selectFrom("reports").selectAll().orderBy("id").execute();
  const orderName = new Map(
    orders.map((order) => [order.id, `${order.marketplace}/${order.order_number ?? order.title}`]),
  );
  const numberName = new Map(numbers.map((number) => [number.id, number.number]));
  return {
    orders: orders.map(({ id: _id, ...rest }) => rest),
    numbers: numbers
      .map(({ id: _id, order_id, handed_off_from, ...rest }) => ({
        ...rest,
        order: orderName.get(order_id),
        handedOffFrom: handed_off_from === null ? null : numberName.get(handed_off_from),
      }))
      .sort((a, b) => a.number.localeCompare(b.number)),
    // Each number's events in the order they were stored; numbers in any order.
    events: events
      .map(({ id: _id, tracking_number_id, ...rest }) => ({
        ...rest,
        number: numberName.get(tracking_number_id) ?? "",
      }))
      .sort((a, b) => a.number.localeCompare(b.number)),
    reports: reports.map(({ id: _id, order_id, ...rest }) => ({ ...rest, order: orderName.get(order_id) })),
  };
}

function withoutIds(file: ExportFile) {
  return {
    ...file,
    exportedAt: "ignored",
    orders: file.orders.map(({ id: _id, ...order }) => order),
  };
}

for (const database of testDatabases()) {
  describe(`exportOrders on ${database.name}`, () => {
    const opened: Array<{ store: Store; drop: () => Promise<void> }> = [];
    let store: Store;

    async function emptyStore(): Promise<Store> {
      const created = await database.create();
      const next = await Store.open(created.location);
      opened.push({ store: next, drop: created.drop });
      return next;
    }

    beforeEach(async () => {
      store = await emptyStore();
      await seed(store);
    });

    afterEach(async () => {
      for (const { store: open, drop } of opened.splice(0)) {
        await open.close();
        await drop();
      }
    });

    it("JSON: export, import into an empty database, export again gives the same file and the same rows", async () => {
      const first = await exportOrders(store, "json", { now: NOW });
      const file = JSON.parse(first) as ExportFile;
      expect(file).toMatchObject({ format: "parceltrail-export", version: 1, exportedAt: NOW });
      expect(file.orders).toHaveLength(4);
      const cable = file.orders[0];
      expect(cable).toMatchObject({
        orderNumber: "8190000000000001",
        title: '=HYPERLINK("http://evil.example","x")',
        items: ["Cable, 1 m", "Cable 2 m"],
        protection: { endsOn: "2026-12-31", estimated: true },
        status: "out_for_delivery",
      });
      expect(
        cable?.numbers.map((number) => [
          number.number,
          number.carrier,
          number.carrierPinned,
          number.role,
          number.handedOffFrom,
          number.archived,
          number.events.length,
        ]),
      ).toEqual([
        ["LP00000000000001", "cainiao", false, "first_leg", null, false, 3],
        ["LP00000000000002", "cainiao", false, "first_leg", null, true, 1],
        ["RB123456785GB", "royal-mail", true, "first_leg", null, false, 0],
        ["RR123456785ES", "correos", true, "last_mile", "LP00000000000001", false, 1],
      ]);
      expect(cable?.numbers[0]?.events[0]).toEqual({
        source: "cainiao",
        timeGiven: "2026-11-03 10:00:00",
        timeUtc: "2026-11-03T02:00:00.000Z",
        text: "Parcel picked up by the carrier",
        code: null,
        location: "Shenzhen, CN",
        lang: null,
        status: "accepted",
        stage: "origin",
        subStatus: "picked_up",
        confidence: expect.any(Number),
        recordedAt: "2026-11-20T08:00:00.000Z",
      });
      expect(cable?.reports).toEqual([
        { kind: "not_received", at: "2026-11-19T08:00:00.000Z", note: "Asked the seller", createdAt: NOW },
        { kind: "seller_replied", at: "2026-11-20T08:00:00.000Z", note: null, createdAt: NOW },
      ]);

      const restored = await emptyStore();
      const result = await importOrders(restored, {
        text: first,
        format: "json",
        now: "2027-01-01T00:00:00.000Z",
      });
      expect(result).toEqual({
        dryRun: false,
        orders: { created: 4, updated: 0 },
        numbers: { added: 6, unchanged: 0 },
        events: { added: 5 },
        reports: { added: 2 },
      });
      const second = await exportOrders(restored, "json", { now: NOW });
      expect(withoutIds(JSON.parse(second) as ExportFile)).toEqual(withoutIds(file));
      // Row for row, summaries included (the archived number keeps its own).
      expect(await dump(restored)).toEqual(await dump(store));
    });

    it("JSON: importing the same file again adds nothing, into the copy and into the original", async () => {
      const text = await exportOrders(store, "json");
      const restored = await emptyStore();
      await importOrders(restored, { text, format: "json", now: NOW });
      const nothing = {
        dryRun: false,
        orders: { created: 0, updated: 0 },
        numbers: { added: 0, unchanged: 6 },
        events: { added: 0 },
        reports: { added: 0 },
      };
      expect(await importOrders(restored, { text, format: "json", now: NOW })).toEqual(nothing);
      expect(await importOrders(store, { text, format: "json", now: NOW })).toEqual(nothing);
      expect(await dump(restored)).toEqual(await dump(store));
    });

    it("JSON: a stored order gets the file's new numbers, events and reports", async () => {
      const file = JSON.parse(await exportOrders(store, "json")) as ExportFile;
      const cable = file.orders[0];
      if (!cable) throw new Error("no order");
      cable.numbers.push({
        number: "LP00000000000009",
        carrier: "cainiao",
        carrierPinned: false,
        role: "first_leg",
        handedOffFrom: null,
        archived: false,
        createdAt: NOW,
        events: [],
      });
      cable.numbers[0]?.events.push({
        source: "cainiao",
        timeGiven: "2026-11-10 08:00:00",
        timeUtc: "2026-11-10T07:00:00.000Z",
        text: "Delivered",
        code: null,
        location: "Madrid, ES",
        lang: "en",
        status: "delivered",
        stage: "done",
        subStatus: null,
        confidence: 0.9,
        recordedAt: NOW,
      });
      cable.reports.push({ kind: "receipt_confirmed", at: NOW, note: null, createdAt: NOW });
      const text = JSON.stringify(file);
      const dry = await importOrders(store, { text, format: "json", now: NOW, dryRun: true });
      const result = await importOrders(store, { text, format: "json", now: NOW });
      expect({ ...dry, dryRun: false }).toEqual(result);
      expect(result).toEqual({
        dryRun: false,
        orders: { created: 0, updated: 1 },
        numbers: { added: 1, unchanged: 6 },
        events: { added: 1 },
        reports: { added: 1 },
      });
      // The summaries follow the new event.
      expect(await findOrderByNumber(store.db, "aliexpress", "8190000000000001")).toMatchObject({
        status: "delivered",
        last_event_at: "2026-11-12T08:30:00.000Z",
      });
    });

    it("CSV: export, import into an empty database, export again gives the same file, orders and numbers", async () => {
      const first = await exportOrders(store, "csv");
      const restored = await emptyStore();
      const result = await importOrders(restored, { text: first, format: "csv", now: NOW });
      expect(result).toMatchObject({
        orders: { created: 4, updated: 0 },
        numbers: { added: 6, unchanged: 0 },
      });
      expect(await exportOrders(restored, "csv")).toBe(first);

      const [before, after] = [await dump(store), await dump(restored)];
      // What CSV carries: every order field; numbers with their order and pinned carriers.
      const orderFields = (rows: typeof before.orders) =>
        rows.map(({ status: _s, stage: _st, last_event_at: _l, activity_at: _a, ...rest }) => rest);
      const numberFields = (rows: typeof before.numbers) =>
        rows
          .map((row) => ({
            number: row.number,
            order: row.order,
            carrier: row.carrier,
            pinned: row.carrier_pinned,
          }))
          .sort((a, b) => a.number.localeCompare(b.number));
      expect(orderFields(after.orders)).toEqual(orderFields(before.orders));
      expect(numberFields(after.numbers)).toEqual(numberFields(before.numbers));
      // Importing the export into the database it came from adds nothing.
      expect(await importOrders(store, { text: first, format: "csv", now: NOW })).toMatchObject({
        orders: { created: 0, updated: 0 },
        numbers: { added: 0, unchanged: 6 },
      });
    });

    it("CSV: one row per order (one per pinned carrier), spreadsheet-safe cells, archived orders included", async () => {
      const text = await exportOrders(store, "csv");
      const lines = text.split("\r\n");
      expect(lines[0]).toBe(
        "order_number,marketplace,tracking_numbers,carrier,title,items,seller,placed,shipping_method,destination,protection_until,protection_days,labels,notes,archived",
      );
      expect(lines.slice(1, 4)).toEqual([
        `8190000000000001,aliexpress,LP00000000000001 LP00000000000002,,"'=HYPERLINK(""http://evil.example"",""x"")","Cable, 1 m; Cable 2 m",'@Store,2026-11-01,AliExpress Standard Shipping,"Madrid, ES",,,"'-2+3, gift","two\nlines ⚡",0`,
        "8190000000000001,aliexpress,RB123456785GB,royal-mail,,,,,,,,,,,",
        "8190000000000001,aliexpress,RR123456785ES,correos,,,,,,,,,,,",
      ]);
      expect(lines).toContain(
        '8190000000000002,temu,,,Lamp 数据线,,,2026-11-02,,"Austin, TX, 78701, US",2026-12-24,,,,1',
      );
      expect(lines).toContain(
        ',aliexpress,LP00000000000003,cainiao,No order number,,,2026-11-04,,"Madrid, 28001, ES",,,,,0',
      );
      expect(lines).toContain(
        '8190000000000003,shein,LP00000000000004,,\'+1 phone case,,,2026-11-03,ePacket,"Москва, RU",2026-12-03,,,-5,0',
      );
      // Read back, every neutralised cell is the stored value again.
      const { rows, problems } = parseOrdersCsv(text);
      expect(problems).toEqual([]);
      expect(rows[0]?.input).toMatchObject({
        title: '=HYPERLINK("http://evil.example","x")',
        seller: "@Store",
        labels: "-2+3, gift",
        notes: "two\nlines ⚡",
      });
    });

    it("reports progress by orders", async () => {
      const calls: Array<[number, number]> = [];
      await exportOrders(store, "json", { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls[0]).toEqual([0, 4]);
      expect(calls.at(-1)).toEqual([4, 4]);
    });
  });
}

describe("destinationCell", () => {
  const order = (parts: Partial<OrderRow>) =>
    ({ dest_country: null, dest_region: null, dest_city: null, dest_postcode: null, ...parts }) as OrderRow;

  it.each([
    [{ dest_country: "ES", dest_city: "Madrid" }, "Madrid, ES"],
    [
      { dest_country: "US", dest_region: "TX", dest_city: "Austin", dest_postcode: "78701" },
      "Austin, TX, 78701, US",
    ],
    [{ dest_country: "ES", dest_city: "Madrid", dest_postcode: "28001" }, "Madrid, 28001, ES"],
    [{ dest_country: "FR" }, "FR"],
    [{}, ""],
  ])("%j -> %s", (parts, cell) => {
    expect(destinationCell(order(parts))).toBe(cell);
  });
});
