/**
 * Reading the order fields a buyer types or imports: each reader returns the value to store or a
 * sentence that says what is wrong and how to write it. Nothing here throws.
 */
import { Temporal } from "temporal-polyfill";
import { parseLocation } from "../location/parse-location.ts";
import { closestShippingMethod, findShippingMethod } from "./shipping-methods.ts";

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

export const LIMITS = {
  orderNumber: 64,
  title: 500,
  seller: 200,
  method: 100,
  notes: 10_000,
  label: 50,
  labels: 20,
  item: 300,
  items: 100,
  city: 100,
  postcode: 16,
} as const;

// Control characters (C0, DEL, C1); free text keeps tabs and newlines.
const CONTROL_IN_LINE = /\p{Cc}/u;
const CONTROL_IN_TEXT = /(?![\t\n])\p{Cc}/u;

function describeControl(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? "";
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** One line of text (a title, a seller): trimmed, no control characters, at most `max` characters. */
export function readLine(field: string, value: string, max: number): Read<string | null> {
  const text = value.normalize("NFC").trim();
  if (text === "") return ok(null);
  if (CONTROL_IN_LINE.test(text)) {
    return fail(
      `${field} contains a control character (${describeControl(text, CONTROL_IN_LINE)}); remove it.`,
    );
  }
  if ([...text].length > max)
    return fail(`${field} is ${[...text].length} characters long; at most ${max} fit.`);
  return ok(text);
}

/** Free text (notes): newlines and tabs are fine, other control characters are not. */
export function readText(field: string, value: string, max: number): Read<string | null> {
  const text = value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  if (text === "") return ok(null);
  if (CONTROL_IN_TEXT.test(text)) {
    return fail(
      `${field} contains a control character (${describeControl(text, CONTROL_IN_TEXT)}); remove it.`,
    );
  }
  if ([...text].length > max)
    return fail(`${field} is ${[...text].length} characters long; at most ${max} fit.`);
  return ok(text);
}

export function readOrderNumber(value: string): Read<string | null> {
  const line = readLine("the order number", value, LIMITS.orderNumber);
  if (!line.ok || line.value === null) return line;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u.test(line.value)) {
    return fail(
      `the order number "${line.value}" has characters order numbers do not use; use letters, digits, - _ . / #.`,
    );
  }
  return ok(line.value.replace(/^#/, ""));
}

const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A calendar date: 2026-11-05, 05.11.2026, 5/11/2026 (day first unless `monthFirst`), or an ISO
 * date-time (its date is used).
 */
export function readDate(
  field: string,
  value: string,
  options: { monthFirst?: boolean } = {},
): Read<string | null> {
  const text = value.trim();
  if (text === "") return ok(null);
  let parts: [number, number, number] | null = null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!parts) {
    const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
    if (dotted) {
      const [a, b, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      const monthFirst = options.monthFirst === true && MONTH_FIRST.test(text);
      parts = monthFirst ? [year, a, b] : [year, b, a];
    }
  }
  if (!parts)
    return fail(
      `${field} "${text.slice(0, 40)}" is not a date; write it as YYYY-MM-DD, for example 2026-11-05.`,
    );
  const [year, month, day] = parts;
  try {
    const date = Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" });
    if (year < 2000 || year > 2100)
      return fail(`${field} ${date.toString()} is out of range; check the year.`);
    return ok(date.toString());
  } catch {
    return fail(`${field} "${text}" is not a real date (no day ${day} in month ${month} of ${year}).`);
  }
}

export interface Destination {
  country: string;
  region: string | null;
  city: string | null;
  postcode: string | null;
}

/** "Madrid, ES", "28001 Madrid, Spain", "Austin, TX, US", "ES". */
export function readDestination(value: string): Read<Destination | null> {
  const line = readLine("the destination", value, 200);
  if (!line.ok || line.value === null) return line as Read<null>;
  const place = parseLocation(line.value);
  if (!place.country) {
    return fail(
      `cannot tell the country of the destination "${line.value}"; write it as "City, CC" with the two-letter country code, for example "Madrid, ES".`,
    );
  }
  const city = place.city?.trim() || null;
  if (city && [...city].length > LIMITS.city)
    return fail(`the destination city is longer than ${LIMITS.city} characters.`);
  return ok({
    country: place.country,
    region: place.region ?? null,
    city,
    postcode: place.postalCode ? place.postalCode.slice(0, LIMITS.postcode) : null,
  });
}

/** The method's canonical name when known; an unknown name is refused with the closest known one. */
export function readShippingMethod(value: string): Read<string | null> {
  const line = readLine("the shipping method", value, LIMITS.method);
  if (!line.ok || line.value === null) return line;
  const known = findShippingMethod(line.value);
  if (known) return ok(known.name);
  const closest = closestShippingMethod(line.value);
  return fail(
    closest
      ? `unknown shipping method "${line.value}"; did you mean "${closest.name}"?`
      : `unknown shipping method "${line.value}"; run parceltrail methods to see the known ones.`,
  );
}

/** A comma-separated list (labels, items), each one a line of text. */
export function readList(
  field: string,
  value: string | readonly string[],
  maxEach: number,
  maxCount: number,
): Read<string[]> {
  const parts = (typeof value === "string" ? value.split(/[,;\n]/) : value)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > maxCount) return fail(`${field}: ${parts.length} given, at most ${maxCount} fit.`);
  const list: string[] = [];
  for (const part of parts) {
    const line = readLine(field, part, maxEach);
    if (!line.ok) return line;
    if (line.value && !list.includes(line.value)) list.push(line.value);
  }
  return ok(list);
}

/**
 * The Buyer Protection end the buyer gave: a date, or a number of days counted from `start`
 * (YYYY-MM-DD). Null when neither is given; an error when both are.
 */
export function readProtectionEnd(
  until: string | undefined,
  days: string | number | undefined,
  start: string,
): Read<string | null> {
  const untilText = until?.trim() ?? "";
  const daysText = days === undefined ? "" : String(days).trim();
  if (untilText && daysText) {
    return fail("give the Buyer Protection end either as a date or as a number of days, not both.");
  }
  if (untilText) return readDate("the Buyer Protection end", untilText);
  if (!daysText) return ok(null);
  const count = Number(daysText);
  if (!/^\d{1,3}$/.test(daysText) || count < 1 || count > 365) {
    return fail(`Buyer Protection days "${daysText}" must be a whole number from 1 to 365.`);
  }
  return ok(Temporal.PlainDate.from(start).add({ days: count }).toString());
}
