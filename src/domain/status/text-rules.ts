/**
 * Layer 2 of the classifier: phrase rules per language, compiled into one matcher so that an
 * event is read against every language at once (carriers mix languages, and a `lang` given by a
 * source is often wrong). The best-scoring rule wins; a rule's score is the normalised length of
 * the phrases it matched times its weight, so the more specific wording wins: "not delivered"
 * beats "delivered", "export customs" beats "customs".
 */
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { LanguageFile } from "./rule-schema.ts";
import type { Status, SubStatus } from "./statuses.ts";

export interface CompiledRule {
  /** Position in the compiled list, for the per-match counters. */
  slot: number;
  /** Normalised length of the required phrases: the score before weights. */
  length: number;
  lang: string;
  /** Index of the rule in its language file, for the signals. */
  index: number;
  status: Status;
  sub: SubStatus | undefined;
  required: number[];
  excluded: number[];
  weight: number;
  generic: boolean;
  /** The phrases as written, for the signals. */
  phrases: string[];
}

export interface TextMatch {
  rule: CompiledRule;
  score: number;
}

/** A rule of the event's own language counts this much more: it breaks ties between languages. */
const SAME_LANGUAGE_BONUS = 1.1;

/**
 * In a rule, this phrase stands for any country name in any of our languages ("arrived in
 * {country}"), so that one rule covers every country instead of one rule per country.
 */
export const COUNTRY_PLACEHOLDER = "{country}";
/** What a matched country name counts for in a rule's score. */
const COUNTRY_LENGTH = 6;

export class TextRules {
  private readonly matcher = new PhraseMatcher();
  private readonly rules: CompiledRule[] = [];
  /** For each phrase id, the rules that need it. */
  private readonly rulesByPhrase: CompiledRule[][] = [];
  /** Phrase ids of the country names, and the id that stands for any of them. */
  private readonly countryIds = new Set<number>();
  private readonly countryId: number;
  /** Scratch counters for match(), one per rule, always left at zero. */
  private counts: Uint16Array = new Uint16Array(0);

  constructor(files: readonly LanguageFile[], countryNames: readonly string[] = []) {
    for (const name of countryNames) {
      if (name.length >= 4 || name === "usa") this.countryIds.add(this.matcher.add(name));
    }
    this.countryId = -1;
    for (const file of files) {
      file.rules.forEach((rule, index) => {
        const alternatives = rule.any ?? [undefined];
        for (const alternative of alternatives) {
          const phrases = [...(rule.all ?? []), ...(alternative === undefined ? [] : [alternative])];
          const required = [
            ...new Set(
              phrases.map((phrase) =>
                phrase === COUNTRY_PLACEHOLDER ? this.countryId : this.matcher.add(phrase),
              ),
            ),
          ];
          const compiled: CompiledRule = {
            slot: this.rules.length,
            length: required.reduce(
              (sum, id) => sum + (id === this.countryId ? COUNTRY_LENGTH : this.matcher.lengthOf(id)),
              0,
            ),
            lang: file.lang,
            index,
            status: rule.status,
            sub: rule.sub,
            required: phrases.map((phrase) =>
              phrase === COUNTRY_PLACEHOLDER ? this.countryId : this.matcher.add(phrase),
            ),
            excluded: (rule.none ?? []).map((phrase) => this.matcher.add(phrase)),
            weight: rule.weight ?? 1,
            generic: rule.generic ?? false,
            phrases,
          };
          this.rules.push(compiled);
          for (const id of compiled.required) {
            const list = this.rulesByPhrase[id] ?? [];
            list.push(compiled);
            this.rulesByPhrase[id] = list;
          }
        }
      });
    }
    this.allocateCounts();
  }

  private allocateCounts(): void {
    this.counts = new Uint16Array(this.rules.length);
  }

  /** Every rule that applies to the (normalised) text, best first. */
  match(normalized: string, lang?: string): TextMatch[] {
    if (normalized === "") return [];
    const found = this.matcher.match(normalized);
    if (found.size === 0) return [];
    for (const id of found) {
      if (this.countryIds.has(id)) {
        found.add(this.countryId);
        break;
      }
    }
    // Count, per rule, how many of its phrases were found; a rule applies when all were.
    const counts = this.counts;
    const touched: CompiledRule[] = [];
    for (const id of found) {
      for (const rule of this.rulesByPhrase[id] ?? []) {
        const count = (counts[rule.slot] ?? 0) + 1;
        counts[rule.slot] = count;
        if (count === 1) touched.push(rule);
      }
    }
    const matches: TextMatch[] = [];
    for (const rule of touched) {
      const complete = counts[rule.slot] === rule.required.length;
      counts[rule.slot] = 0;
      if (!complete || rule.excluded.some((phrase) => found.has(phrase))) continue;
      const bonus = lang !== undefined && rule.lang === lang ? SAME_LANGUAGE_BONUS : 1;
      matches.push({ rule, score: rule.length * rule.weight * bonus });
    }
    matches.sort((a, b) => b.score - a.score);
    return matches;
  }
}
