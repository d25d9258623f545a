/** What the layout readers hand back: the events in the making, before text and place are told apart. */
import { type DateOrder, type FoundDate, timeError } from "./find-time.ts";
import type { PastedHistory, PasteProblem } from "./parse-history.ts";

export interface Line {
  number: number;
  /** Cleaned and trimmed, tabs kept. */
  text: string;
}

/** An event in the making: its time, the cells of its date line, and the lines given to it. */
export interface Group {
  line: number;
  time: string;
  error: string | null;
  cells: string[];
  /** The place, when a table column says it. */
  location: string | null;
  attached: string[];
}

export interface Read {
  groups: Group[];
  problems: PasteProblem[];
  layout: PastedHistory["layout"];
}

export const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** An anchor; a time put together from two lines or cells is checked again. */
export function group(
  line: number,
  time: string,
  found: FoundDate,
  dateOrder: DateOrder,
  composed: boolean,
): Group {
  const error = found.error ?? (composed ? timeError(time, dateOrder) : null);
  return { line, time, error, cells: found.cells, location: null, attached: [] };
}
