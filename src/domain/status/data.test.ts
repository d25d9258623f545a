/**
 * The shipped data: every language file and code table loads, the languages the product
 * promises are there, and every example written in the data classifies as its file says.
 */
import { describe, expect, it } from "vitest";
import { classifyEvent, loadCodeTables, loadLanguageFiles } from "./default-classifier.ts";

const REQUIRED_LANGUAGES = [
  "en",
  "zh",
  "es",
  "pt",
  "fr",
  "de",
  "it",
  "pl",
  "ru",
  "uk",
  "nl",
  "ko",
  "ja",
  "tr",
  "he",
  "cs",
  "id",
];
const REQUIRED_TABLES = [
  "cainiao",
  "upu",
  "usps",
  "ups",
  "fedex",
  "dhl",
  "la-poste",
  "deutsche-post",
  "royal-mail",
  "canada-post",
  "australia-post",
  "seventeen-track",
  "aftership",
];

const languages = loadLanguageFiles();
const tables = loadCodeTables();

describe("language files", () => {
  it("cover every promised language, once each", () => {
    const langs = languages.map((file) => file.lang);
    for (const lang of REQUIRED_LANGUAGES) expect(langs).toContain(lang);
    expect(new Set(langs).size).toBe(langs.length);
  });

  for (const file of languages) {
    describe(`${file.lang} (${file.name})`, () => {
      it("has rules for the main statuses and examples for each status it covers", () => {
        const ruled = new Set(file.rules.map((rule) => rule.status));
        const exampled = new Set(file.examples.map((example) => example.status));
        for (const status of ["delivered", "out_for_delivery", "customs"] as const)
          expect(ruled).toContain(status);
        for (const status of ruled)
          expect(exampled, `${file.lang} has no example for ${status}`).toContain(status);
      });

      it.each(file.examples.map((example) => [example.text, example.status, example]))(
        "%s → %s",
        (_text, status, example) => {
          const result = classifyEvent({
            text: example.text,
            code: example.code,
            carrier: example.carrier,
            lang: file.lang,
          });
          expect(result.status).toBe(status);
        },
      );
    });
  }
});

describe("code tables", () => {
  it("include every promised carrier and aggregator table", () => {
    const ids = tables.map((table) => table.id);
    for (const id of REQUIRED_TABLES) expect(ids).toContain(id);
  });

  for (const table of tables) {
    describe(table.id, () => {
      it("has codes and examples", () => {
        expect(Object.keys(table.codes).length + Object.keys(table.prefixes ?? {}).length).toBeGreaterThan(0);
        expect(table.examples?.length ?? 0).toBeGreaterThan(0);
      });

      it.each((table.examples ?? []).map((example) => [example.code ?? "", example.status, example]))(
        "code %s → %s",
        (_code, status, example) => {
          const carrier = example.carrier ?? (table.carriers[0] === "*" ? undefined : table.carriers[0]);
          const result = classifyEvent({ text: example.text, code: example.code, carrier });
          expect(result.status).toBe(status);
          expect(result.signals.some((signal) => signal.kind === "code" && signal.table === table.id)).toBe(
            true,
          );
        },
      );
    });
  }
});
