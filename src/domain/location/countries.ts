/**
 * Country names and codes in many languages, from i18n-iso-countries (its locale data is the
 * source), plus the display names carriers use that it does not know ("Mainland China").
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import cs from "i18n-iso-countries/langs/cs.json" with { type: "json" };
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import he from "i18n-iso-countries/langs/he.json" with { type: "json" };
import id from "i18n-iso-countries/langs/id.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" };
import ko from "i18n-iso-countries/langs/ko.json" with { type: "json" };
import nl from "i18n-iso-countries/langs/nl.json" with { type: "json" };
import pl from "i18n-iso-countries/langs/pl.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import sv from "i18n-iso-countries/langs/sv.json" with { type: "json" };
import th from "i18n-iso-countries/langs/th.json" with { type: "json" };
import tr from "i18n-iso-countries/langs/tr.json" with { type: "json" };
import uk from "i18n-iso-countries/langs/uk.json" with { type: "json" };
import vi from "i18n-iso-countries/langs/vi.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import extraNames from "./data/country-aliases.json" with { type: "json" };

const LOCALES = [en, zh, es, pt, fr, de, it, pl, ru, uk, nl, ko, ja, tr, he, cs, id, ar, sv, th, vi];

/** Lower case, accents dropped, punctuation as spaces: the key for name lookups. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const locale of LOCALES) {
    countries.registerLocale(locale);
    for (const [code, value] of Object.entries(countries.getNames(locale.locale, { select: "all" }))) {
      for (const name of value) {
        const key = nameKey(name);
        // Two-letter "names" (US, UK) are codes, handled separately with their ambiguity.
        if (key.length > 2 && !byName.has(key)) byName.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(extraNames.names)) byName.set(nameKey(name), code);
  return byName;
}

/** Every country name we know (all languages, aliases included), normalised. */
export function allCountryNames(): string[] {
  return [...names().keys()];
}

/** The ISO 3166-1 alpha-2 code for a country name in any of our languages, or null. */
export function countryByName(name: string): string | null {
  return names().get(nameKey(name)) ?? null;
}

export function isCountryCode(code: string): boolean {
  return code.length === 2 && countries.isValid(code);
}

/** ISO alpha-3 ("DEU", "HKG") to alpha-2, or null. */
export function countryByAlpha3(code: string): string | null {
  return countries.alpha3ToAlpha2(code.toUpperCase()) ?? null;
}
