/**
 * The classifier built from the shipped data, validated once at first use. A data file that does
 * not match the schema stops the load with the file and the field at fault.
 */
import { z } from "zod";
import { allCountryNames } from "../location/countries.ts";
import { type Classification, Classifier, type EventInput } from "./classify.ts";
import { CodeTables } from "./code-tables.ts";
import { CODE_TABLE_FILES } from "./data/codes/index.ts";
import { LANGUAGE_FILES } from "./data/text/index.ts";
import { type CodeTable, CodeTableSchema, type LanguageFile, LanguageFileSchema } from "./rule-schema.ts";
import { TextRules } from "./text-rules.ts";

function parseAll<T>(schema: z.ZodType<T>, files: readonly unknown[], what: string): T[] {
  return files.map((file, index) => {
    const result = schema.safeParse(file);
    if (result.success) return result.data;
    const name = (file as { lang?: string; id?: string }).lang ?? (file as { id?: string }).id ?? `#${index}`;
    throw new Error(`${what} ${name} is invalid: ${z.prettifyError(result.error)}`);
  });
}

export function loadLanguageFiles(): LanguageFile[] {
  return parseAll(LanguageFileSchema, LANGUAGE_FILES, "language file");
}

export function loadCodeTables(): CodeTable[] {
  return parseAll(CodeTableSchema, CODE_TABLE_FILES, "code table");
}

let shared: Classifier | undefined;

export function defaultClassifier(): Classifier {
  shared ??= new Classifier(
    new CodeTables(loadCodeTables()),
    new TextRules(loadLanguageFiles(), allCountryNames()),
  );
  return shared;
}

/** Classifies one event with the shipped code tables and phrase rules. Never throws on bad input. */
export function classifyEvent(input: EventInput): Classification {
  return defaultClassifier().classify(input);
}
