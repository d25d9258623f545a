/**
 * The stage starts of earlier deliveries, on a real SQLite file and a real PostgreSQL database:
 * only delivered orders of the same destination and method count, each stage's first event.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/support/databases.ts";
import { ingest } from "./ingest.ts";
import { insertNumber } from "./numbers.ts";
import { insertOrder, type NewOrder } from "./orders.ts";
import { deliveredStageStarts } from "./stage-history.ts";
import { Store } from "./store.ts";

const NOW = "2026-11-21T10:00:00.000Z";
const METHOD = "AliExpress Standard Shipping";

function order(number: string, overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    marketplace: "aliexpress",
    order_number: number,
    title: null,
    items: "[]",
    seller: null,
    placed_on: "2026-09-01",
    shipping_method: METHOD,
    protection_ends_on: null,
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

const DELIVERED = [
  { time: "2026-09-03T10:00:00Z", text: "Accepted by carrier", location: "Shenzhen, CN" },
  { time: "2026-09-04T10:00:00Z", text: "Accepted by carrier", location: "Shenzhen, CN" },
  { time: "2026-09-06T10:00:00Z", text: "Departed from origin country", location: "Shenzhen, CN" },
  { time: "2026-09-20T10:00:00Z", text: "Customs clearance started", location: "Madrid, ES" },
  { time: "2026-09-25T10:00:00Z", text: "Delivered", location: "Madrid, ES" },
];

for (const database of testDatabases()) {
  describe(`delivered stage starts on ${database.name}`, () => {
    let store: Store;
    let drop: () => Promise<void>;

    beforeEach(async () => {
      const created = await database.create();
      drop = created.drop;
      store = await Store.open(created.location);
    });

    afterEach(async () => {
      await store.close();
      await drop();
    });

    async function parcel(orderNumber: string, events: typeof DELIVERED, overrides: Partial<NewOrder> = {}) {
      const numberId = await store.write(async (tx) => {
        const row = await insertOrder(tx, order(orderNumber, overrides), NOW);
        const tracking = await insertNumber(
          tx,
          {
            orderId: row.id,
            number: `LP0012345678${orderNumber.padStart(4, "0")}`,
            carrier: "cainiao",
            carrierPinned: false,
          },
          NOW,
        );
        return tracking.id;
      });
      await ingest(store, [{ numberId, report: { source: "manual", events } }], NOW);
    }

    it("gives the first event of each stage of the route's delivered parcels, and nothing else", async () => {
      await parcel("1", DELIVERED);
      await parcel("2", DELIVERED.slice(0, 3)); // still on its way
      await parcel("3", DELIVERED, { dest_country: "FR" });
      await parcel("4", DELIVERED, { shipping_method: "AliExpress Saver Shipping" });
      const starts = await deliveredStageStarts(store.db, { destCountry: "ES", method: METHOD });
      expect(starts).toEqual([
        {
          stageStart: {
            origin: Date.parse("2026-09-03T10:00:00Z"),
            line_haul: Date.parse("2026-09-06T10:00:00Z"),
            destination: Date.parse("2026-09-20T10:00:00Z"),
            done: Date.parse("2026-09-25T10:00:00Z"),
          },
          deliveredAt: Date.parse("2026-09-25T10:00:00Z"),
        },
      ]);
      expect(await deliveredStageStarts(store.db, { destCountry: null, method: METHOD })).toEqual([]);
    });
  });
}
