/**
 * The catalogs, one per language: the explicit list of what the CLI and the evidence pack can
 * speak. Adding a language: write `xx.ts` after `en.ts`, add it here and to LANGUAGES in
 * catalog.ts; the catalog test renders every sentence of it.
 */
import type { Catalog, Language } from "./catalog.ts";
import { LANGUAGES } from "./catalog.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";

export const CATALOGS: Record<Language, Catalog> = { en, es, fr, pt, ru, pl, de };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The catalog for `language` ("pt-BR" reads as "pt"); English when we do not have it. */
export function catalogFor(language: string): Catalog {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? "en";
  return isLanguage(base) ? CATALOGS[base] : en;
}

export { LANGUAGES, type Language } from "./catalog.ts";
