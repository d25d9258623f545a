/**
 * A tracking history pasted from a carrier's web page, turned into events.
 *
 * Three layouts, told apart from the text itself:
 * - "table": rows copied from an HTML table, cells separated by tabs, in any column order, with
 *   or without a header row;
 * - "lines": one event a line, its date (and time) at the start or in a cell of its own;
 * - "blocks": a date line (maybe a time line under it), then the text lines and maybe a place
 *   line, or the text first and the date under it; also day headers with times under them
 *   ("Wednesday, 18 November 2026" then "09:41 Delivered").
 * The parser never throws: what it cannot use is returned as a problem, with the line and why.
 */
import type { DateOrder } from "./find-time.ts";
import { splitCells } from "./find-time.ts";
import { type Group, type Line, type Read, shorten } from "./group.ts";
import { joinText, textAndPlace } from "./place.ts";
import { readLinesAndBlocks } from "./read-blocks.ts";
import { readTable } from "./read-table.ts";
import { isHeaderLine, isNoiseLine } from "./words.ts";

export interface PastedEvent {
  time: string;
  text: string;
  location: string | null;
}

export interface PasteProblem {
  /** 1-based line of the paste. */
  line: number;
  reason: string;
}

export interface PastedHistory {
  /** In the order they appear in the paste. */
  events: PastedEvent[];
  layout: "lines" | "blocks" | "table";
  /** Text we could not attach to a date, with why. */
  problems: PasteProblem[];
}

export interface PasteOptions {
  /** How to read 03/04/2026: day first (default) or month first (US pages). */
  dateOrder?: DateOrder;
}

export const NO_DATE_FOUND = "no date found: paste the history with its dates and times";

const BULLET = /^(?:[•·●○◦▪▫■□►▶➤✓✔]\s*|[-*–—]\s+)/u;

/** Odd spaces and control characters made plain, bullets taken off; tabs kept, for tables. */
function cleanLine(raw: string): string {
  const text = raw
    .replace(/\p{Cf}/gu, "")
    .replace(/(?!\t)[\p{Cc}\p{Zs}\u2028\u2029\ufffd]/gu, " ")
    .replace(/^ +| +$/g, "")
    .replace(BULLET, "")
    .replace(/^ +| +$/g, "");
  return text.trim() === "" ? "" : text;
}

/** The paste's lines, cleaned and numbered: null for a blank line, noise left out. */
function contentLines(cleaned: string[]): (Line | null)[] {
  const lines: (Line | null)[] = [];
  for (const [index, text] of cleaned.entries()) {
    if (text === "") lines.push(null);
    else if (!isNoiseLine(text) && !isHeaderLine(splitCells(text)))
      lines.push({ number: index + 1, text: text.trim() });
  }
  return lines;
}

const isTabRow = (text: string) => text.split("\t").filter((cell) => cell.trim() !== "").length >= 2;

export function parsePastedHistory(text: string, options: PasteOptions = {}): PastedHistory {
  const dateOrder: DateOrder = options.dateOrder === "mdy" ? "mdy" : "dmy";
  try {
    const cleaned = (typeof text === "string" ? text : "").split(/\r\n|\r|\n/).map(cleanLine);
    const lines = contentLines(cleaned);
    const content = lines.filter((line): line is Line => line !== null);
    // Rows copied from a table, when at least half the lines have cells parted by tabs.
    const tabRows = cleaned.filter(isTabRow).length;
    const table = tabRows > 0 && tabRows * 2 >= content.length;
    const result: Read = table ? readTable(cleaned, dateOrder) : readLinesAndBlocks(lines, dateOrder);
    if (result.groups.length === 0) {
      const first = content[0]?.number ?? 1;
      return { events: [], layout: result.layout, problems: [{ line: first, reason: NO_DATE_FOUND }] };
    }
    return finish(result.groups, result.problems, result.layout);
  } catch (error) {
    // A bug here must not lose the user's paste: say so instead of throwing.
    return {
      events: [],
      layout: "lines",
      problems: [{ line: 1, reason: `the paste could not be read (${String(error)})` }],
    };
  }
}

function finish(groups: Group[], problems: PasteProblem[], layout: PastedHistory["layout"]): PastedHistory {
  const events: PastedEvent[] = [];
  for (const group of groups) {
    const cells = [...group.cells, ...group.attached];
    let { text, location } = group.location
      ? { text: joinText(cells), location: group.location }
      : textAndPlace(cells);
    if (text === "" && location) [text, location] = [location, null];
    if (group.error) {
      const what = text === "" ? "" : `; "${shorten(text)}" was not imported`;
      problems.push({ line: group.line, reason: `${group.error}${what}` });
    } else if (text === "") {
      problems.push({ line: group.line, reason: `the date "${group.time}" has no event text beside it` });
    } else {
      events.push({ time: group.time, text, location });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { events, layout, problems };
}
