/** The labelled event corpus (test/fixtures/event-corpus), for the benchmark and the miss lister. */
import { readFileSync } from "node:fs";
import type { Status } from "../src/domain/status/statuses.ts";

export interface CorpusEvent {
  text: string;
  carrier: string;
  lang: string;
  code: string | null;
  location: string | null;
  label: Status;
  ambiguous?: boolean;
}

export const EVENT_CORPUS = new URL("../test/fixtures/event-corpus/events.jsonl", import.meta.url);

export function loadEventCorpus(file: URL | string = EVENT_CORPUS): CorpusEvent[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CorpusEvent);
}
