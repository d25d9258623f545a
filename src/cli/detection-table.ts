/**
 * The human-readable rendering of detections: one block of rows per input, aligned columns,
 * streamed (column widths are fixed so the first row can be printed before the last is known).
 */
import type { Detection, FoundNumber } from "../domain/tracking-number/index.ts";
import { CHANGE_DESCRIPTIONS } from "../domain/tracking-number/index.ts";

const COLUMNS = [
  { title: "NUMBER", width: 26 },
  { title: "CARRIER", width: 40 },
  { title: "COUNTRY", width: 7 },
  { title: "CHECK DIGIT", width: 11 },
  { title: "CONFIDENCE", width: 10 },
  { title: "TRACKING PAGE", width: 0 },
] as const;

function cell(value: string, width: number): string {
  if (width === 0) return value;
  const fitted = value.length > width ? `${value.slice(0, width - 1)}…` : value;
  return fitted.padEnd(width);
}

function row(values: string[]): string {
  return values
    .map((value, i) => cell(value, COLUMNS[i]?.width ?? 0))
    .join("  ")
    .trimEnd();
}

/** A note under a row: indented to the carrier column, never cut. */
function note(text: string): string {
  return `${" ".repeat((COLUMNS[0].width as number) + 2)}${text}`;
}

export function tableHeader(): string {
  return row(COLUMNS.map((c) => c.title));
}

const CHECK_LABEL = { valid: "valid", invalid: "INVALID", none: "-" } as const;

function candidateRows(first: string, detection: Pick<Detection, "candidates">): string[] {
  return detection.candidates.flatMap((c, i) => {
    const carrier = c.service ? `${c.name} (${c.service})` : c.name;
    const lines = [
      row([
        i === 0 ? first : "",
        carrier,
        c.country ?? "-",
        CHECK_LABEL[c.checksum],
        `${Math.round(c.confidence * 100)}%`,
        c.trackingUrl ?? "-",
      ]),
    ];
    for (const warning of c.warnings) lines.push(note(`! ${warning}`));
    return lines;
  });
}

export function detectionRows(detection: Detection): string[] {
  const label = detection.input.trim() === "" ? "(empty)" : detection.normalized || detection.input.trim();
  const lines: string[] = [];
  if (detection.problem !== null) lines.push(row([label, "no carrier found"]), note(detection.problem));
  else lines.push(...candidateRows(label, detection));
  if (detection.changes.length > 0) {
    const changes = detection.changes.map((c) => CHANGE_DESCRIPTIONS[c]).join(", ");
    lines.push(note(`read ${JSON.stringify(detection.input)} as ${detection.normalized}: ${changes}`));
  }
  return lines;
}

export function foundRows(found: FoundNumber, line: number, column: number): string[] {
  return candidateRows(`${line}:${column} ${found.normalized}`, found);
}
