/**
 * `parceltrail classify`: carrier events to canonical statuses.
 *
 *   parceltrail classify "Zustellung erfolgreich"            one text, as a table row
 *   parceltrail classify --json < events.jsonl               one JSON event a line in, one result a line out
 *
 * Each stdin line is a JSON event {text, code?, carrier?, lang?, location?, originCountry?,
 * destinationCountry?} or, without --json, may be plain text. A line that is not a valid event
 * gets {"error": "..."} in its place and the others go on, so output line N answers input line N.
 */
import type { Command } from "commander";
import { z } from "zod";
import type { Classification, EventInput } from "../../domain/status/classify.ts";
import { classifyEvent } from "../../domain/status/default-classifier.ts";
import { LineWriter } from "../output.ts";
import { readLines } from "../read-lines.ts";
import { UsageError } from "../usage-error.ts";

interface ClassifyOptions {
  json?: boolean;
  code?: string;
  carrier?: string;
  lang?: string;
  location?: string;
}

const optionalText = z.string().nullish();
const EventLineSchema = z
  .object({
    text: optionalText,
    code: z.union([z.string(), z.number()]).nullish(),
    carrier: optionalText,
    lang: optionalText,
    location: optionalText,
    originCountry: optionalText,
    destinationCountry: optionalText,
  })
  .refine((event) => (event.text ?? "") !== "" || (event.code ?? "") !== "", {
    message: "the event needs a text or a code",
  });

type LineResult = { ok: true; event: EventInput } | { ok: false; error: string };

export function parseEventLine(line: string, allowPlainText: boolean): LineResult {
  const trimmed = line.trim();
  if (trimmed === "")
    return { ok: false, error: 'empty line: give one JSON event a line, such as {"text": "Delivered"}' };
  if (!trimmed.startsWith("{")) {
    if (allowPlainText) return { ok: true, event: { text: trimmed } };
    return {
      ok: false,
      error: 'not a JSON object: give one event a line, such as {"text": "Delivered", "code": "DL"}',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = EventLineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `field "${issue.path.join(".")}": ` : "";
    return { ok: false, error: `${where}${issue?.message ?? "invalid event"}` };
  }
  return { ok: true, event: parsed.data };
}

function resultJson(result: Classification): string {
  return JSON.stringify({
    status: result.status,
    stage: result.stage,
    subStatus: result.subStatus ?? null,
    confidence: result.confidence,
    signals: result.signals,
  });
}

function row(result: Classification, text: string): string {
  const confidence = `${Math.round(result.confidence * 100)}%`.padStart(4);
  const status = result.subStatus ? `${result.status} (${result.subStatus})` : result.status;
  return `${status.padEnd(40)} ${(result.stage ?? "-").padEnd(12)} ${confidence}  ${text.slice(0, 100)}`;
}

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description("turn carrier events, in any language, into canonical statuses")
    .argument("[text...]", "an event text; read events one a line from stdin when none is given")
    .option("--json", "read and write one JSON object a line")
    .option("--code <code>", "the carrier's event code (with a text argument)")
    .option("--carrier <carrier>", "carrier id or name, for its code table (with a text argument)")
    .option("--lang <lang>", "language of the text (with a text argument)")
    .option("--location <place>", "where the event happened (with a text argument)")
    .addHelpText(
      "after",
      '\nExamples:\n  parceltrail classify "Objeto saiu para entrega ao destinatário"\n  parceltrail classify --code 011 --carrier ups "Delivered"\n  parceltrail classify --json < events.jsonl\n\nA stdin line is {"text", "code"?, "carrier"?, "lang"?, "location"?}; a bad line gets {"error"} and the rest go on.',
    )
    .action(async (words: string[], options: ClassifyOptions) => {
      const out = new LineWriter(process.stdout);
      if (!options.json) await out.write(`${"STATUS".padEnd(40)} ${"STAGE".padEnd(12)} CONF  TEXT`);
      if (words.length > 0 || options.code) {
        const event: EventInput = {
          text: words.join(" "),
          code: options.code,
          carrier: options.carrier,
          lang: options.lang,
          location: options.location,
        };
        const result = classifyEvent(event);
        await out.write(options.json ? resultJson(result) : row(result, event.text ?? ""));
        await out.flush();
        return;
      }
      if (process.stdin.isTTY) {
        throw new UsageError(
          "give an event text, or pipe events in one a line: parceltrail classify --json < events.jsonl",
        );
      }
      let failed = 0;
      for await (const line of readLines(process.stdin)) {
        const parsed = parseEventLine(line, !options.json);
        if (!parsed.ok) {
          failed++;
          await out.write(options.json ? JSON.stringify({ error: parsed.error }) : `error: ${parsed.error}`);
          continue;
        }
        const result = classifyEvent(parsed.event);
        await out.write(
          options.json
            ? resultJson(result)
            : row(result, parsed.event.text ?? String(parsed.event.code ?? "")),
        );
      }
      await out.flush();
      if (failed > 0) process.exitCode = 1;
    });
}
