/**
 * The import on a real SQLite file and a real PostgreSQL database: all or nothing, every problem
 * with its line, the rules against what is stored, dry runs, and 50,000 rows.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { storePerTest, testDatabases } from "../../../test/support/databases.ts";
import { findNumber, numbersOfOrder } from "../../store/numbers.ts";
import { countOrders, findOrderByNumber } from "../../store/orders.ts";
import type { Store } from "../../store/store.ts";
import { ValidationError } from "../validation-error.ts";
import { type ImportOptions, importOrders } from "./import-orders.ts";

const NOW = "2026-11-21T10:00:00.000Z";
const HEADER = "order_number,marketplace,tracking_numbers,carrier,title,placed,shipping_method,destination";

/** A cainiao-looking number, unique per `n`. */
const lp = (n: number) => `LP${String(n).padStart(14, "0")}`;

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\r\n");
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

for (const database of testDatabases()) {
  describe(`importOrders on ${database.name}`, () => {
    let store: Store;
    const currentStore = storePerTest(database);
    beforeEach(() => {
      store = currentStore();
    });

    const run = (text: string, options: Partial<ImportOptions> = {}) =>
      importOrders(store, { text, format: "csv", now: NOW, ...options });
    const storedNumbers = async () =>
      (await store.db.selectFrom("tracking_numbers").select("number").orderBy("number").execute()).map(
        (row) => row.number,
      );

    it("imports orders and their numbers; rows with the same order number are one order", async () => {
      const result = await run(
        csv(
          `8190000000000001,aliexpress,${lp(1)} ${lp(2)},,USB-C cable,2026-11-01,AliExpress Standard Shipping,"Madrid, ES"`,
          `8190000000000001,aliexpress,RB123456785GB,royal-mail,ignored title,,,`,
          `8190000000000002,temu,,,Lamp,2026-11-02,,"Austin, TX, US"`,
          `,aliexpress,${lp(3)},,No order number,,,`,
        ),
      );
      expect(result).toEqual({
        dryRun: false,
        orders: { created: 3, updated: 0 },
        numbers: { added: 4, unchanged: 0 },
        events: { added: 0 },
        reports: { added: 0 },
      });
      const cable = await findOrderByNumber(store.db, "aliexpress", "8190000000000001");
      expect(cable).toMatchObject({
        title: "USB-C cable",
        placed_on: "2026-11-01",
        shipping_method: "AliExpress Standard Shipping",
        dest_country: "ES",
        dest_city: "Madrid",
        // Estimated: 60 days from the placed date.
        protection_ends_on: "2026-12-31",
        protection_estimated: 1,
        created_at: NOW,
        archived: 0,
      });
      const numbers = await numbersOfOrder(store.db, cable?.id ?? 0);
      expect(numbers.map((row) => [row.number, row.carrier, row.carrier_pinned])).toEqual([
        [lp(1), "cainiao", 0],
        [lp(2), "cainiao", 0],
        ["RB123456785GB", "royal-mail", 1],
      ]);
      const lamp = await findOrderByNumber(store.db, "temu", "8190000000000002");
      expect(lamp).toMatchObject({ dest_country: "US", dest_region: "TX", protection_ends_on: null });
      expect(await numbersOfOrder(store.db, lamp?.id ?? 0)).toEqual([]);
      expect(await countOrders(store.db)).toBe(3);
    });

    it("reports every bad row with its line and reason, and stores nothing", async () => {
      const problems = await problemsOf(
        run(
          csv(
            `1,aliexpress,${lp(1)},,fine,,,`, // 2
            `2,aliexpress,${lp(2)},,,,Aliexpres Standart,`, // 3
            `3,aliexpress,${lp(3)},,,2026-02-30,,`, // 4
            `4,aliexpress,AB-12,,,,,`, // 5
            `5,aliexpress,${lp(5)},ups-ish,,,,`, // 6
            `6,wish,${lp(6)},,,,,`, // 7
            `7,aliexpress,${lp(7)},,,,,"Nowhere Land"`, // 8
            `8,aliexpress,${lp(1)},,,,,`, // 9: lp(1) is order 1's
            `9,aliexpress,${lp(9)},,"bell\u0007",,,`, // 10
            `10,aliexpress,${lp(10)},,,,,,extra`, // 11
            `11,aliexpress,${lp(11)},,"tab\there",,,`, // 12
            `12,aliexpress,${lp(12)},,ok,,,`, // 13
          ),
        ),
      );
      expect(problems.map((problem) => problem.split(":")[0])).toEqual([
        "line 3",
        "line 4",
        "line 5",
        "line 6",
        "line 7",
        "line 8",
        "line 9",
        "line 10",
        "line 11",
        "line 12",
      ]);
      expect(problems[0]).toBe(
        'line 3: unknown shipping method "Aliexpres Standart"; did you mean "AliExpress Standard Shipping"?',
      );
      expect(problems[1]).toMatch(/^line 4: the placed date "2026-02-30" is not a real date/);
      expect(problems[2]).toMatch(/^line 5: "AB-12" is not a tracking number/);
      expect(problems[3]).toMatch(/^line 6: unknown carrier "ups-ish"/);
      expect(problems[4]).toMatch(/^line 7: unknown marketplace "wish"/);
      expect(problems[5]).toMatch(/^line 8: cannot tell the country of the destination "Nowhere Land"/);
      expect(problems[6]).toBe(
        `line 9: ${lp(1)} is also given by line 2, for another order; a tracking number belongs to one order.`,
      );
      expect(problems[7]).toBe("line 10: the title column contains a control character (U+0007); remove it.");
      expect(problems[8]).toMatch(/^line 11: has a value in column 9, but the header names 8 columns/);
      expect(problems[9]).toBe("line 12: the title contains a control character (U+0009); remove it.");
      expect(await countOrders(store.db)).toBe(0);
    });

    it("is all or nothing: one bad last row and nothing is stored", async () => {
      const rows = Array.from({ length: 1_200 }, (_, i) => `${9000 + i},aliexpress,${lp(i)},,Item ${i},,,`);
      rows.push(`9999999,aliexpress,${lp(99_999)},,,2026-13-01,,`);
      const problems = await problemsOf(run(csv(...rows)));
      expect(problems).toEqual([expect.stringMatching(/^line 1202: the placed date "2026-13-01"/)]);
      expect(await countOrders(store.db)).toBe(0);
      expect(await storedNumbers()).toEqual([]);
    });

    it("adds new numbers to a stored order, skips the ones it has, and refuses another order's number", async () => {
      await run(csv(`81900001,aliexpress,${lp(1)},,First,,,`, `81900002,aliexpress,${lp(2)},,Second,,,`));

      // lp(2) belongs to order 81900002: that line is refused, and nothing else is stored either.
      const problems = await problemsOf(
        run(
          csv(`81900001,aliexpress,${lp(1)} ${lp(3)},,Changed title,,,`, `81900001,aliexpress,${lp(2)},,,,,`),
        ),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(
          `^line 3: ${lp(2)} is already tracked in another order \\(aliexpress order 81900002, id \\d+\\); a tracking number belongs to one order\\. See it with: parceltrail show ${lp(2)}$`,
        ),
      );
      expect(await findNumber(store.db, lp(3))).toBeUndefined();

      const result = await run(csv(`81900001,aliexpress,${lp(1)} ${lp(3)},,Changed title,,,`));
      expect(result).toMatchObject({
        orders: { created: 0, updated: 1 },
        numbers: { added: 1, unchanged: 1 },
      });
      const order = await findOrderByNumber(store.db, "aliexpress", "81900001");
      // A stored order keeps its fields: the import only adds numbers to it.
      expect(order?.title).toBe("First");
      expect((await numbersOfOrder(store.db, order?.id ?? 0)).map((row) => row.number)).toEqual([
        lp(1),
        lp(3),
      ]);

      // Importing the same file again changes nothing.
      expect(await run(csv(`81900001,aliexpress,${lp(1)} ${lp(3)},,Changed title,,,`))).toMatchObject({
        orders: { created: 0, updated: 0 },
        numbers: { added: 0, unchanged: 2 },
      });
    });

    it("finds an order without an order number by its stored numbers", async () => {
      await run(csv(`,aliexpress,${lp(1)},,No number,,,`));
      const result = await run(csv(`,aliexpress,${lp(1)} ${lp(2)},,,,,`));
      expect(result).toMatchObject({
        orders: { created: 0, updated: 1 },
        numbers: { added: 1, unchanged: 1 },
      });
      expect(await countOrders(store.db)).toBe(1);
    });

    it("accepts a number repeated on rows of one order, and refuses two pins for it", async () => {
      const ok = await run(
        csv(
          `1,aliexpress,${lp(1)},,Item A,,,`,
          `1,aliexpress,${lp(1)},cainiao,Item B,,,`,
          `1,aliexpress,${lp(1)},,,,,`,
        ),
      );
      expect(ok).toMatchObject({ orders: { created: 1 }, numbers: { added: 1 } });
      expect(await findNumber(store.db, lp(1))).toMatchObject({ carrier: "cainiao", carrier_pinned: 1 });
      const problems = await problemsOf(
        run(csv(`2,aliexpress,${lp(2)},cainiao,,,,`, `2,aliexpress,${lp(2)},yanwen,,,,`)),
      );
      expect(problems).toEqual([
        `line 3: ${lp(2)} is pinned to yanwen here but to cainiao by line 2; pin it to one carrier.`,
      ]);
    });

    it("dry run: checks everything, stores nothing, counts what the real run does", async () => {
      await run(csv(`1,aliexpress,${lp(1)},,,,,`));
      const text = csv(`1,aliexpress,${lp(1)} ${lp(2)},,,,,`, `2,aliexpress,${lp(3)},,,,,`);
      const dry = await run(text, { dryRun: true });
      expect(dry).toEqual({
        dryRun: true,
        orders: { created: 1, updated: 1 },
        numbers: { added: 2, unchanged: 1 },
        events: { added: 0 },
        reports: { added: 0 },
      });
      expect(await storedNumbers()).toEqual([lp(1)]);
      // Problems against the database are found by a dry run too.
      expect(await problemsOf(run(csv(`3,aliexpress,${lp(1)},,,,,`), { dryRun: true }))).toEqual([
        expect.stringMatching(/^line 2: LP00000000000001 is already tracked in another order/),
      ]);
      expect({ ...(await run(text)), dryRun: true }).toEqual(dry);
      expect(await storedNumbers()).toEqual([lp(1), lp(2), lp(3)]);
    });

    it("reports progress up to the total", async () => {
      const calls: Array<[number, number]> = [];
      const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},aliexpress,${lp(i)},,,,,`);
      await run(csv(...rows), { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls.length).toBeGreaterThan(2);
      expect(calls.every(([, total]) => total === 60)).toBe(true);
      expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
      expect(calls.at(-1)).toEqual([60, 60]);
    });

    it("refuses a file that is not CSV-shaped, with the line", async () => {
      expect(await problemsOf(run(""))).toEqual([expect.stringMatching(/^line 1: the file is empty/)]);
      expect(await problemsOf(run("order_number,colour\n1,red\n"))).toEqual([
        expect.stringMatching(/^line 1: unknown column "colour"/),
      ]);
      // A header and no rows: nothing to do.
      expect(await run(HEADER)).toMatchObject({ orders: { created: 0, updated: 0 }, numbers: { added: 0 } });
    });

    it("JSON: an archived number keeps its own summary; the order's comes from the numbers still followed", async () => {
      const event = (status: string, stage: string, timeUtc: string) => ({
        source: "manual",
        timeGiven: timeUtc,
        timeUtc,
        text: status,
        status,
        stage,
        confidence: 1,
        recordedAt: NOW,
      });
      const accepted = event("accepted", "origin", "2026-11-03T02:00:00.000Z");
      const delivered = event("delivered", "done", "2026-11-11T00:00:00.000Z");
      const result = await importOrders(store, {
        format: "json",
        now: NOW,
        text: JSON.stringify({
          format: "parceltrail-export",
          version: 1,
          orders: [
            {
              orderNumber: "1",
              numbers: [
                { number: lp(1), events: [accepted] },
                { number: lp(2), archived: true, events: [accepted, delivered] },
              ],
            },
            { orderNumber: "2", numbers: [{ number: lp(3), archived: true, events: [delivered] }] },
          ],
        }),
      });
      expect(result).toMatchObject({ numbers: { added: 3 }, events: { added: 4 } });
      expect(await findNumber(store.db, lp(2))).toMatchObject({
        archived: 1,
        event_count: 2,
        status: "delivered",
        last_event_at: "2026-11-11T00:00:00.000Z",
      });
      expect(await findOrderByNumber(store.db, "aliexpress", "1")).toMatchObject({
        status: "accepted",
        last_event_at: "2026-11-03T02:00:00.000Z",
      });
      // Every number archived: the order's summary comes from all of them.
      expect(await findNumber(store.db, lp(3))).toMatchObject({
        archived: 1,
        event_count: 1,
        status: "delivered",
      });
      expect(await findOrderByNumber(store.db, "aliexpress", "2")).toMatchObject({ status: "delivered" });
    });

    it("refuses a JSON file that is not an export, and lists each bad order", async () => {
      const json = (value: unknown) =>
        importOrders(store, { text: JSON.stringify(value), format: "json", now: NOW });
      expect(await problemsOf(importOrders(store, { text: "{", format: "json", now: NOW }))).toEqual([
        expect.stringMatching(/^the file is not valid JSON/),
      ]);
      expect(await problemsOf(json({ orders: [] }))).toEqual([
        expect.stringMatching(/^the file is not a ParcelTrail export/),
      ]);
      const problems = await problemsOf(
        json({
          format: "parceltrail-export",
          version: 1,
          orders: [
            { marketplace: "aliexpress", orderNumber: "1", numbers: [{ number: lp(1) }] },
            { marketplace: "aliexpress", orderNumber: "2", numbers: [{ number: 42 }] },
            {
              marketplace: "aliexpress",
              orderNumber: "3",
              placedOn: "yesterday",
              numbers: [{ number: lp(1) }],
            },
            { marketplace: "aliexpress", orderNumber: "1" },
            {
              orderNumber: "5",
              numbers: [
                {
                  number: lp(5),
                  events: [
                    {
                      source: "x",
                      timeGiven: "t",
                      text: "t",
                      status: "teleported",
                      confidence: 2,
                      recordedAt: NOW,
                    },
                  ],
                },
              ],
            },
          ],
        }),
      );
      expect(problems).toEqual([
        expect.stringMatching(/^order 2: numbers\[0\]\.number: /),
        expect.stringMatching(/^order 3: placedOn "yesterday" is not a date/),
        "order 4: aliexpress order 1 is also order 1; give each order once.",
        expect.stringMatching(/^order 5: numbers\[0\]\.events\[0\]\.confidence: /),
      ]);
      expect(await countOrders(store.db)).toBe(0);
    });

    if (database.name === "sqlite") {
      it("imports 50,000 rows in one transaction", { timeout: 180_000 }, async () => {
        const rows = Array.from(
          { length: 50_000 },
          (_, i) =>
            `${8_190_000_000_000 + i},aliexpress,${lp(i)},,Item ${i},2026-11-${String((i % 28) + 1).padStart(2, "0")},AliExpress Standard Shipping,"Madrid, ES"`,
        );
        const text = csv(...rows);
        let started = performance.now();
        const dry = await run(text, { dryRun: true });
        const dryMs = performance.now() - started;
        started = performance.now();
        const result = await run(text);
        const realMs = performance.now() - started;
        started = performance.now();
        const again = await run(text);
        const againMs = performance.now() - started;
        console.info(
          `50,000 rows: dry run ${Math.round(dryMs)} ms, import ${Math.round(realMs)} ms, again ${Math.round(againMs)} ms`,
        );
        expect(dry.orders.created).toBe(50_000);
        expect(result).toMatchObject({ orders: { created: 50_000 }, numbers: { added: 50_000 } });
        expect(again).toMatchObject({
          orders: { created: 0, updated: 0 },
          numbers: { added: 0, unchanged: 50_000 },
        });
        expect(await countOrders(store.db)).toBe(50_000);
      });
    }
  });
}
