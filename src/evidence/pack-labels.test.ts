/**
 * The evidence pack's labels (`Catalog.pack`) in every language: each one filled in and cleanly
 * spaced, translated, and the label-colon-value form ("Days left: 7") the CLI prints too.
 */
import { describe, expect, it } from "vitest";
import { BUYER_REPORT_KINDS } from "../domain/assess/types.ts";
import { LANGUAGES, type Language, type PackLabels } from "../domain/messages/catalog.ts";
import { CATALOGS } from "../domain/messages/index.ts";

/** Every label of a catalog's `pack`, functions called with sample values, keyed the same in every language. */
function rendered(labels: PackLabels): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === "string") out.set(key, value);
  }
  out.set("orderName", labels.orderName("8190000000000001", 7));
  out.set("orderName #id", labels.orderName(null, 7));
  out.set("generated", labels.generated("2026-11-21 10:00:00 UTC"));
  out.set("asOf", labels.asOf("2026-11-20 10:00:00 UTC"));
  out.set("version", labels.version("0.1.0"));
  out.set("page", labels.page(2, 5));
  out.set("field", labels.field(labels.size, "512"));
  out.set("bytes", labels.bytes(512));
  for (const kind of BUYER_REPORT_KINDS) out.set(`reportKinds ${kind}`, labels.reportKinds[kind]);
  return out;
}

const LEFTOVERS = ["undefined", "null", "NaN", "[object", "${", "{page}"];
const SPACES = "[ \\u00a0\\u202f]";

function problems(language: Language, text: string): string[] {
  const found: string[] = [];
  if (text.trim() === "") return ["empty"];
  for (const bad of LEFTOVERS) if (text.includes(bad)) found.push(`contains "${bad}"`);
  if (text !== text.trim()) found.push("leading or trailing space");
  if (new RegExp(`${SPACES}{2}`).test(text)) found.push("doubled space");
  if (new RegExp(`${SPACES}[,.)]`).test(text)) found.push("space before , . or )");
  if (language === "fr") {
    if (/ [;:?!]/.test(text)) found.push("plain space before ; : ? ! (French wants a no-break space)");
    if (/[^\s\u00a0][;:?!](\s|$)/.test(text)) found.push("no space before ; : ? !");
  } else if (new RegExp(`${SPACES}[;:?!]`).test(text)) {
    found.push("space before ; : ? !");
  }
  return found;
}

/** Labels that are the same word in English and in some language ("Status", "Notes", "SHA-256"). */
const SAME_AS_ENGLISH = new Set(["sha256", "status", "notes", "destination", "sources", "source", "bytes"]);

describe.each(LANGUAGES)("the pack's labels in %s", (language) => {
  const catalog = CATALOGS[language];
  const labels = rendered(catalog.pack);

  it("are all filled in and cleanly spaced", () => {
    const found: string[] = [];
    for (const [key, text] of labels)
      for (const problem of problems(language, text)) found.push(`${key} (${problem}): ${text}`);
    expect(found).toEqual([]);
  });

  it.skipIf(language === "en")("are translated", () => {
    const english = rendered(CATALOGS.en.pack);
    const same = [...labels].filter(([key, text]) => !SAME_AS_ENGLISH.has(key) && english.get(key) === text);
    expect(same.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it("fill in their values: the order, the page numbers, the times", () => {
    expect(labels.get("orderName")).toContain("8190000000000001");
    expect(labels.get("orderName #id")).toContain("#7");
    expect(labels.get("page")).toMatch(/2\D+5/);
    expect(labels.get("generated")).toContain("2026-11-21 10:00:00 UTC");
    expect(labels.get("asOf")).toContain("2026-11-20 10:00:00 UTC");
    expect(labels.get("version")).toContain("0.1.0");
    expect(labels.get("bytes")).toMatch(/^512[\u00a0 ]\S+$/);
  });

  it("print a label, a colon and the value, as the CLI does: days left: 7", () => {
    const colon = language === "fr" ? "\u00a0:" : ":";
    expect(catalog.pack.field(catalog.words.daysLeft, "7")).toBe(`${catalog.words.daysLeft}${colon} 7`);
  });

  it("never reuse a key of `words`: the pack shows both side by side", () => {
    const shared = Object.keys(catalog.pack).filter((key) => key in catalog.words);
    expect(shared).toEqual([]);
  });
});
