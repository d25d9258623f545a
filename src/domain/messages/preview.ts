/**
 * Prints every sentence of one language, filled with the sample facts, for a reader to check:
 * `npx node src/domain/messages/preview.ts ru`.
 */
import type { Catalog } from "./catalog.ts";
import { SAMPLE_FACTS } from "./sample-facts.ts";
import { toolsFor } from "./tools.ts";

const language = process.argv[2] ?? "en";
const module = (await import(`./${language}.ts`)) as Record<string, Catalog>;
const catalog = module[language];
if (!catalog) throw new Error(`src/domain/messages/${language}.ts exports no "${language}" catalog`);
const tools = toolsFor(language);
const out: string[] = [];
const section = (title: string) => out.push(`\n== ${title}`);
section("verdicts");
for (const [key, text] of Object.entries(catalog.verdicts)) out.push(`${key}: ${text}`);
section("stages");
for (const [key, text] of Object.entries(catalog.stages)) out.push(`${key}: ${text}`);
section("words");
for (const [key, text] of Object.entries(catalog.words)) out.push(`${key}: ${text}`);
section("evidence");
for (const [key, text] of Object.entries(catalog.evidence)) out.push(`${key}: ${text}`);
SAMPLE_FACTS.forEach((facts, index) => {
  section(`facts #${index + 1}`);
  for (const [key, line] of Object.entries(catalog.reasons)) out.push(`reason ${key}: ${line(facts, tools)}`);
  for (const [key, title] of Object.entries(catalog.playbookTitles)) {
    out.push(`playbook ${key}: ${title}`);
    for (const step of catalog.steps[key as keyof typeof catalog.steps](facts, tools))
      out.push(`  - ${step}`);
  }
  for (const [key, line] of Object.entries(catalog.messages))
    out.push(`message ${key}: ${line(facts, tools)}`);
  for (const [key, line] of Object.entries(catalog.disputes))
    out.push(`dispute ${key}: ${line(facts, tools)}`);
});
process.stdout.write(`${out.join("\n")}\n`);
