/**
 * `parceltrail detect [NUMBER...]`: which carriers a tracking number could belong to.
 * With no numbers it reads one a line from stdin, streaming; `--in-text` finds the numbers in
 * any text instead. Exit status 1 when some input matched no carrier (or the text held none).
 */
import type { Command } from "commander";
import { detectCarrier, type FoundNumber, findTrackingNumbers } from "../../domain/tracking-number/index.ts";
import { detectionRows, foundRows, tableHeader } from "../detection-table.ts";
import { LineWriter } from "../output.ts";
import { readLines } from "../read-lines.ts";
import { UsageError } from "../usage-error.ts";

interface DetectOptions {
  json?: boolean;
  inText?: boolean;
}

async function* inputs(numbers: string[]): AsyncGenerator<string> {
  if (numbers.length > 0) {
    yield* numbers;
    return;
  }
  if (process.stdin.isTTY) {
    throw new UsageError(
      "give one or more tracking numbers, or pipe them in one a line (parceltrail detect < numbers.txt).",
    );
  }
  for await (const line of readLines(process.stdin)) if (line.trim() !== "") yield line;
}

async function detectNumbers(numbers: string[], options: DetectOptions, out: LineWriter): Promise<boolean> {
  let allFound = true;
  if (!options.json) await out.write(tableHeader());
  for await (const input of inputs(numbers)) {
    const detection = detectCarrier(input);
    if (detection.candidates.length === 0) allFound = false;
    if (options.json)
      await out.write(JSON.stringify(detection)); // a Detection is the documented shape
    else for (const line of detectionRows(detection)) await out.write(line);
  }
  return allFound;
}

function foundJson(found: FoundNumber, line: number, column: number): string {
  return JSON.stringify({
    line,
    column,
    text: found.text,
    normalized: found.normalized,
    candidates: found.candidates,
  });
}

async function findInText(files: string[], options: DetectOptions, out: LineWriter): Promise<boolean> {
  if (files.length > 0 || process.stdin.isTTY) {
    throw new UsageError("--in-text reads the text from stdin: parceltrail detect --in-text < mail.txt");
  }
  let count = 0;
  let lineNumber = 0;
  if (!options.json) await out.write(tableHeader().replace("NUMBER", "LINE:COL NUMBER"));
  // Numbers never span lines, so the text is scanned a line at a time and never held whole.
  for await (const line of readLines(process.stdin)) {
    lineNumber++;
    for (const found of findTrackingNumbers(line)) {
      count++;
      const column = found.start + 1;
      if (options.json) await out.write(foundJson(found, lineNumber, column));
      else for (const row of foundRows(found, lineNumber, column)) await out.write(row);
    }
  }
  if (count === 0 && !options.json) await out.write("No tracking numbers found in the text.");
  return count > 0;
}

export function registerDetect(program: Command): void {
  program
    .command("detect")
    .description("tell which carriers a tracking number could belong to, and check its check digit")
    .argument("[numbers...]", "tracking numbers; read one a line from stdin when none are given")
    .option("--json", "one JSON object a line, in input order")
    .option("--in-text", "find the tracking numbers in text read from stdin (an email, a web page)")
    .addHelpText(
      "after",
      "\nExamples:\n  parceltrail detect RB123456785GB\n  parceltrail detect --json < numbers.txt\n  parceltrail detect --in-text < shipping-email.txt\n\nExit status: 0 when every number matched a carrier, 1 when one did not, 2 on a usage error.",
    )
    .action(async (numbers: string[], options: DetectOptions) => {
      const out = new LineWriter(process.stdout);
      const ok = options.inText
        ? await findInText(numbers, options, out)
        : await detectNumbers(numbers, options, out);
      await out.flush();
      if (!ok) process.exitCode = 1;
    });
}
