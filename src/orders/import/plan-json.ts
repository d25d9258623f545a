/**
 * A JSON export (export-orders.ts) read into a plan: the file's shape checked by its schema, then
 * each order's values for meaning (known marketplace, real dates, tracking numbers, known statuses).
 * Every problem starts with its order ("order 3: ..."), or names the file when it is about all of it.
 */
import type { z } from "zod";
import {
  LIMITS,
  type Read,
  readDate,
  readLine,
  readList,
  readOrderNumber,
  readShippingMethod,
  readText,
} from "../../domain/order/fields.ts";
import { findMarketplace } from "../../domain/order/marketplaces.ts";
import { STAGES, STATUSES, SUB_STATUSES } from "../../domain/status/statuses.ts";
import { normalizeTrackingNumber } from "../../domain/tracking-number/index.ts";
import { dedupeKey } from "../../store/dedupe-key.ts";
import type { ReportKind } from "../../store/schema.ts";
import { EXPORT_FORMAT, EXPORT_VERSION, ExportedOrderSchema, ExportFileSchema } from "../export-orders.ts";
import { carrierProblem } from "../tracking-input.ts";
import {
  describeKey,
  type EventValues,
  type FilePlan,
  type ImportProgress,
  NumberRegistry,
  newOrderRow,
  orderKey,
  type PlannedNumber,
  type PlannedOrder,
  type PlannedReport,
  type Problem,
} from "./plan.ts";

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

type GivenOrder = z.output<typeof ExportedOrderSchema>;
type GivenNumber = GivenOrder["numbers"][number];
type GivenReport = GivenOrder["reports"][number];

/** Reads one order's values, each problem said once; a bad value reads as its fallback. */
interface Reader {
  now: string;
  say(reason: string): void;
  take<T>(read: Read<T>, fallback: T): T;
  /** An ISO 8601 time in the stored layout; `fallback` when absent (or unreadable, said). */
  time(field: string, value: string | undefined, fallback: string): string;
}

function reader(now: string, say: (reason: string) => void): Reader {
  return {
    now,
    say,
    take(read, fallback) {
      if (read.ok) return read.value;
      say(read.error);
      return fallback;
    },
    time(field, value, fallback) {
      if (value === undefined) return fallback;
      const ms = Date.parse(value);
      if (Number.isNaN(ms)) {
        say(
          `${field} "${value.slice(0, 40)}" is not a time; write it as ISO 8601, for example 2026-11-21T10:00:00.000Z.`,
        );
        return fallback;
      }
      return UTC_TIME.test(value) ? value : new Date(ms).toISOString();
    },
  };
}

export function planJson(text: string, now: string, progress: ImportProgress): FilePlan {
  const fail = (reason: string): FilePlan => ({ orders: [], problems: [{ at: 0, text: reason }], units: 0 });
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
  progress.setTotal(raws.length * 2);

  raws.forEach((raw, index) => {
    progress.report(index + 1);
    const at = index + 1;
    const where = `order ${at}`;
    const say = (reason: string) => {
      problems.push({ at, text: `${where}: ${reason}` });
    };
    const parsed = ExportedOrderSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) say(`${issuePath(issue.path)}: ${issue.message}`);
      return;
    }
    const before = problems.length;
    const read = reader(now, say);
    const order = planOrder(parsed.data, where, at, read);
    const twin = order.key ? byKey.get(order.key) : undefined;
    if (order.key && twin) say(`${describeKey(order.key)} is also ${twin.where}; give each order once.`);
    const numbers: PlannedNumber[] = [];
    parsed.data.numbers.forEach((given, n) => {
      const number = planNumber(given, `numbers[${n}]`, order, numbers, read);
      if (number) numbers.push(number);
    });
    order.reports = parsed.data.reports.map((report, r) => planReport(report, `reports[${r}]`, read));
    if (problems.length > before) return;
    orders.push(order);
    if (order.key) byKey.set(order.key, order);
    for (const number of numbers) {
      const problem = registry.add(order, number);
      if (problem) say(problem);
    }
  });

  // A hand-off names a number of the file or one already stored (checked against the database).
  return { orders, problems, units: raws.length };
}

/** The order's own fields; its numbers and reports are planned apart. */
function planOrder(order: GivenOrder, where: string, at: number, read: Reader): PlannedOrder {
  const { say, take } = read;
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
  const postcode = take(readLine("destination.postcode", destination.postcode ?? "", LIMITS.postcode), null);
  if (country === null && (region || city || postcode))
    say("destination has a city, region or postcode but no country.");
  const labels = take(readList("labels", order.labels, LIMITS.label, LIMITS.labels), []);
  const notes = take(readText("the notes", order.notes ?? "", LIMITS.notes), null);
  const createdAt = read.time("createdAt", order.createdAt, read.now);
  const updatedAt = read.time("updatedAt", order.updatedAt, createdAt);

  const fields = {
    marketplace: marketplace?.id ?? "aliexpress",
    orderNumber,
    title,
    items,
    seller,
    placedOn,
    shippingMethod,
    protectionEndsOn,
    protectionEstimated: order.protection?.estimated ?? false,
    // An order with a city, region or postcode but no country is refused above.
    destination: country === null ? null : { country, region, city, postcode },
    labels,
    notes,
  };
  return {
    where,
    at,
    units: 1,
    key: orderNumber && marketplace ? orderKey(marketplace.id, orderNumber) : null,
    row: newOrderRow(fields, { archived: order.archived, createdAt, updatedAt }),
    matchByCreation: orderNumber === null && order.numbers.length === 0,
    numbers: [],
    reports: [],
  };
}

function planReport(report: GivenReport, field: string, read: Reader): PlannedReport {
  const at = read.time(`${field}.at`, report.at, read.now);
  return {
    kind: report.kind as ReportKind,
    at,
    note: report.note,
    created_at: read.time(`${field}.createdAt`, report.createdAt, at),
  };
}

/** One of the order's numbers with its events; null when it is not one (said). */
function planNumber(
  given: GivenNumber,
  field: string,
  order: PlannedOrder,
  known: readonly PlannedNumber[],
  read: Reader,
): PlannedNumber | null {
  const { say } = read;
  const number = normalizeTrackingNumber(given.number).normalized;
  if (!/^[A-Z0-9]{8,40}$/.test(number)) {
    say(
      `${field}.number "${given.number.slice(0, 50)}" is not a tracking number: they are 8 to 40 letters and digits.`,
    );
    return null;
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
  const events = planEvents(given.events, field, read);
  if (known.some((other) => other.number === number)) {
    say(`${number} is given twice in this order.`);
    return null;
  }
  return {
    where: order.where,
    at: order.at,
    number,
    carrier: given.carrier,
    pinned: given.carrierPinned,
    role: given.role,
    handedOffFrom,
    archived: given.archived,
    createdAt: read.time(`${field}.createdAt`, given.createdAt, read.now),
    events,
  };
}

/** A number's events as stored, with their dedupe keys; the same event twice is one, as in the database. */
function planEvents(given: GivenNumber["events"], field: string, read: Reader): EventValues[] {
  const { say } = read;
  const keys = new Set<string>();
  const events: EventValues[] = [];
  given.forEach((event, e) => {
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
    if (keys.has(dedupe)) return;
    keys.add(dedupe);
    events.push({
      source: event.source,
      dedupe_key: dedupe,
      time_given: event.timeGiven,
      time_utc:
        event.timeUtc === null ? null : read.time(`${eventField}.timeUtc`, event.timeUtc, event.timeUtc),
      text: event.text,
      code: event.code,
      location: event.location,
      lang: event.lang,
      status: event.status,
      stage: event.stage,
      sub_status: event.subStatus,
      confidence: event.confidence,
      fetch_id: null,
      recorded_at: read.time(`${eventField}.recordedAt`, event.recordedAt, read.now),
    });
  });
  return events;
}
