/**
 * The carriers ParcelTrail knows, under the stable ids used everywhere (API, storage, config).
 * Couriers and consolidators come from data/carriers.json, national posts from
 * data/postal-operators.json; a post without a named id is `post-xx` (its ISO 3166 code).
 */
import carrierData from "./data/carriers.json" with { type: "json" };
import postalData from "./data/postal-operators.json" with { type: "json" };

export type CarrierKind = "postal" | "courier" | "consolidator";

export interface Carrier {
  id: string;
  name: string;
  kind: CarrierKind;
  /** ISO 3166-1 alpha-2 code of the carrier's home country, when it has one. */
  country: string | null;
  /** Public tracking page; `%s` stands for the number when the page takes it. */
  trackingUrl: string | null;
}

interface CarrierRecord {
  id: string;
  name: string;
  kind?: string;
  country?: string;
  trackingUrl?: string;
}

function toCarrier(record: CarrierRecord, kind: CarrierKind): Carrier {
  return {
    id: record.id,
    name: record.name,
    kind,
    country: record.country ?? null,
    trackingUrl: record.trackingUrl ?? null,
  };
}

const byId = new Map<string, Carrier>();
const postByCountry = new Map<string, Carrier>();
const couriers: Carrier[] = [];

for (const record of postalData.operators) {
  const carrier = toCarrier(record, "postal");
  byId.set(carrier.id, carrier);
  postByCountry.set(record.country, carrier);
}
const KINDS: readonly string[] = ["postal", "courier", "consolidator"] satisfies CarrierKind[];

for (const record of carrierData.carriers as CarrierRecord[]) {
  if (byId.has(record.id)) throw new Error(`carrier id ${record.id} is defined twice`);
  if (!record.kind || !KINDS.includes(record.kind)) {
    throw new Error(`carrier ${record.id} has kind "${record.kind}"; use one of ${KINDS.join(", ")}`);
  }
  const carrier = toCarrier(record, record.kind as CarrierKind);
  byId.set(carrier.id, carrier);
  couriers.push(carrier);
}

/** Every known carrier, couriers and consolidators first, then posts by country code. */
export const ALL_CARRIERS: readonly Carrier[] = [...couriers, ...postByCountry.values()];

export function getCarrier(id: string): Carrier | undefined {
  return byId.get(id);
}

/** The designated postal operator of a country (the issuer of S10 numbers ending in its code). */
export function postalOperatorFor(countryCode: string): Carrier | undefined {
  return postByCountry.get(countryCode);
}

/** The carrier's tracking page for this number, or its landing page when it cannot take one. */
export function trackingUrlFor(carrier: Carrier, number: string): string | null {
  const template = carrier.trackingUrl;
  if (!template) return null;
  return template.includes("%s") ? template.replace("%s", encodeURIComponent(number)) : template;
}
