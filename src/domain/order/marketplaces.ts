/**
 * Marketplaces and how long their Buyer Protection usually lasts, for an estimate when the buyer
 * does not give the end date. AliExpress figures: the seller sets the delivery period, up to 60
 * days under the older rules, 90 for Russia and 120 for Brazil (third-party copies of the help
 * text, noted in shared/reference/anchors-products.md section 7). An estimate is always marked
 * as one; the buyer's own date replaces it.
 */
export interface Marketplace {
  id: string;
  name: string;
  /** Null when we have no published figure to estimate from: the buyer gives the date. */
  protectionDays: number | null;
  /** Longer periods for some destination countries. */
  protectionDaysByCountry?: Record<string, number>;
}

export const MARKETPLACES: readonly Marketplace[] = [
  { id: "aliexpress", name: "AliExpress", protectionDays: 60, protectionDaysByCountry: { RU: 90, BR: 120 } },
  { id: "temu", name: "Temu", protectionDays: null },
  { id: "shein", name: "SHEIN", protectionDays: null },
  { id: "joom", name: "Joom", protectionDays: null },
  { id: "banggood", name: "Banggood", protectionDays: null },
  { id: "ebay", name: "eBay", protectionDays: null },
  { id: "amazon", name: "Amazon", protectionDays: null },
  { id: "other", name: "Other", protectionDays: null },
];

export function findMarketplace(id: string): Marketplace | null {
  const wanted = id
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  return MARKETPLACES.find((marketplace) => marketplace.id === wanted) ?? null;
}

/** Days of Buyer Protection to assume for an order to `country` on `marketplace`. */
export function protectionDays(marketplace: Marketplace, country: string | null): number | null {
  return (country ? marketplace.protectionDaysByCountry?.[country] : undefined) ?? marketplace.protectionDays;
}
