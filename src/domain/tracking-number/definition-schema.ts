/**
 * The schema of a tracking-number format file. It is the schema of jkeen/tracking_number_data
 * (vendored in data/vendor), which our own definitions in data/formats reuse unchanged, plus one
 * optional `parceltrail` member that says what the vendored files leave implicit: which carrier of
 * ours a format belongs to, and how much a bare match of its pattern is worth.
 */
import { z } from "zod";

// Lookup entries carry descriptive fields (country, courier, courier_url...) that vary by file and
// may be null; only the two ways of matching are checked.
const lookupEntry = z
  .looseObject({
    matches: z.string().optional(),
    matches_regex: z.string().optional(),
    name: z.string().nullish(),
    description: z.string().nullish(),
    country: z.string().nullish(),
    courier: z.string().nullish(),
  })
  .refine((entry) => entry.matches !== undefined || entry.matches_regex !== undefined, {
    message: "a lookup entry needs `matches` or `matches_regex`",
  });

const checksum = z.discriminatedUnion("name", [
  z.object({
    name: z.literal("mod10"),
    modulo: z.literal(10).optional(),
    evens_multiplier: z.number().int(),
    odds_multiplier: z.number().int(),
    reverse: z.boolean().optional(),
  }),
  z.object({ name: z.literal("mod7"), modulo: z.literal(7).optional() }),
  z.object({
    name: z.literal("s10"),
    weightings: z.array(z.number().int()).length(8),
    modulo: z.literal(11),
  }),
  z.object({ name: z.literal("luhn"), modulo: z.literal(10).optional() }),
  z.object({
    name: z.literal("mod_37_36"),
    modulo: z.literal(36).optional(),
    alphabet: z.string().optional(),
  }),
  z.object({
    name: z.literal("sum_product_with_weightings_and_modulo"),
    weightings: z.array(z.number().int()).min(1),
    modulo1: z.number().int().positive(),
    modulo2: z.number().int().positive(),
  }),
]);

/**
 * How telling a bare match of the pattern is:
 * - `prefix`: letters or a fixed prefix that few other formats share (`1Z`, `LP` + 14 digits);
 * - `loose`: a prefix that collides with common other formats (DHL eCommerce's `LX`, `RX`...);
 * - `shape`: only a length and digit ranges (any 14 digits).
 */
export const specificitySchema = z.enum(["prefix", "loose", "shape"]);
export type Specificity = z.infer<typeof specificitySchema>;

/** What ParcelTrail adds to a format; for vendored formats it lives in data/vendor-overlay.json. */
export const formatExtensionSchema = z.object({
  /** Our stable carrier id. Absent for S10, whose carrier is found from the country suffix. */
  carrier: z.string().optional(),
  specificity: specificitySchema,
  /** The service this format means (S10 formats take it from their ServiceType lookup instead). */
  service: z.string().optional(),
  /**
   * A checksum failure that carriers are known to print (China EMS `BZ…CN`): the number stays a
   * candidate, with a warning, instead of falling to the invalid-checksum confidence.
   */
  checksumFailureCommon: z.boolean().optional(),
  /**
   * Breaks ties between equally confident formats; higher wins (default 0). Used where one
   * pattern is a rarer coincidence than another that fits the same number, e.g. Old Dominion's
   * fixed 3-digit prefix against DHL Express's "any 10 or 11 digits".
   */
  priority: z.number().int().optional(),
  /** Where the facts for this format come from. */
  source: z.string().optional(),
});
export type FormatExtension = z.infer<typeof formatExtensionSchema>;

export const formatSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  description: z.string().optional(),
  regex: z.union([z.string(), z.array(z.string())]),
  validation: z.object({
    checksum: checksum.optional(),
    serial_number_format: z
      .object({ prepend_if: z.object({ matches_regex: z.string(), content: z.string() }) })
      .optional(),
    additional: z.object({ exists: z.array(z.string()) }).optional(),
  }),
  additional: z
    .array(z.object({ name: z.string(), regex_group_name: z.string(), lookup: z.array(lookupEntry) }))
    .optional(),
  partners: z.array(z.unknown()).optional(),
  tracking_url: z.string().nullish(),
  test_numbers: z.object({ valid: z.array(z.string()), invalid: z.array(z.string()) }),
  glossary: z.record(z.string(), z.unknown()).optional(),
  parceltrail: formatExtensionSchema.optional(),
});
export type FormatDefinition = z.infer<typeof formatSchema>;
export type ChecksumDefinition = NonNullable<FormatDefinition["validation"]["checksum"]>;
export type LookupEntry = z.infer<typeof lookupEntry>;

export const courierFileSchema = z.object({
  name: z.string(),
  courier_code: z.string(),
  tracking_numbers: z.array(formatSchema).min(1),
});
export type CourierFile = z.infer<typeof courierFileSchema>;
