/**
 * The time zone of a place, for carrier times given as local wall-clock time with no zone.
 * A region code decides where the carrier gives one (US states, Canadian provinces, Australian
 * and Brazilian states); otherwise the country's zone from countries-and-timezones, and for the
 * countries spanning several zones the zone where most of their parcel traffic is handled.
 */
import ct from "countries-and-timezones";
import type { ParsedLocation } from "./parse-location.ts";
import { regionZone } from "./parse-location.ts";

/** Countries with several zones: the zone of their main parcel hubs and most people. */
const MAIN_ZONE: Record<string, string> = {
  US: "America/New_York",
  CA: "America/Toronto",
  RU: "Europe/Moscow",
  BR: "America/Sao_Paulo",
  AU: "Australia/Sydney",
  CN: "Asia/Shanghai",
  MX: "America/Mexico_City",
  ID: "Asia/Jakarta",
  KZ: "Asia/Almaty",
  AR: "America/Argentina/Buenos_Aires",
  CL: "America/Santiago",
  ES: "Europe/Madrid",
  PT: "Europe/Lisbon",
  DE: "Europe/Berlin",
  NZ: "Pacific/Auckland",
  UA: "Europe/Kyiv",
  MY: "Asia/Kuala_Lumpur",
  EC: "America/Guayaquil",
  FR: "Europe/Paris",
  GB: "Europe/London",
  NL: "Europe/Amsterdam",
  DK: "Europe/Copenhagen",
  MN: "Asia/Ulaanbaatar",
  CD: "Africa/Kinshasa",
  PF: "Pacific/Tahiti",
  KI: "Pacific/Tarawa",
  FM: "Pacific/Pohnpei",
  UZ: "Asia/Tashkent",
  PS: "Asia/Gaza",
  CY: "Asia/Nicosia",
  GL: "America/Nuuk",
  UM: "Pacific/Midway",
};

export interface ZoneGuess {
  zone: string;
  from: "region" | "country";
}

export function zoneForCountry(country: string): string | null {
  const main = MAIN_ZONE[country];
  if (main) return main;
  const zones = ct.getCountry(country)?.timezones ?? [];
  return zones[0] ?? null;
}

export function zoneForLocation(place: ParsedLocation): ZoneGuess | null {
  if (place.country && place.region) {
    const zone = regionZone(place.country, place.region);
    if (zone) return { zone, from: "region" };
  }
  if (place.country) {
    const zone = zoneForCountry(place.country);
    if (zone) return { zone, from: "country" };
  }
  return null;
}
