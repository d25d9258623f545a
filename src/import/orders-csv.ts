/**
 * The orders CSV file: its documented columns (README.md beside this file), read into order
 * inputs with the line each record starts on, and written back with every cell spreadsheet-safe.
 *
 * Reading is forgiving about the shape spreadsheets give files (a `,` or `;` delimiter, a UTF-8
 * BOM, CRLF, quoted fields over several lines, stray quotes inside a field, blank rows, column
 * names in any case and order) and strict about meaning: an unknown column is an error that
 * names it, and so is a value in a column the header does not name. Order fields themselves are
 * checked by the order readers (readOrderFields, readTrackingNumber), not here.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { distance } from "fastest-levenshtein";
import type { OrderFieldsInput } from "../domain/order/order-fields.ts";
import { neutraliseCell, restoreCell } from "./spreadsheet-safe.ts";

export interface CsvColumn {
  name: string;
  meaning: string;
  example: string;
}

/** The columns, in the order an export writes them. README.md documents the same list. */
export const ORDER_CSV_COLUMNS = [
  { name: "order_number", meaning: "the marketplace's order number", example: "8190000000000001" },
  {
    name: "marketplace",
    meaning: "aliexpress, temu, shein, joom, banggood, ebay, amazon or other",
    example: "aliexpress",
  },
  {
    name: "tracking_numbers",
    meaning: "tracking numbers, separated by spaces, commas or semicolons",
    example: "LP00123456789012 RB123456785GB",
  },
  { name: "carrier", meaning: "carrier id pinned for every number of the row", example: "cainiao" },
  { name: "title", meaning: "what was bought, one line", example: "USB-C cable" },
  { name: "items", meaning: "the order's items, separated by semicolons", example: "Cable 1 m; Cable 2 m" },
  { name: "seller", meaning: "the store", example: "Cable Store" },
  { name: "placed", meaning: "date the order was placed", example: "2026-11-01" },
  {
    name: "shipping_method",
    meaning: "the method chosen at checkout",
    example: "AliExpress Standard Shipping",
  },
  { name: "destination", meaning: "where it goes: City, CC", example: "Madrid, ES" },
  { name: "protection_until", meaning: "date Buyer Protection ends", example: "2026-12-31" },
  { name: "protection_days", meaning: "Buyer Protection days from the placed date", example: "60" },
  { name: "labels", meaning: "labels, separated by commas or semicolons", example: "gift, urgent" },
  { name: "notes", meaning: "free text, may span lines", example: "Seller promised a refund" },
  { name: "archived", meaning: "1 for an archived order, 0 or empty for an active one", example: "0" },
] as const satisfies readonly CsvColumn[];

export type OrderCsvColumn = (typeof ORDER_CSV_COLUMNS)[number]["name"];

const COLUMN_NAMES: readonly string[] = ORDER_CSV_COLUMNS.map((column) => column.name);

/** One record of the file, read into what the order readers take. */
export interface OrdersCsvRow {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  input: OrderFieldsInput;
  /** The tracking numbers as written, split; may be empty (an order without numbers yet). */
  numbers: string[];
  /** The carrier id given for the row's numbers, as written (trimmed). */
  carrier?: string;
  /** The `archived` column; absent when the file has no such column or the cell is empty. */
  archived?: boolean;
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface ParsedOrdersCsv {
  rows: OrdersCsvRow[];
  problems: CsvProblem[];
}

/** "Order Number", "ORDER-NUMBER" and "order_number" name the same column. */
function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** `,` or `;`, whichever the header line uses more often outside quotes; `,` on a tie. */
export function sniffDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function closestColumn(name: string): string | null {
  let best: { name: string; score: number } | null = null;
  for (const known of COLUMN_NAMES) {
    const score = distance(name, known);
    if (!best || score < best.score) best = { name: known, score };
  }
  return best && best.score <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : null;
}

const HEADER_HINT = `the first line must name the columns, for example: order_number,marketplace,tracking_numbers,title (all columns: ${COLUMN_NAMES.join(", ")})`;

/**
 * The first control character no order field may hold (C0 but tab and line breaks, which are
 * judged per field later, DEL, C1) as "U+0007", or null.
 */
function controlCharacter(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
      return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    }
  }
  return null;
}

function readArchived(value: string): boolean | "bad" | undefined {
  const text = value.trim().toLowerCase();
  if (text === "") return undefined;
  if (["1", "true", "yes"].includes(text)) return true;
  if (["0", "false", "no"].includes(text)) return false;
  return "bad";
}

interface RawRecord {
  line: number;
  cells: string[];
}

/** Splits the text into records with their starting lines; a broken file gives one problem. */
function readRecords(text: string): { records: RawRecord[]; problem: CsvProblem | null } {
  // One line break, so that the line count is plain; quoted CR LF become LF in the values, which
  // the order readers do anyway.
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: RawRecord[] = [];
  let lastEnd = 0;
  try {
    parse(body, {
      delimiter: sniffDelimiter(body),
      record_delimiter: "\n",
      relax_column_count: true,
      // `7" tablet` in an unquoted field is a title, not a broken file.
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        // Every LF inside a record is inside a quoted value, kept as is: the record started that
        // many lines before the line it ended on.
        const inner = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
        records.push({ line: context.lines - inner, cells: record });
        lastEnd = context.lines;
        return null;
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    const line = lastEnd + 1;
    const reason = /quote not closed/i.test(message)
      ? 'a quoted value starts here and its closing " is missing; a " inside a quoted value is written "".'
      : `the file cannot be read as CSV here: ${message}`;
    return { records, problem: { line, reason } };
  }
  return { records, problem: null };
}

/**
 * Reads an orders CSV file. Every problem the file has on its own (not what the order readers
 * say about the values) is listed with the line of the record; a record with a problem is left
 * out of `rows`.
 */
export function parseOrdersCsv(text: string): ParsedOrdersCsv {
  const problems: CsvProblem[] = [];
  const { records, problem } = readRecords(text);
  const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");
  const header = records.find((record) => !blank(record.cells));
  if (!header) {
    return {
      rows: [],
      problems: [problem ?? { line: 1, reason: `the file is empty; ${HEADER_HINT}.` }],
    };
  }

  const names = header.cells.map(columnKey);
  const unknown = names.filter((name) => name !== "" && !COLUMN_NAMES.includes(name));
  if (!names.some((name) => COLUMN_NAMES.includes(name))) {
    return {
      rows: [],
      problems: [{ line: header.line, reason: `the header row is missing; ${HEADER_HINT}.` }],
    };
  }
  if (unknown.length > 0) {
    const described = unknown.map((name) => {
      const closest = closestColumn(name);
      return closest ? `"${name}" (did you mean "${closest}"?)` : `"${name}"`;
    });
    problems.push({
      line: header.line,
      reason: `unknown column${unknown.length > 1 ? "s" : ""} ${described.join(", ")}; the columns are: ${COLUMN_NAMES.join(", ")}.`,
    });
  }
  const repeated = names.filter((name, index) => name !== "" && names.indexOf(name) !== index);
  if (repeated.length > 0) {
    problems.push({
      line: header.line,
      reason: `column${repeated.length > 1 ? "s" : ""} ${[...new Set(repeated)].map((name) => `"${name}"`).join(", ")} appear${repeated.length > 1 ? "" : "s"} twice in the header; keep one.`,
    });
  }
  if (!names.includes("order_number") && !names.includes("tracking_numbers")) {
    problems.push({
      line: header.line,
      reason:
        "the header needs an order_number or a tracking_numbers column (or both): without them no order can be told apart.",
    });
  }
  if (problems.length > 0) return { rows: [], problems: problem ? [...problems, problem] : problems };

  const column = new Map<string, number>(names.map((name, index) => [name, index]));
  const rows: OrdersCsvRow[] = [];
  for (const record of records) {
    if (record === header || blank(record.cells)) continue;
    const rowProblems: string[] = [];
    record.cells.forEach((cell, index) => {
      if (cell.trim() === "") return;
      const name = names[index];
      if (name === undefined) {
        rowProblems.push(
          `has a value in column ${index + 1}, but the header names ${names.length} columns; quote values that contain the delimiter.`,
        );
      } else if (name === "") {
        rowProblems.push(`has a value in column ${index + 1}, which has no name in the header.`);
      } else {
        const control = controlCharacter(cell);
        if (control)
          rowProblems.push(`the ${name} column contains a control character (${control}); remove it.`);
      }
    });
    const cell = (name: OrderCsvColumn): string => {
      const index = column.get(name);
      return index === undefined ? "" : restoreCell(record.cells[index] ?? "");
    };
    const archived = readArchived(cell("archived"));
    if (archived === "bad") {
      rowProblems.push(
        `archived "${cell("archived").trim().slice(0, 20)}" must be 1 (archived) or 0 (active).`,
      );
    }
    // A column repeats its problem once per row at most (several stray values are one mistake).
    for (const reason of new Set(rowProblems)) problems.push({ line: record.line, reason });
    if (rowProblems.length > 0) continue;

    const carrier = cell("carrier").trim();
    const row: OrdersCsvRow = {
      line: record.line,
      input: {
        orderNumber: cell("order_number"),
        marketplace: cell("marketplace"),
        title: cell("title"),
        // Items are split on semicolons only, so that an item may hold a comma ("Cable, 2 m").
        items: cell("items")
          .split(";")
          .map((item) => item.trim())
          .filter(Boolean),
        seller: cell("seller"),
        placed: cell("placed"),
        method: cell("shipping_method"),
        destination: cell("destination"),
        protectionUntil: cell("protection_until"),
        protectionDays: cell("protection_days"),
        labels: cell("labels"),
        notes: cell("notes"),
      },
      numbers: cell("tracking_numbers")
        .split(/[\s,;]+/u)
        .filter(Boolean),
    };
    if (carrier) row.carrier = carrier;
    if (typeof archived === "boolean") row.archived = archived;
    rows.push(row);
  }
  if (problem) problems.push(problem);
  return { rows, problems };
}

/** One exported row: a value for every column (missing ones are written empty). */
export type OrdersCsvRecord = Partial<Record<OrderCsvColumn, string>>;

/**
 * Writes the header and the records: `,` delimiter, CRLF, quotes only where needed, and every
 * cell through `neutraliseCell` so that no cell runs as a formula in a spreadsheet.
 */
export function writeOrdersCsv(records: readonly OrdersCsvRecord[]): string {
  const data = records.map((record) =>
    ORDER_CSV_COLUMNS.map((column) => neutraliseCell(record[column.name] ?? "")),
  );
  // quote_record_delimiter: a value holding a bare LF or CR must be quoted too (csv-stringify only
  // quotes the record delimiter itself once one is set).
  return stringify([COLUMN_NAMES as string[], ...data], {
    record_delimiter: "\r\n",
    quote_record_delimiter: true,
  });
}
