/**
 * The shipping methods we know, looked up by id, name or alias, with a suggestion when a name is
 * not known ("Aliexpres Standart" -> AliExpress Standard Shipping).
 */
import { distance } from "fastest-levenshtein";
import { z } from "zod";
import raw from "./data/shipping-methods.json" with { type: "json" };

const MethodSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  totalDays: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  tracking: z.enum(["detailed", "good", "varies", "limited"]),
});
export type ShippingMethod = z.infer<typeof MethodSchema>;

export const SHIPPING_METHODS: readonly ShippingMethod[] = z
  .object({ methods: z.array(MethodSchema) })
  .parse(raw).methods;

function key(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const byKey = new Map<string, ShippingMethod>();
for (const method of SHIPPING_METHODS) {
  for (const name of [method.id, method.name, ...method.aliases]) byKey.set(key(name), method);
}

export function findShippingMethod(name: string): ShippingMethod | null {
  return byKey.get(key(name)) ?? null;
}

/** The known method whose name or alias is closest to `name`, when it is close enough to be a typo. */
export function closestShippingMethod(name: string): ShippingMethod | null {
  const wanted = key(name);
  let best: { method: ShippingMethod; score: number } | null = null;
  for (const [candidate, method] of byKey) {
    const score = distance(wanted, candidate) / Math.max(wanted.length, candidate.length, 1);
    if (!best || score < best.score) best = { method, score };
  }
  return best && best.score <= 0.4 ? best.method : null;
}
