/**
 * Carrier location strings to country, region and city where they can be told:
 * "SHENZHEN, CN", "Seattle, WA, 98101, US", "LONDON-HEATHROW - UNITED KINGDOM", "Mechelen (BE)",
 * "CH-8010 Zürich 1", "Madrid CTA", "Lyon PFC", "MOSCOW 102", "Deutschland", "KEW VIC".
 *
 * The country comes from, in order: a country code or name in the last parts (ISO alpha-2 or
 * alpha-3, a name in any of our languages), a US/Canadian/Australian region code, a postal
 * code prefix ("CH-8010"), a facility marker that only one post uses ("CTA"), and last a
 * gazetteer of hub cities. Nothing is guessed beyond that: an unknown place has no country.
 */
import { countryByAlpha3, countryByName, isCountryCode, nameKey } from "./countries.ts";
import markerData from "./data/facility-markers.json" with { type: "json" };
import hubData from "./data/hub-cities.json" with { type: "json" };
import regionData from "./data/regions.json" with { type: "json" };

export interface ParsedLocation {
  raw: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** State or province code, for the countries whose carriers print one (US, CA, AU). */
  region?: string;
  city?: string;
  postalCode?: string;
  /** How the country was found, so that a caller can weigh it. */
  countryFrom?: "code" | "name" | "region" | "postal-prefix" | "facility" | "city";
}

const REGIONS = regionData.regions as Record<string, Record<string, string>>;
const MARKERS = markerData.markers as Record<string, string | null>;

let hubCities: Map<string, string> | undefined;
function hubCountry(name: string): string | undefined {
  if (!hubCities) {
    hubCities = new Map();
    for (const [country, cities] of Object.entries(hubData.cities)) {
      for (const city of cities) hubCities.set(nameKey(city), country);
    }
  }
  return hubCities.get(nameKey(name));
}

/** The IANA zone of a region code, for the time-zone guess. */
export function regionZone(country: string, region: string): string | undefined {
  return REGIONS[country]?.[region];
}

function regionCountries(code: string): string[] {
  return Object.keys(REGIONS).filter((country) => REGIONS[country]?.[code] !== undefined);
}

const POSTAL_PREFIX = /^([A-Z]{2})-(\d{4,6})\b/;
const ZIP = /^\d{5}(?:-\d{4})?$|^\d{5}-\d{3}$|^[A-Z]\d[A-Z] ?\d[A-Z]\d$|^\d{4,6}$/i;
/** A postcode written as a word of the city part: "28001 Madrid", "Madrid 28001". */
const CITY_POSTCODE = /^\d{4,6}$/;

/**
 * The postcodes of the countries whose region codes we read. A postcode next to a code that is
 * both a region and a country ("ES": Espírito Santo or Spain) makes it a region only when it is
 * that region's country's postcode: "Vitoria, ES, 29000-000" is Brazil, "Madrid, 28001, ES" Spain.
 */
const REGION_POSTCODES: Record<string, RegExp> = {
  US: /^\d{5}(?:-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  AU: /^\d{4}$/,
  BR: /^\d{5}-\d{3}$/,
};

function splitParts(raw: string): string[] {
  return raw
    .replace(/[()[\]【】（）]/g, ",")
    .split(/\s*[,;/|]\s*|\s+-\s+|\s+–\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "-" && !/^the$/i.test(part));
}

/**
 * City words without postcodes, facility numbers and markers: "28001 Madrid" → "Madrid" (postcode
 * 28001), "MOSCOW 102" → "MOSCOW", "Lyon PFC" → "Lyon".
 */
function cleanCity(part: string): { city: string; marker?: string; postcode?: string } {
  const words = part.split(/\s+/);
  let marker: string | undefined;
  let postcode: string | undefined;
  // 苏州市, 广东省: the Han suffixes for city and province.
  if (words.length === 1 && /[\u4e00-\u9fff]{2,}[市省区縣县]$/u.test(part))
    return { city: part.slice(0, -1) };
  if (words.length > 1 && CITY_POSTCODE.test(words[0] ?? "") && /\p{L}/u.test(words[1] ?? "")) {
    postcode = words.shift();
  }
  while (words.length > 1) {
    const last = words[words.length - 1] ?? "";
    const upper = last.toUpperCase();
    if (/^\d+[A-Z]?$/i.test(last)) {
      words.pop();
      if (CITY_POSTCODE.test(last)) postcode ??= last;
    } else if (upper in MARKERS) {
      marker ??= upper;
      words.pop();
    } else break;
  }
  return { city: words.join(" "), marker, postcode };
}

function titleCase(city: string): string {
  if (city !== city.toUpperCase()) return city;
  return city
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export function parseLocation(raw: string | null | undefined): ParsedLocation {
  const text = typeof raw === "string" ? raw.trim().slice(0, 300) : "";
  const result: ParsedLocation = { raw: text };
  if (text === "") return result;

  const prefix = POSTAL_PREFIX.exec(text);
  const parts = splitParts(prefix ? text.slice(prefix[0].length) : text);
  if (prefix?.[1] && isCountryCode(prefix[1])) {
    result.country = prefix[1];
    result.postalCode = prefix[2];
    result.countryFrom = "postal-prefix";
  }

  const postcodes = parts.filter((part) => ZIP.test(part));
  const cityCountry = hubCountry(cleanCity(parts[0] ?? "").city);
  // Country and region: from the end, where carriers put them.
  const used = new Set<number>();
  for (let i = parts.length - 1; i >= 0 && i >= parts.length - 3; i--) {
    const part = parts[i] ?? "";
    const upper = part.toUpperCase();
    if (ZIP.test(part)) {
      result.postalCode ??= part;
      used.add(i);
      continue;
    }
    if (/^[A-Z]{2,3}$/.test(upper) && part.length <= 3) {
      const regionOf = regionCountries(upper);
      const isIso2 = upper.length === 2 && isCountryCode(upper);
      // "San Francisco, CA" is California; "Lyon, FR" is France. A region code next to a postcode
      // of its country, or before an explicit country, is a region; a country code after a city
      // of that country ("Berlin, 10115, DE") is the country.
      const laterCountry = result.country !== undefined;
      const cityAgrees = cityCountry !== undefined && regionOf.includes(cityCountry);
      const cityIsThere = isIso2 && !laterCountry && cityCountry === upper;
      const zipCountry = regionOf.find((country) =>
        postcodes.some((postcode) => REGION_POSTCODES[country]?.test(postcode)),
      );
      const isRegion = zipCountry !== undefined || laterCountry || !isIso2 || cityAgrees;
      if (regionOf.length > 0 && isRegion && !cityIsThere && !result.region) {
        const preferred = cityAgrees ? cityCountry : zipCountry;
        const country =
          result.country && regionOf.includes(result.country) ? result.country : (preferred ?? regionOf[0]);
        if (country && (!result.country || result.country === country)) {
          result.region = upper;
          result.country ??= country;
          result.countryFrom ??= "region";
          used.add(i);
          continue;
        }
      }
      if (!result.country && isIso2) {
        result.country = upper;
        result.countryFrom = "code";
        used.add(i);
        continue;
      }
      const alpha3 = upper.length === 3 ? countryByAlpha3(upper) : null;
      if (!result.country && alpha3) {
        result.country = alpha3;
        result.countryFrom = "code";
        used.add(i);
        continue;
      }
    }
    const byName = countryByName(part) ?? countryByName(part.replace(/,?\s*the$/i, ""));
    if (byName && (!result.country || result.country === byName)) {
      result.country ??= byName;
      result.countryFrom ??= "name";
      used.add(i);
    }
  }

  // "KEW VIC", "OAKLEIGH SOUTH VIC": a region code as the last word of a single part.
  if (!result.country) {
    const last = parts[parts.length - 1] ?? "";
    const words = last.split(/\s+/);
    const tail = words[words.length - 1]?.toUpperCase() ?? "";
    if (words.length > 1 && tail.length === 3 && regionCountries(tail).length === 1) {
      result.country = regionCountries(tail)[0];
      result.region = tail;
      result.countryFrom = "region";
      parts[parts.length - 1] = words.slice(0, -1).join(" ");
    }
  }

  // The city is the last part before the region and country: "1785 MAIN ST, SUDBURY, ON, CA".
  const cityIndex = parts.findLastIndex((part, index) => !used.has(index) && /\p{L}/u.test(part));
  if (cityIndex >= 0) {
    const { city, marker, postcode } = cleanCity(parts[cityIndex] ?? "");
    if (city !== "") result.city = titleCase(city);
    if (postcode) result.postalCode ??= postcode;
    const markerCountry = marker ? MARKERS[marker] : undefined;
    if (!result.country && markerCountry) {
      result.country = markerCountry;
      result.countryFrom = "facility";
    }
    if (!result.country && result.city) {
      const fromCity = hubCountry(result.city) ?? hubCountry(result.city.split(/[\s-]/)[0] ?? "");
      if (fromCity) {
        result.country = fromCity;
        result.countryFrom = "city";
      } else {
        const named = countryByName(result.city);
        if (named) {
          result.country = named;
          result.countryFrom = "name";
          delete result.city;
        }
      }
    }
  }
  // A hub city or country name leading any part ("Singapore Changi Airport"), when the ends said nothing.
  if (!result.country) {
    for (const part of parts) {
      const words = part.split(/\s+/);
      for (const n of [3, 2, 1]) {
        if (words.length < n) continue;
        const lead = words.slice(0, n).join(" ");
        const city = hubCountry(lead);
        const found = city ?? countryByName(lead);
        if (found) {
          result.country = found;
          result.countryFrom = city ? "city" : "name";
          break;
        }
      }
      if (result.country) break;
    }
  }
  return result;
}
