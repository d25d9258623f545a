/**
 * The shape of the data files that teach the classifier: text rules per language
 * (data/text/<lang>.json) and code tables per carrier or aggregator (data/codes/<id>.json).
 * Both are validated at load, so a typo in a status name fails the tests, not a user.
 */
import { z } from "zod";
import { STATUSES, SUB_STATUSES } from "./statuses.ts";

const phrase = z.string().trim().min(1);

export const TextRuleSchema = z
  .object({
    status: z.enum(STATUSES),
    sub: z.enum(SUB_STATUSES).optional(),
    /** One rule per phrase listed here, each also needing every phrase of `all`. */
    any: z.array(phrase).min(1).optional(),
    /** Phrases that must all occur, in any order. */
    all: z.array(phrase).min(1).optional(),
    /** The rule does not apply when one of these occurs. */
    none: z.array(phrase).min(1).optional(),
    /** Multiplies the rule's score (its matched length); above 1 to win over longer, vaguer phrases. */
    weight: z.number().min(0.1).max(5).optional(),
    /**
     * A facility scan with no origin or destination cue ("processed at facility"): the event's
     * place, compared with the parcel's origin and destination, may make it origin or
     * destination processing.
     */
    generic: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((rule) => rule.any !== undefined || rule.all !== undefined, {
    message: "a rule needs `any` or `all`",
  });
export type TextRule = z.infer<typeof TextRuleSchema>;

export const ExampleSchema = z
  .object({
    text: z.string().min(1),
    status: z.enum(STATUSES),
    code: z.string().optional(),
    carrier: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const LanguageFileSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/, "an ISO 639-1 code such as pt"),
    name: z.string().min(1),
    /** Where the phrasing comes from (carrier sites, API docs...): facts, not copied sentences. */
    source: z.string().min(1),
    rules: z.array(TextRuleSchema).min(1),
    /** Sentences written for the tests, one or more per status the file covers. */
    examples: z.array(ExampleSchema).min(1),
  })
  .strict();
export type LanguageFile = z.infer<typeof LanguageFileSchema>;

export const CodeEntrySchema = z
  .object({
    status: z.enum(STATUSES),
    sub: z.enum(SUB_STATUSES).optional(),
    /** What the carrier says the code means. */
    meaning: z.string().min(1),
    /**
     * How much the code alone decides, 0 to 1. Codes that cover several situations
     * ("I": in transit or out for delivery) are low, so the text decides.
     */
    strength: z.number().min(0).max(1).optional(),
    /** A facility scan with no origin or destination cue: the event's place may decide which. */
    generic: z.boolean().optional(),
  })
  .strict();
export type CodeEntry = z.infer<typeof CodeEntrySchema>;

export const CodeTableSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    /**
     * Carrier ids (as in src/domain/tracking-number) whose events use these codes, or `*` for
     * codes that carry their own namespace (Cainiao actionCode, 17TRACK sub-statuses, UPU
     * EMSEVT) and are looked up whatever the carrier.
     */
    carriers: z.array(z.string().min(1)).min(1),
    /** Other names the carrier field may hold ("DHL Paket", "Postes Canada"). */
    aliases: z.array(z.string().min(1)).optional(),
    source: z.string().min(1),
    /** Exact codes, matched after normalisation (upper case, leading zeros of numbers dropped). */
    codes: z.record(z.string(), CodeEntrySchema),
    /** Code prefixes, for families of codes ("CC_IM_" import customs); the longest wins. */
    prefixes: z.record(z.string(), CodeEntrySchema).optional(),
    examples: z.array(ExampleSchema).optional(),
  })
  .strict();
export type CodeTable = z.infer<typeof CodeTableSchema>;
