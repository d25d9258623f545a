/**
 * Dates, day counts, lists and country names in the reader's language, from the ICU data Node
 * ships (Intl): it knows every language's plural forms ("1 день", "3 дня", "5 дней") and date
 * styles, so the catalogs never spell them out.
 */
import type { Tools } from "./catalog.ts";

const cache = new Map<string, Tools>();

export function toolsFor(language: string): Tools {
  const known = cache.get(language);
  if (known) return known;
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
  const dayFormat = new Intl.NumberFormat(language, { style: "unit", unit: "day", unitDisplay: "long" });
  const listFormat = new Intl.ListFormat(language, { style: "long", type: "conjunction" });
  const regions = new Intl.DisplayNames([language], { type: "region", fallback: "code" });
  const tools: Tools = {
    date: (day) => {
      const instant = Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
      return Number.isNaN(instant) ? day : dateFormat.format(instant);
    },
    days: (count) => dayFormat.format(count),
    list: (items) => listFormat.format(items),
    country: (code) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
  cache.set(language, tools);
  return tools;
}
