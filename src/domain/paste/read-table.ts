/**
 * Rows copied from an HTML table: cells separated by tabs, in any column order, with or without
 * a header row. The header names the columns; without one, the place column is the one whose
 * cells are mostly places.
 */
import { type DateOrder, type FoundDate, findClock, findDate } from "./find-time.ts";
import { type Group, group, type Read, shorten } from "./group.ts";
import type { PasteProblem } from "./parse-history.ts";
import { looksLikePlace } from "./place.ts";
import { type ColumnRole, headerRole, isHeaderLine, isNoiseLine } from "./words.ts";

/** Reads the cleaned lines of the paste (tabs kept) as table rows. */
export function readTable(cleaned: string[], dateOrder: DateOrder): Read {
  const groups: Group[] = [];
  const problems: PasteProblem[] = [];
  let roles: (ColumnRole | null)[] = [];
  const rows: { line: number; cells: string[]; found: { index: number; found: FoundDate } | null }[] = [];
  let dated = false;
  for (const [index, text] of cleaned.entries()) {
    if (text === "" || isNoiseLine(text)) continue;
    const tabbed = text.split("\t").map((cell) => cell.trim());
    const cells = tabbed.filter((cell) => cell !== "").length >= 2 ? tabbed : [text];
    let found: { index: number; found: FoundDate } | null = null;
    for (const [i, cell] of cells.entries()) {
      const date = findDate(cell, dateOrder);
      if (date && (cells.length > 1 || date.atStart || date.hasTime || date.afterCell)) {
        found = { index: i, found: date };
        break;
      }
    }
    if (!found && !dated && isHeaderLine(cells.filter((c) => c !== ""))) {
      roles = cells.map((cell) => headerRole(cell));
      continue;
    }
    rows.push({ line: index + 1, cells, found });
    dated ||= found !== null;
  }

  // The place column: named by the header, or where most cells are places.
  let placeColumn = roles.indexOf("place");
  if (placeColumn < 0) {
    const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
    for (let column = 0; column < width && placeColumn < 0; column++) {
      const filled = rows.filter((row) => row.found && row.found.index !== column && row.cells[column]);
      const places = filled.filter((row) => looksLikePlace(row.cells[column] ?? "")).length;
      if (filled.length > 0 && places * 2 >= filled.length && places > 0) placeColumn = column;
    }
  }

  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (!row.found) {
      const cells = row.cells.filter((cell) => cell !== "");
      if (last) last.attached.push(...cells);
      else
        problems.push({
          line: row.line,
          reason: `"${shorten(cells.join(" "))}" comes before the first date; no date to attach it to`,
        });
      continue;
    }
    const { index: dateColumn, found } = row.found;
    let time = found.time;
    let clockColumn = -1;
    if (!found.hasTime) {
      clockColumn = row.cells.findIndex(
        (cell, column) => column !== dateColumn && findClock(cell)?.cells.length === 0,
      );
      const clock = findClock(row.cells[clockColumn] ?? "");
      if (clock) time = `${found.date} ${clock.clock}`;
    }
    const cells: string[] = [];
    let location: string | null = null;
    for (const [column, cell] of row.cells.entries()) {
      if (column === clockColumn) continue;
      if (column === dateColumn) cells.push(...found.cells);
      else if (column === placeColumn && cell !== "" && row.cells.length > 1) location = cell;
      else if (cell !== "") cells.push(cell);
    }
    const made = group(row.line, time, { ...found, cells }, dateOrder, time !== found.time);
    made.location = location;
    groups.push(made);
  }
  return { groups, problems, layout: "table" };
}
