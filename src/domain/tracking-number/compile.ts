/**
 * Turns a format definition into a matcher over normalised numbers. The vendored regexes are
 * written to tolerate spaces between characters; detection matches normalised input, which has
 * none, so those `\s*` are dropped and the pattern anchored to the whole number.
 */
import {
  luhnCheckDigit,
  mod7CheckDigit,
  mod10CheckDigit,
  mod37_36CheckCharacter,
  s10CheckDigit,
  sumProductCheckDigit,
} from "./checksum.ts";
import type { ChecksumDefinition, FormatExtension, LookupEntry } from "./definition-schema.ts";
import type { LoadedFormat } from "./formats.ts";

export type ChecksumState = "valid" | "invalid" | "none";

export interface FormatMatch {
  format: CompiledFormat;
  checksum: ChecksumState;
  /** The check digit the rest of the number calls for, when the printed one differs. */
  expectedCheck: string | null;
  groups: Record<string, string>;
  /** Descriptive fields of each `additional` lookup that matched, by lookup name. */
  lookups: Record<string, LookupEntry>;
  /** Names of required lookups that did not match (S10 with an unknown country code). */
  missingLookups: string[];
}

interface CompiledLookup {
  name: string;
  group: string;
  exact: Map<string, LookupEntry>;
  patterns: Array<{ regex: RegExp; entry: LookupEntry }>;
}

export interface CompiledFormat {
  key: string;
  name: string;
  origin: LoadedFormat["origin"];
  extension: FormatExtension;
  /** Position in the load order: the tie-breaker between equally confident candidates. */
  rank: number;
  /** Whether the format carries a check digit that detection verifies. */
  hasCheckDigit: boolean;
  regex: RegExp;
  match(normalized: string): FormatMatch | null;
}

type CheckFunction = (serial: string) => string;

function checkFunction(definition: ChecksumDefinition): CheckFunction {
  switch (definition.name) {
    case "s10":
      return (serial) => String(s10CheckDigit(serial));
    case "mod10": {
      const options = {
        evensMultiplier: definition.evens_multiplier,
        oddsMultiplier: definition.odds_multiplier,
        reverse: definition.reverse ?? false,
      };
      return (serial) => String(mod10CheckDigit(serial, options));
    }
    case "mod7":
      return (serial) => String(mod7CheckDigit(serial));
    case "luhn":
      return (serial) => String(luhnCheckDigit(serial));
    case "mod_37_36":
      return (serial) => mod37_36CheckCharacter(serial);
    case "sum_product_with_weightings_and_modulo": {
      const { weightings, modulo1, modulo2 } = definition;
      return (serial) => String(sumProductCheckDigit(serial, weightings, modulo1, modulo2));
    }
  }
}

/**
 * Drops what a normalised number cannot contain: the vendored patterns' space tolerance (`\\s*`)
 * and literal dashes outside character classes (LaserShip's `…-1` suffix), which normalisation
 * removes from the input too.
 */
export function compilePattern(regex: string | string[]): RegExp {
  const source = (Array.isArray(regex) ? regex.join("") : regex).replaceAll("\\s*", "");
  let result = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") {
      const escaped = source.charAt(i + 1);
      i++;
      if (!(escaped === "-" && !inClass)) result += char + escaped;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (char === "-" && !inClass) continue;
    result += char;
  }
  return new RegExp(`^(?:${result})$`);
}

function compileLookup(name: string, group: string, entries: LookupEntry[]): CompiledLookup {
  const lookup: CompiledLookup = { name, group, exact: new Map(), patterns: [] };
  for (const entry of entries) {
    if (entry.matches !== undefined) lookup.exact.set(entry.matches, entry);
    else if (entry.matches_regex !== undefined) {
      lookup.patterns.push({ regex: new RegExp(`^(?:${entry.matches_regex})$`), entry });
    }
  }
  return lookup;
}

function findInLookup(lookup: CompiledLookup, value: string): LookupEntry | undefined {
  const exact = lookup.exact.get(value);
  if (exact) return exact;
  for (const { regex, entry } of lookup.patterns) if (regex.test(value)) return entry;
  return undefined;
}

export function compileFormat(loaded: LoadedFormat, rank: number): CompiledFormat {
  const { definition } = loaded;
  const regex = compilePattern(definition.regex);
  const checksum = definition.validation.checksum;
  const computeCheck = checksum ? checkFunction(checksum) : null;
  const prepend = definition.validation.serial_number_format?.prepend_if;
  const prependRegex = prepend ? new RegExp(prepend.matches_regex) : null;
  const required = definition.validation.additional?.exists ?? [];
  const lookups = (definition.additional ?? []).map((a) =>
    compileLookup(a.name, a.regex_group_name, a.lookup),
  );

  const format: CompiledFormat = {
    key: loaded.key,
    name: definition.name,
    origin: loaded.origin,
    extension: loaded.extension,
    rank,
    hasCheckDigit: computeCheck !== null,
    regex,
    match(normalized) {
      const result = regex.exec(normalized);
      if (!result) return null;
      const groups: Record<string, string> = {};
      if (result.groups) {
        for (const [name, value] of Object.entries(result.groups))
          if (value !== undefined) groups[name] = value;
      }

      let state: ChecksumState = "none";
      let expectedCheck: string | null = null;
      if (computeCheck) {
        let serial = groups.SerialNumber ?? "";
        if (prepend && prependRegex?.test(serial)) serial = prepend.content + serial;
        const expected = computeCheck(serial);
        state = expected === groups.CheckDigit ? "valid" : "invalid";
        if (state === "invalid") expectedCheck = expected;
      }

      const matched: Record<string, LookupEntry> = {};
      for (const lookup of lookups) {
        const value = groups[lookup.group];
        const entry = value === undefined ? undefined : findInLookup(lookup, value);
        if (entry) matched[lookup.name] = entry;
      }
      const missingLookups = required.filter((name) => !(name in matched));
      return { format, checksum: state, expectedCheck, groups, lookups: matched, missingLookups };
    },
  };
  return format;
}
