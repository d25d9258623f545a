/**
 * `import`: orders from a CSV file (src/import/README.md) or from a JSON export
 * (export-orders.ts), all or nothing.
 *
 * 1. Every row is checked on its own (the order readers, the tracking-number reader, the
 *    carrier) and against the rest of the file (a number on two orders). Every problem is
 *    listed with its line ("line 7: ...", or "order 3: ..." in a JSON file).
 * 2. Then against what is stored: an order (marketplace + order number) that exists gets the
 *    file's new numbers (its own fields are left as they are); a number that order already has
 *    is "unchanged"; a number tracked in ANOTHER order is a problem of the line that gives it.
 *    An order without an order number is the order its numbers are stored in, if any.
 * 3. Any problem at all: nothing is stored and a ValidationError lists them all. Otherwise
 *    everything is written in one transaction. A dry run stops after step 2 and reports what
 *    would be done.
 *
 * Reads and writes go in batches (hundreds of rows a statement), so 50,000 rows take seconds.
 */
import {
  LIMITS,
  readDate,
  readLine,
  readList,
  readOrderNumber,
  readShippingMethod,
  readText,
} from "../domain/order/fields.ts";
import { findMarketplace } from "../domain/order/marketplaces.ts";
import { readOrderFields } from "../domain/order/order-fields.ts";
import { STAGES, STATUSES, SUB_STATUSES } from "../domain/status/statuses.ts";
import { normalizeTrackingNumber } from "../domain/tracking-number/index.ts";
import { parseOrdersCsv } from "../import/orders-csv.ts";
import { dedupeKey } from "../store/dedupe-key.ts";
import { insertEvents, type NewEvent } from "../store/events.ts";
import type { NewOrderRow, ReportKind } from "../store/schema.ts";
import type { Executor, Store } from "../store/store.ts";
import { refreshSummaries } from "../store/summaries.ts";
import { EXPORT_FORMAT, EXPORT_VERSION, ExportedOrderSchema, ExportFileSchema } from "./export-orders.ts";
import { orderRowFrom } from "./order-row.ts";
import { carrierProblem, readTrackingNumber } from "./tracking-input.ts";
import { ValidationError } from "./validation-error.ts";

export interface ImportOptions {
  text: string;
  format: "csv" | "json";
  /** Check everything and count what would be done; store nothing. */
  dryRun?: boolean;
  /** ISO 8601 time of the import: created_at of what it makes, "today" for protection estimates. */
  now: string;
  /**
   * Called as the import goes: `total` is twice the rows (CSV) or orders (JSON); the first half
   * is checking each row, the second storing them (or, in a dry run, checking them against the
   * database).
   */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  dryRun: boolean;
  /** `updated`: orders that were stored already and got something new (numbers, events, reports). */
  orders: { created: number; updated: number };
  numbers: { added: number; unchanged: number };
  events: { added: number };
  reports: { added: number };
}

// ---------------------------------------------------------------------------------------------
// What the file asks for, checked on its own.

type EventValues = Omit<NewEvent, "tracking_number_id">;

interface PlannedNumber {
  /** "line 7", "order 3": where the number is given, for problems. */
  where: string;
  at: number;
  number: string;
  carrier: string | null;
  pinned: boolean;
  role: "first_leg" | "last_mile";
  handedOffFrom: string | null;
  archived: boolean;
  createdAt: string;
  events: EventValues[];
}

interface PlannedReport {
  kind: ReportKind;
  at: string;
  note: string | null;
  created_at: string;
}

interface PlannedOrder {
  where: string;
  at: number;
  /** Rows of the file it came from (progress). */
  units: number;
  /** marketplace + order number, when it has one. */
  key: string | null;
  row: Omit<NewOrderRow, "id">;
  /** A JSON order with no order number and no numbers is found again by its creation time. */
  matchByCreation: boolean;
  numbers: PlannedNumber[];
  reports: PlannedReport[];
}

interface Problem {
  at: number;
  text: string;
}

interface Checked {
  orders: PlannedOrder[];
  problems: Problem[];
  units: number;
}

const orderKey = (marketplace: string, orderNumber: string) => `${marketplace}\u0000${orderNumber}`;

function describeKey(key: string): string {
  const [marketplace, orderNumber] = key.split("\u0000");
  return `${marketplace} order ${orderNumber}`;
}

type Progress = (done: number) => void;

function progressReporter(onProgress: ImportOptions["onProgress"]) {
  let total = 0;
  let last = -1;
  const report = (done: number, force = false) => {
    if (!onProgress || total === 0) return;
    // At most about 200 calls: the CLI redraws a bar on each.
    if (!force && done < total && done - last < Math.max(1, Math.floor(total / 200))) return;
    last = done;
    onProgress(Math.min(done, total), total);
  };
  return {
    setTotal(value: number) {
      total = value;
    },
    report,
  };
}

/** A number given twice in the file: fine within one order, a problem across orders. */
class NumberRegistry {
  readonly #owners = new Map<string, { order: PlannedOrder; planned: PlannedNumber }>();

  /** Adds the number to the order; returns a problem, or null. */
  add(order: PlannedOrder, planned: PlannedNumber): string | null {
    const owner = this.#owners.get(planned.number);
    if (!owner) {
      this.#owners.set(planned.number, { order, planned });
      order.numbers.push(planned);
      return null;
    }
    if (owner.order !== order) {
      return `${planned.number} is also given by ${owner.planned.where}, for another order; a tracking number belongs to one order.`;
    }
    const first = owner.planned;
    if (planned.pinned && first.pinned && planned.carrier !== first.carrier) {
      return `${planned.number} is pinned to ${planned.carrier} here but to ${first.carrier} by ${first.where}; pin it to one carrier.`;
    }
    if (planned.pinned && !first.pinned) {
      first.carrier = planned.carrier;
      first.pinned = true;
    }
    return null;
  }

  has(number: string): boolean {
    return this.#owners.has(number);
  }
}

function checkCsv(text: string, now: string, progress: Progress, setTotal: (total: number) => void): Checked {
  const today = now.slice(0, 10);
  const parsed = parseOrdersCsv(text);
  const problems: Problem[] = parsed.problems.map((problem) => ({
    at: problem.line,
    text: `line ${problem.line}: ${problem.reason}`,
  }));
  setTotal(parsed.rows.length * 2);
  const orders: PlannedOrder[] = [];
  const byKey = new Map<string, PlannedOrder>();
  const registry = new NumberRegistry();

  parsed.rows.forEach((row, index) => {
    progress(index + 1);
    const where = `line ${row.line}`;
    const rowProblems: string[] = [];
    const carrier = row.carrier?.toLowerCase();
    const carrierError = carrier ? carrierProblem(carrier) : null;
    if (carrierError) rowProblems.push(carrierError);
    const reads = row.numbers.map((raw) => readTrackingNumber(raw, carrierError ? null : carrier));
    for (const read of reads) if (!read.ok) rowProblems.push(read.error);
    const fields = readOrderFields(row.input, today);
    if (!fields.ok) rowProblems.push(...fields.errors);
    if (rowProblems.length > 0 || !fields.ok) {
      for (const reason of rowProblems) problems.push({ at: row.line, text: `${where}: ${reason}` });
      return;
    }
    const value = fields.value;
    const key = value.orderNumber ? orderKey(value.marketplace, value.orderNumber) : null;
    let order = key ? byKey.get(key) : undefined;
    if (order) {
      order.units++;
    } else {
      order = {
        where,
        at: row.line,
        units: 1,
        key,
        row: {
          ...orderRowFrom(value),
          archived: row.archived ? 1 : 0,
          created_at: now,
          updated_at: now,
          status: null,
          stage: null,
          last_event_at: null,
        },
        matchByCreation: false,
        numbers: [],
        reports: [],
      };
      orders.push(order);
      if (key) byKey.set(key, order);
    }
    for (const read of reads) {
      if (!read.ok) continue;
      const problem = registry.add(order, {
        where,
        at: row.line,
        number: read.value.number,
        carrier: read.value.carrier,
        pinned: read.value.pinned,
        role: "first_leg",
        handedOffFrom: null,
        archived: false,
        createdAt: now,
        events: [],
      });
      if (problem) problems.push({ at: row.line, text: `${where}: ${problem}` });
    }
  });
  return { orders, problems, units: parsed.rows.length };
}

/** "numbers[0].events[2].timeUtc" */
function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index > 0 ? "." : ""}${String(part)}`))
    .join("");
}

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KNOWN_STATUSES: ReadonlySet<string> = new Set(STATUSES);
const KNOWN_STAGES: ReadonlySet<string> = new Set(STAGES);
const KNOWN_SUB_STATUSES: ReadonlySet<string> = new Set(SUB_STATUSES);

function checkJson(
  text: string,
  now: string,
  progress: Progress,
  setTotal: (total: number) => void,
): Checked {
  const fail = (reason: string): Checked => ({ orders: [], problems: [{ at: 0, text: reason }], units: 0 });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(`the file is not valid JSON: ${(error as Error).message}`);
  }
  const file = ExportFileSchema.safeParse(data);
  if (!file.success) {
    const looksLikeExport =
      typeof data === "object" && data !== null && (data as Record<string, unknown>).format === EXPORT_FORMAT;
    if (!looksLikeExport) {
      return fail(
        `the file is not a ParcelTrail export: it must be a JSON object with "format": "${EXPORT_FORMAT}", "version": ${EXPORT_VERSION} and "orders".`,
      );
    }
    return {
      orders: [],
      problems: file.error.issues.map((issue) => ({
        at: 0,
        text: `${issuePath(issue.path) || "the file"}: ${issue.message}`,
      })),
      units: 0,
    };
  }

  const problems: Problem[] = [];
  const orders: PlannedOrder[] = [];
  const byKey = new Map<string, PlannedOrder>();
  const registry = new NumberRegistry();
  const raws = file.data.orders;
  setTotal(raws.length * 2);

  raws.forEach((raw, index) => {
    progress(index + 1);
    const at = index + 1;
    const where = `order ${at}`;
    const say = (reason: string) => problems.push({ at, text: `${where}: ${reason}` });
    const parsed = ExportedOrderSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) say(`${issuePath(issue.path)}: ${issue.message}`);
      return;
    }
    const order = parsed.data;
    const before = problems.length;
    const take = <T>(read: { ok: true; value: T } | { ok: false; error: string }, fallback: T): T => {
      if (read.ok) return read.value;
      say(read.error);
      return fallback;
    };
    const time = (field: string, value: string | undefined, fallback: string): string => {
      if (value === undefined) return fallback;
      const ms = Date.parse(value);
      if (Number.isNaN(ms)) {
        say(
          `${field} "${value.slice(0, 40)}" is not a time; write it as ISO 8601, for example 2026-11-21T10:00:00.000Z.`,
        );
        return fallback;
      }
      return UTC_TIME.test(value) ? value : new Date(ms).toISOString();
    };

    const marketplace = findMarketplace(order.marketplace);
    if (!marketplace) say(`unknown marketplace "${order.marketplace}".`);
    const orderNumber = take(readOrderNumber(order.orderNumber ?? ""), null);
    const title = take(readLine("the title", order.title ?? "", LIMITS.title), null);
    const items = take(readList("items", order.items, LIMITS.item, LIMITS.items), []);
    const seller = take(readLine("the seller", order.seller ?? "", LIMITS.seller), null);
    const placedOn = take(readDate("placedOn", order.placedOn ?? ""), null);
    const shippingMethod = take(readShippingMethod(order.shippingMethod ?? ""), null);
    const protectionEndsOn = order.protection
      ? take(readDate("protection.endsOn", order.protection.endsOn), null)
      : null;
    const destination = order.destination;
    const country = destination.country?.trim().toUpperCase() || null;
    if (country !== null && !/^[A-Z]{2}$/.test(country))
      say(`destination.country "${country}" must be a two-letter country code.`);
    const region = take(readLine("destination.region", destination.region ?? "", 100), null);
    const city = take(readLine("destination.city", destination.city ?? "", LIMITS.city), null);
    const postcode = take(
      readLine("destination.postcode", destination.postcode ?? "", LIMITS.postcode),
      null,
    );
    if (country === null && (region || city || postcode))
      say("destination has a city, region or postcode but no country.");
    const labels = take(readList("labels", order.labels, LIMITS.label, LIMITS.labels), []);
    const notes = take(readText("the notes", order.notes ?? "", LIMITS.notes), null);
    const createdAt = time("createdAt", order.createdAt, now);
    const updatedAt = time("updatedAt", order.updatedAt, createdAt);

    const key = orderNumber && marketplace ? orderKey(marketplace.id, orderNumber) : null;
    const twin = key ? byKey.get(key) : undefined;
    if (key && twin) say(`${describeKey(key)} is also ${twin.where}; give each order once.`);

    const planned: PlannedOrder = {
      where,
      at,
      units: 1,
      key,
      row: {
        marketplace: marketplace?.id ?? "aliexpress",
        order_number: orderNumber,
        title,
        items: JSON.stringify(items),
        seller,
        placed_on: placedOn,
        shipping_method: shippingMethod,
        protection_ends_on: protectionEndsOn,
        protection_estimated: order.protection?.estimated ? 1 : 0,
        dest_country: country,
        dest_region: region,
        dest_city: city,
        dest_postcode: postcode,
        labels: JSON.stringify(labels),
        notes,
        archived: order.archived ? 1 : 0,
        created_at: createdAt,
        updated_at: updatedAt,
        // Recomputed from the events once they are stored.
        status: null,
        stage: null,
        last_event_at: null,
      },
      matchByCreation: orderNumber === null && order.numbers.length === 0,
      numbers: [],
      reports: [],
    };

    const numbers: PlannedNumber[] = [];
    order.numbers.forEach((given, n) => {
      const field = `numbers[${n}]`;
      const number = normalizeTrackingNumber(given.number).normalized;
      if (!/^[A-Z0-9]{8,40}$/.test(number)) {
        say(
          `${field}.number "${given.number.slice(0, 50)}" is not a tracking number: they are 8 to 40 letters and digits.`,
        );
        return;
      }
      if (given.carrier !== null) {
        const problem = carrierProblem(given.carrier);
        if (problem) say(`${field}.carrier: ${problem}`);
      } else if (given.carrierPinned) {
        say(`${field}: carrierPinned is true but no carrier is given.`);
      }
      const handedOffFrom =
        given.handedOffFrom === null ? null : normalizeTrackingNumber(given.handedOffFrom).normalized;
      if (handedOffFrom === number) say(`${field}: ${number} cannot be handed off from itself.`);
      const keys = new Set<string>();
      const events: EventValues[] = [];
      given.events.forEach((event, e) => {
        const eventField = `${field}.events[${e}]`;
        if (!KNOWN_STATUSES.has(event.status))
          say(`${eventField}.status "${event.status}" is not a known status.`);
        if (event.stage !== null && !KNOWN_STAGES.has(event.stage))
          say(`${eventField}.stage "${event.stage}" is not a known stage.`);
        if (event.subStatus !== null && !KNOWN_SUB_STATUSES.has(event.subStatus)) {
          say(`${eventField}.subStatus "${event.subStatus}" is not a known sub-status.`);
        }
        const dedupe = dedupeKey({
          source: event.source,
          timeGiven: event.timeGiven,
          code: event.code,
          text: event.text,
          location: event.location,
        });
        // The same event twice is one event, as in the database.
        if (keys.has(dedupe)) return;
        keys.add(dedupe);
        events.push({
          source: event.source,
          dedupe_key: dedupe,
          time_given: event.timeGiven,
          time_utc:
            event.timeUtc === null ? null : time(`${eventField}.timeUtc`, event.timeUtc, event.timeUtc),
          text: event.text,
          code: event.code,
          location: event.location,
          lang: event.lang,
          status: event.status,
          stage: event.stage,
          sub_status: event.subStatus,
          confidence: event.confidence,
          fetch_id: null,
          recorded_at: time(`${eventField}.recordedAt`, event.recordedAt, now),
        });
      });
      if (numbers.some((known) => known.number === number)) {
        say(`${number} is given twice in this order.`);
        return;
      }
      numbers.push({
        where,
        at,
        number,
        carrier: given.carrier,
        pinned: given.carrierPinned,
        role: given.role,
        handedOffFrom,
        archived: given.archived,
        createdAt: time(`${field}.createdAt`, given.createdAt, now),
        events,
      });
    });
    order.reports.forEach((report, r) => {
      const reportAt = time(`reports[${r}].at`, report.at, now);
      planned.reports.push({
        kind: report.kind as ReportKind,
        at: reportAt,
        note: report.note,
        created_at: time(`reports[${r}].createdAt`, report.createdAt, reportAt),
      });
    });
    if (problems.length > before) return;
    orders.push(planned);
    if (key) byKey.set(key, planned);
    for (const number of numbers) {
      const problem = registry.add(planned, number);
      if (problem) say(problem);
    }
  });

  // A hand-off names a number of the file or one already stored (checked against the database).
  return { orders, problems, units: raws.length };
}

// ---------------------------------------------------------------------------------------------
// Against what is stored.

const IN_LIST = 500;

async function inChunks<T, R>(values: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < values.length; start += IN_LIST) {
    out.push(...(await read(values.slice(start, start + IN_LIST))));
  }
  return out;
}

interface StoredNumber {
  id: number;
  number: string;
  order_id: number;
}

interface ResolvedNumber {
  planned: PlannedNumber;
  /** Stored already in the same order. */
  existingId: number | null;
  /** Events to store (those not stored yet). */
  events: EventValues[];
}

interface ResolvedOrder {
  planned: PlannedOrder;
  /** The stored order the file's order is, when it is one. */
  targetId: number | null;
  numbers: ResolvedNumber[];
  reports: PlannedReport[];
}

interface Plan {
  orders: ResolvedOrder[];
  stored: Map<string, StoredNumber>;
  result: ImportResult;
}

async function resolve(
  db: Executor,
  checked: Checked,
  dryRun: boolean,
): Promise<{ plan: Plan; problems: Problem[] }> {
  const problems: Problem[] = [];
  const planned = checked.orders;

  // Orders with an order number, by marketplace + number.
  const orderNumbers = [
    ...new Set(planned.flatMap((order) => (order.row.order_number ? [order.row.order_number] : []))),
  ];
  const storedOrders = await inChunks(orderNumbers, (chunk) =>
    db
      .selectFrom("orders")
      .select(["id", "marketplace", "order_number"])
      .where("order_number", "in", chunk)
      .execute(),
  );
  const orderByKey = new Map<string, number>();
  for (const row of storedOrders)
    if (row.order_number) orderByKey.set(orderKey(row.marketplace, row.order_number), row.id);

  // Every number the file names, as a number or as the one a number was handed off from.
  const wanted = new Set<string>();
  for (const order of planned) {
    for (const number of order.numbers) {
      wanted.add(number.number);
      if (number.handedOffFrom) wanted.add(number.handedOffFrom);
    }
  }
  const storedNumbers = await inChunks([...wanted], (chunk) =>
    db
      .selectFrom("tracking_numbers")
      .select(["id", "number", "order_id"])
      .where("number", "in", chunk)
      .execute(),
  );
  const stored = new Map(storedNumbers.map((row) => [row.number, row]));

  // JSON orders with neither an order number nor numbers: the same creation time, title and
  // marketplace is the same order.
  const byCreation = planned.filter((order) => order.matchByCreation);
  const creationTimes = [...new Set(byCreation.map((order) => order.row.created_at))];
  const sameCreation = await inChunks(creationTimes, (chunk) =>
    db
      .selectFrom("orders")
      .select(["id", "marketplace", "title", "created_at"])
      .where("order_number", "is", null)
      .where("created_at", "in", chunk)
      .execute(),
  );

  const conflicts: Array<{ planned: PlannedNumber; orderId: number }> = [];
  const resolved: ResolvedOrder[] = [];
  const inFile = new Set<string>();
  for (const order of planned) for (const number of order.numbers) inFile.add(number.number);

  for (const order of planned) {
    let targetId: number | null = null;
    if (order.key) {
      targetId = orderByKey.get(order.key) ?? null;
    } else {
      const first = order.numbers.map((number) => stored.get(number.number)).find((row) => row !== undefined);
      if (first) targetId = first.order_id;
      else if (order.matchByCreation) {
        targetId =
          sameCreation.find(
            (row) =>
              row.created_at === order.row.created_at &&
              row.marketplace === order.row.marketplace &&
              row.title === (order.row.title ?? null),
          )?.id ?? null;
      }
    }
    const numbers: ResolvedNumber[] = [];
    for (const number of order.numbers) {
      const row = stored.get(number.number);
      if (row && row.order_id !== targetId) {
        conflicts.push({ planned: number, orderId: row.order_id });
        continue;
      }
      if (number.handedOffFrom && !inFile.has(number.handedOffFrom) && !stored.has(number.handedOffFrom)) {
        problems.push({
          at: number.at,
          text: `${number.where}: ${number.number} is handed off from ${number.handedOffFrom}, which is neither in the file nor stored.`,
        });
      }
      numbers.push({ planned: number, existingId: row ? row.id : null, events: number.events });
    }
    resolved.push({ planned: order, targetId, numbers, reports: order.reports });
  }

  if (conflicts.length > 0) {
    const others = await inChunks([...new Set(conflicts.map((conflict) => conflict.orderId))], (chunk) =>
      db
        .selectFrom("orders")
        .select(["id", "marketplace", "order_number"])
        .where("id", "in", chunk)
        .execute(),
    );
    const names = new Map(
      others.map((row) => [
        row.id,
        row.order_number ? `${row.marketplace} order ${row.order_number}` : `order ${row.id}`,
      ]),
    );
    for (const { planned: number, orderId } of conflicts) {
      problems.push({
        at: number.at,
        text: `${number.where}: ${number.number} is already tracked in another order (${names.get(orderId) ?? `order ${orderId}`}, id ${orderId}); a tracking number belongs to one order. See it with: parceltrail show ${number.number}`,
      });
    }
  }

  // Events of numbers that are stored already: only those not stored yet.
  const existing = resolved.flatMap((order) =>
    order.numbers.filter((number) => number.existingId !== null && number.events.length > 0),
  );
  if (existing.length > 0) {
    const keys = await inChunks(
      existing.map((number) => number.existingId ?? 0),
      (chunk) =>
        db
          .selectFrom("events")
          .select(["tracking_number_id", "dedupe_key"])
          .where("tracking_number_id", "in", chunk)
          .execute(),
    );
    const storedKeys = new Set(keys.map((row) => `${row.tracking_number_id}\u0000${row.dedupe_key}`));
    for (const number of existing) {
      number.events = number.events.filter(
        (event) => !storedKeys.has(`${number.existingId}\u0000${event.dedupe_key}`),
      );
    }
  }

  // Reports of orders that are stored already: each stored report matches one of the file's.
  const withReports = resolved.filter((order) => order.targetId !== null && order.reports.length > 0);
  if (withReports.length > 0) {
    const rows = await inChunks(
      withReports.map((order) => order.targetId ?? 0),
      (chunk) =>
        db
          .selectFrom("reports")
          .select(["order_id", "kind", "at", "note"])
          .where("order_id", "in", chunk)
          .execute(),
    );
    const count = new Map<string, number>();
    const reportKey = (orderId: number, kind: string, at: string, note: string | null) =>
      `${orderId}\u0000${kind}\u0000${at}\u0000${note ?? ""}`;
    for (const row of rows) {
      const key = reportKey(row.order_id, row.kind, row.at, row.note);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    for (const order of withReports) {
      order.reports = order.reports.filter((report) => {
        const key = reportKey(order.targetId ?? 0, report.kind, report.at, report.note);
        const left = count.get(key) ?? 0;
        if (left === 0) return true;
        count.set(key, left - 1);
        return false;
      });
    }
  }

  const result: ImportResult = {
    dryRun,
    orders: { created: 0, updated: 0 },
    numbers: { added: 0, unchanged: 0 },
    events: { added: 0 },
    reports: { added: 0 },
  };
  for (const order of resolved) {
    const added = order.numbers.filter((number) => number.existingId === null).length;
    const events = order.numbers.reduce((sum, number) => sum + number.events.length, 0);
    result.numbers.added += added;
    result.numbers.unchanged += order.numbers.length - added;
    result.events.added += events;
    result.reports.added += order.reports.length;
    if (order.targetId === null) result.orders.created++;
    else if (added > 0 || events > 0 || order.reports.length > 0) result.orders.updated++;
  }
  return { plan: { orders: resolved, stored, result }, problems };
}

// ---------------------------------------------------------------------------------------------
// Writing it.

/** Rows per INSERT: at most 21 columns x 500 rows, well below SQLite's 32,766 parameters. */
const ROWS_PER_INSERT = 500;

async function apply(tx: Executor, plan: Plan, progress: Progress, units: number): Promise<ImportResult> {
  const numberIds = new Map<string, number>();
  for (const [number, row] of plan.stored) numberIds.set(number, row.id);
  const withEvents: number[] = [];
  const toArchive: number[] = [];
  const handoffs: Array<{ id: number; from: string }> = [];
  let eventsAdded = 0;
  let done = units;

  for (let start = 0; start < plan.orders.length; start += ROWS_PER_INSERT) {
    const chunk = plan.orders.slice(start, start + ROWS_PER_INSERT);

    // New orders, in file order: a run of orders with an order number in one statement (found
    // again by their key), an order without one on its own.
    const fresh = chunk.filter((order) => order.targetId === null);
    let run: ResolvedOrder[] = [];
    const flush = async () => {
      if (run.length === 0) return;
      const rows = await tx
        .insertInto("orders")
        .values(run.map((order) => order.planned.row))
        .returning(["id", "marketplace", "order_number"])
        .execute();
      const ids = new Map(rows.map((row) => [orderKey(row.marketplace, row.order_number ?? ""), row.id]));
      for (const order of run) order.targetId = ids.get(order.planned.key ?? "") ?? null;
      run = [];
    };
    for (const order of fresh) {
      if (order.planned.key !== null) {
        run.push(order);
        continue;
      }
      await flush();
      const row = await tx
        .insertInto("orders")
        .values(order.planned.row)
        .returning("id")
        .executeTakeFirstOrThrow();
      order.targetId = row.id;
    }
    await flush();

    // New numbers, found again by their number (unique).
    const newNumbers = chunk.flatMap((order) =>
      order.numbers.filter((number) => number.existingId === null).map((number) => ({ order, number })),
    );
    for (let from = 0; from < newNumbers.length; from += ROWS_PER_INSERT) {
      const rows = await tx
        .insertInto("tracking_numbers")
        .values(
          newNumbers.slice(from, from + ROWS_PER_INSERT).map(({ order, number }) => ({
            order_id: order.targetId ?? 0,
            number: number.planned.number,
            carrier: number.planned.carrier,
            carrier_pinned: number.planned.pinned ? 1 : 0,
            handed_off_from: null,
            role: number.planned.role,
            // Archived after the summaries are computed, so that an archived number keeps its own.
            archived: 0,
            created_at: number.planned.createdAt,
            event_count: 0,
          })),
        )
        .returning(["id", "number"])
        .execute();
      for (const row of rows) numberIds.set(row.number, row.id);
    }
    for (const { number } of newNumbers) {
      const id = numberIds.get(number.planned.number) ?? 0;
      if (number.planned.archived) toArchive.push(id);
      if (number.planned.handedOffFrom) handoffs.push({ id, from: number.planned.handedOffFrom });
    }

    // Events, as they were, with their dedupe keys.
    const events: NewEvent[] = [];
    for (const order of chunk) {
      for (const number of order.numbers) {
        if (number.events.length === 0) continue;
        const id = numberIds.get(number.planned.number) ?? 0;
        withEvents.push(id);
        for (const event of number.events) events.push({ ...event, tracking_number_id: id });
      }
    }
    eventsAdded += (await insertEvents(tx, events)).length;

    const reports = chunk.flatMap((order) =>
      order.reports.map((report) => ({ ...report, order_id: order.targetId ?? 0 })),
    );
    for (let from = 0; from < reports.length; from += ROWS_PER_INSERT) {
      await tx
        .insertInto("reports")
        .values(reports.slice(from, from + ROWS_PER_INSERT))
        .execute();
    }

    done += chunk.reduce((sum, order) => sum + order.planned.units, 0);
    progress(done);
  }

  for (const handoff of handoffs) {
    await tx
      .updateTable("tracking_numbers")
      .set({ handed_off_from: numberIds.get(handoff.from) ?? null })
      .where("id", "=", handoff.id)
      .execute();
  }
  for (let start = 0; start < withEvents.length; start += IN_LIST) {
    await refreshSummaries(tx, withEvents.slice(start, start + IN_LIST));
  }
  if (toArchive.length > 0) {
    for (let start = 0; start < toArchive.length; start += IN_LIST) {
      await tx
        .updateTable("tracking_numbers")
        .set({ archived: 1 })
        .where("id", "in", toArchive.slice(start, start + IN_LIST))
        .execute();
    }
    // The orders of archived numbers: their summaries from the numbers still followed.
    const hasEvents = new Set(withEvents);
    const archivedWithEvents = toArchive.filter((id) => hasEvents.has(id));
    for (let start = 0; start < archivedWithEvents.length; start += IN_LIST) {
      await refreshSummaries(tx, archivedWithEvents.slice(start, start + IN_LIST));
    }
  }
  return { ...plan.result, events: { added: eventsAdded } };
}

// ---------------------------------------------------------------------------------------------

function fail(problems: Problem[]): never {
  const sorted = problems.map((problem, index) => ({ ...problem, index }));
  sorted.sort((a, b) => a.at - b.at || a.index - b.index);
  throw new ValidationError(sorted.map((problem) => problem.text));
}

/**
 * Imports orders from a CSV or JSON file: all or nothing. Throws a ValidationError listing every
 * problem (each starting "line N:" or "order N:") when anything is wrong; nothing is stored then.
 */
export async function importOrders(store: Store, options: ImportOptions): Promise<ImportResult> {
  const progress = progressReporter(options.onProgress);
  const report: Progress = (done) => progress.report(done);
  const checked =
    options.format === "csv"
      ? checkCsv(options.text, options.now, report, progress.setTotal)
      : checkJson(options.text, options.now, report, progress.setTotal);
  const run = async (db: Executor, write: boolean) => {
    const { plan, problems } = await resolve(db, checked, !write);
    if (checked.problems.length > 0 || problems.length > 0) fail([...checked.problems, ...problems]);
    const result = write ? await apply(db, plan, report, checked.units) : plan.result;
    progress.report(checked.units * 2, true);
    return result;
  };
  // A dry run, or a file with problems of its own (the database only adds to the list): read only,
  // no write lock taken.
  if (options.dryRun || checked.problems.length > 0) return run(store.db, false);
  return store.write((tx) => run(tx, true));
}
