/**
 * Lenient readers for source answers, shared by every parser. Why lenient: a source adding,
 * dropping or retyping a field must never crash a read. A field of the wrong type reads as
 * absent (null) and the parser goes on with what it can use; the raw body is kept with the fetch
 * anyway, so nothing a source said is lost by skipping it here.
 *
 * Two families: Zod pieces for the carriers whose documented shapes are written as schemas (UPS,
 * USPS, FedEx, DHL, La Poste), and plain narrowing for the undocumented or loosely documented
 * ones read field by field (17TRACK, Cainiao).
 */
import { z } from "zod";

/** Any schema made optional: missing, null or the wrong type all read as null. */
export const lenient = <T extends z.ZodType>(schema: T) => schema.nullish().catch(null);

/** A string or number field as trimmed text (an empty string stays ""); anything else as null. */
export const text = lenient(z.union([z.string(), z.number()]).transform((value) => String(value).trim()));

/** A string with something in it, trimmed; "", a number or an object as null. */
export const nonEmptyText = lenient(z.string().trim().min(1));

/** A whole number, or a string of one; anything else as null. */
export const integer = lenient(z.coerce.number().int());

/** A true/false field; anything else as null. */
export const flag = lenient(z.boolean());

/** A list whose items each parser reads on its own (one bad item must not lose the others). */
export const list = lenient(z.array(z.unknown()));

/** A nested object with these fields, or null when it is missing or not an object. */
export const object = <T extends z.ZodRawShape>(shape: T) => lenient(z.object(shape));

/** A JSON object read field by field. */
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value as an object, or an empty one: reading a field of it then gives undefined. */
export const obj = (value: unknown): Obj => (isObj(value) ? value : {});

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A string with something in it, trimmed, or null. */
export const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

/** A whole number, or a string of one, or null. */
export const int = (value: unknown): number | null => {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
};
