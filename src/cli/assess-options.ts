/**
 * What `assess`, `message`, `evidence` and `list --needs-attention` share: the configuration of
 * the data dir, the language (--lang over PARCELTRAIL_LANG over the config file) and the moment
 * to judge at (--now over PARCELTRAIL_NOW over the clock).
 */
import type { Command } from "commander";
import { type Config, dataDirOf, loadConfig, readLanguage } from "../config/config.ts";
import type { Language } from "../domain/messages/catalog.ts";
import { currentTime } from "./context.ts";
import { UsageError } from "./usage-error.ts";

export interface JudgementOptions {
  now?: string;
  lang?: string;
}

export interface Judgement {
  config: Config;
  lang: Language;
  now: string;
}

export function readNow(value: string | undefined): string {
  if (value === undefined) return currentTime();
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T12:00:00Z` : value.trim();
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new UsageError(`--now "${value}" is not a date; write it like 2026-11-21 or 2026-11-21T09:30:00Z.`);
  }
  return new Date(ms).toISOString();
}

export function judgementOf(command: Command, options: JudgementOptions): Judgement {
  const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
  const config = loadConfig(dataDirOf(dataDir));
  const lang = options.lang === undefined ? config.lang : readLanguage(options.lang, "--lang");
  return { config, lang, now: readNow(options.now) };
}

export function judgementFlags(command: Command): Command {
  return command
    .option("--now <time>", "judge as of this date or ISO time (default now, or PARCELTRAIL_NOW)")
    .option(
      "--lang <lang>",
      "language of the texts: en, es, fr, pt, ru, pl, de (default: config, PARCELTRAIL_LANG)",
    );
}
