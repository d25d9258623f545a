/**
 * The shipping methods we know, looked up by id, name or alias, with a suggestion when a name is
 * not known ("Aliexpres Standart" -> AliExpress Standard Shipping).
 */
import { distance } from "fastest-levenshtein";
import { z } from "zod";
import raw from "./data/shipping-methods.json" with { type: "json" };

/** A pair of day counts, the second not below the first: (typical, long) or (watch, long). */
const DayRange = z
  .tuple([z.number().nonnegative(), z.number().nonnegative()])
  .refine(([low, high]) => high >= low, "the second number must not be below the first");

/** One stage of a method's journey: how long a parcel spends in it and how long it may stay quiet. */
export const StageProfileSchema = z.object({ days: DayRange, quietDays: DayRange });
export type StageProfile = z.infer<typeof StageProfileSchema>;

/** The stages a profile describes: every stage a parcel waits in (not `done`). */
export const PROFILED_STAGES = ["pre_transit", "origin", "line_haul", "destination", "final_mile"] as const;
export type ProfiledStage = (typeof PROFILED_STAGES)[number];

export const MethodSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  totalDays: DayRange,
  tracking: z.enum(["detailed", "good", "varies", "limited"]),
  stages: z.object({
    pre_transit: StageProfileSchema,
    origin: StageProfileSchema,
    line_haul: StageProfileSchema,
    destination: StageProfileSchema,
    final_mile: StageProfileSchema,
  }),
});
export type ShippingMethod = z.infer<typeof MethodSchema>;

const MethodsFileSchema = z.object({ methods: z.array(MethodSchema), processingDays: DayRange });
const methodsFile = MethodsFileSchema.parse(raw);

export const SHIPPING_METHODS: readonly ShippingMethod[] = methodsFile.methods;

/** Days a seller usually takes to ship after the order: typical, long. */
export const PROCESSING_DAYS: readonly [number, number] = methodsFile.processingDays;

/** The profile used when the order's method is not known: the widest one, the seller's own method. */
export const FALLBACK_METHOD_ID = "seller-shipping";

/** A method name as compared: no accents, case or punctuation ("AliExpress-Standard" = "aliexpress standard"). */
export function methodKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const byKey = new Map<string, ShippingMethod>();
for (const method of SHIPPING_METHODS) {
  for (const name of [method.id, method.name, ...method.aliases]) byKey.set(methodKey(name), method);
}

export function findShippingMethod(name: string): ShippingMethod | null {
  return byKey.get(methodKey(name)) ?? null;
}

/** The known method whose name or alias is closest to `name`, when it is close enough to be a typo. */
export function closestShippingMethod(name: string): ShippingMethod | null {
  const wanted = methodKey(name);
  let best: { method: ShippingMethod; score: number } | null = null;
  for (const [candidate, method] of byKey) {
    const score = distance(wanted, candidate) / Math.max(wanted.length, candidate.length, 1);
    if (!best || score < best.score) best = { method, score };
  }
  return best && best.score <= 0.4 ? best.method : null;
}
