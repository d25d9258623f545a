/**
 * Lines and blocks: one event a line, or blocks of a date line (maybe a time line under it) with
 * text and place lines after it or before it; and day headers with times under them.
 */
import { type DateOrder, type FoundDate, findClock, findDate, findYearless } from "./find-time.ts";
import { type Group, group, type Line, type Read, shorten } from "./group.ts";
import type { PasteProblem } from "./parse-history.ts";
import { looksLikePlace } from "./place.ts";

type Item =
  | { kind: "blank" }
  | { kind: "date"; line: number; found: FoundDate; text: string }
  | { kind: "clock"; line: number; clock: string; cells: string[]; text: string }
  | { kind: "text"; line: number; text: string };

type Entry = { kind: "blank" } | { kind: "text"; line: number; text: string };

function classify(line: Line, dateOrder: DateOrder): Item {
  const found = findDate(line.text, dateOrder);
  if (found && (found.atStart || found.hasTime || found.afterCell))
    return { kind: "date", line: line.number, found, text: line.text };
  const yearless = findYearless(line.text, dateOrder);
  if (yearless) return { kind: "date", line: line.number, found: yearless, text: line.text };
  const clock = findClock(line.text);
  if (clock) return { kind: "clock", line: line.number, ...clock, text: line.text };
  return { kind: "text", line: line.number, text: line.text };
}

/** For each item, the index of the next item that is not a blank line (or items.length). */
function nextContentIndex(items: Item[]): number[] {
  const next: number[] = new Array(items.length);
  let following = items.length;
  for (let index = items.length - 1; index >= 0; index--) {
    next[index] = following;
    if (items[index]?.kind !== "blank") following = index;
  }
  return next;
}

export function readLinesAndBlocks(lines: (Line | null)[], dateOrder: DateOrder): Read {
  const items: Item[] = lines.map((line) => (line ? classify(line, dateOrder) : { kind: "blank" }));

  // When most dates open their line, a date further in is part of a text ("… until 25/11/2026").
  const dates = items.filter((item) => item.kind === "date");
  const opening = dates.filter((item) => item.found.atStart || item.found.afterCell).length;
  if (opening >= 2 && opening > dates.length / 2) {
    for (const [index, item] of items.entries()) {
      if (item.kind === "date" && !item.found.atStart && !item.found.afterCell)
        items[index] = { kind: "text", line: item.line, text: item.text };
    }
  }

  // Dates become event anchors; day headers give their date to the times under them.
  const sequence: ({ kind: "anchor"; group: Group } | Entry)[] = [];
  let day: { found: FoundDate } | null = null;
  let fromClock = 0;
  let merged = 0;
  const nextIndex = nextContentIndex(items);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item) continue;
    if (item.kind === "blank") {
      sequence.push(item);
      continue;
    }
    const nextAt = nextIndex[index] ?? items.length;
    const next = items[nextAt];
    if (item.kind === "clock" && item.cells.length === 0 && next?.kind === "date" && !next.found.hasTime) {
      // The time above its date (Cainiao): "09:41:12" then "2026-11-18".
      const time = `${item.clock} ${next.found.time}`;
      sequence.push({ kind: "anchor", group: group(next.line, time, next.found, dateOrder, true) });
      index = nextAt;
      merged++;
      continue;
    }
    if (item.kind === "date") {
      const isHeader = !item.found.hasTime && item.found.cells.length === 0 && next?.kind === "clock";
      day = isHeader ? item : null;
      if (!isHeader)
        sequence.push({
          kind: "anchor",
          group: group(item.line, item.found.time, item.found, dateOrder, false),
        });
      continue;
    }
    if (item.kind === "clock" && day) {
      const time = `${day.found.date} ${item.clock}`;
      const found = { ...day.found, cells: item.cells };
      sequence.push({ kind: "anchor", group: group(item.line, time, found, dateOrder, true) });
      fromClock++;
      continue;
    }
    sequence.push({ kind: "text", line: item.line, text: item.text });
  }

  const groups: Group[] = [];
  const runs: Entry[][] = [[]];
  for (const entry of sequence) {
    if (entry.kind === "anchor") {
      groups.push(entry.group);
      runs.push([]);
    } else runs[runs.length - 1]?.push(entry);
  }
  const problems: PasteProblem[] = [];
  if (groups.length === 0) return { groups, problems, layout: "lines" };

  const carrying = groups.filter((g) => g.cells.some((cell) => !looksLikePlace(cell))).length;
  const blanksTell = blanksSeparateBlocks(sequence);
  const dateFirst = fromClock > 0 || carrying * 2 > groups.length || orientation(runs, blanksTell) <= 0;
  const texts = (entries: Entry[]) => entries.filter((e): e is Entry & { kind: "text" } => e.kind === "text");
  const unplaced = (entries: Entry[], where: string) => {
    for (const entry of texts(entries))
      problems.push({
        line: entry.line,
        reason: `"${shorten(entry.text)}" comes ${where}; no date to attach it to`,
      });
  };
  const give = (target: Group | undefined, entries: Entry[]) => {
    for (const entry of texts(entries)) target?.attached.push(entry.text);
  };

  // Blank lines part the page's head and foot from the history: "USPS Tracking®" … "Feedback".
  const last = runs.length - 1;
  if (dateFirst) {
    unplaced(runs[0] ?? [], "before the first date");
    for (let i = 1; i < last; i++) give(groups[i - 1], runs[i] ?? []);
    const tail = runs[last] ?? [];
    const foot = blanksTell ? blankAfterText(tail) : tail.length;
    give(groups[last - 1], tail.slice(0, foot));
    unplaced(tail.slice(foot), "after the last date");
  } else {
    const head = runs[0] ?? [];
    const start = blanksTell ? head.findLastIndex((entry) => entry.kind === "blank") + 1 : 0;
    unplaced(head.slice(0, start), "before the first date");
    give(groups[0], head.slice(start));
    for (let i = 1; i <= last; i++) {
      const run = runs[i] ?? [];
      const split = ownTail(run, blanksTell);
      give(groups[i - 1], run.slice(0, split));
      if (i < last) give(groups[i], run.slice(split));
      else unplaced(run.slice(split), "after the last date");
    }
  }

  const withLines = groups.filter((g) => g.attached.length > 0).length;
  const blocks =
    fromClock > 0 || merged > 0 || withLines * 2 >= groups.length || carrying * 2 < groups.length;
  return { groups, problems, layout: blocks ? "blocks" : "lines" };
}

/** Blank lines tell blocks apart when they are between some lines, not between every line. */
function blanksSeparateBlocks(sequence: ({ kind: string } & object)[]): boolean {
  let pairs = 0;
  let separated = 0;
  let blank = false;
  let seen = false;
  for (const entry of sequence) {
    if (entry.kind === "blank") {
      blank = true;
      continue;
    }
    if (seen) {
      pairs++;
      if (blank) separated++;
    }
    seen = true;
    blank = false;
  }
  return separated > 0 && separated < pairs * 0.9;
}

/** Above zero: each event's text comes before its date; at or below zero: after it. */
function orientation(runs: Entry[][], blanksTell: boolean): number {
  const hasText = (run: Entry[] | undefined) =>
    (run ?? []).some((entry) => entry.kind === "text" && !looksLikePlace(entry.text));
  let score = 0;
  if (hasText(runs[0])) score++;
  if (hasText(runs[runs.length - 1])) score--;
  if (blanksTell) {
    for (const run of runs.slice(1, -1)) {
      const first = run.findIndex((entry) => entry.kind === "text");
      const last = run.findLastIndex((entry) => entry.kind === "text");
      if (first < 0) continue;
      const blankBefore = run.slice(0, first).some((entry) => entry.kind === "blank");
      const blankAfter = run.slice(last + 1).some((entry) => entry.kind === "blank");
      if (blankBefore && !blankAfter) score++;
      if (blankAfter && !blankBefore) score--;
    }
  }
  // A tie (a title above, a footer below): the end that looks like the blocks between the dates
  // is the one that holds an event's text.
  const middle = runs
    .slice(1, -1)
    .map(textCount)
    .sort((a, b) => a - b);
  const typical = middle[Math.floor(middle.length / 2)];
  if (score === 0 && typical !== undefined && typical > 0) {
    const offHead = Math.abs(textCount(runs[0] ?? []) - typical);
    const offTail = Math.abs(textCount(runs[runs.length - 1] ?? []) - typical);
    score = Math.sign(offTail - offHead);
  }
  return score;
}

const textCount = (run: Entry[]) => run.filter((entry) => entry.kind === "text").length;

/** The index of the first blank line after some text in the run, or the run's length. */
function blankAfterText(run: Entry[]): number {
  const firstText = run.findIndex((entry) => entry.kind === "text");
  const blank = run.findIndex((entry, index) => index > firstText && entry.kind === "blank");
  return firstText >= 0 && blank > firstText ? blank : run.length;
}

/**
 * With the text above the date, how much of the run under a date is still that date's: up to a
 * blank line when blank lines part the blocks, else the place lines right under it.
 */
function ownTail(run: Entry[], blanksTell: boolean): number {
  if (blanksTell) {
    const blank = blankAfterText(run);
    if (blank < run.length) return blank;
  }
  let end = 0;
  while (end < run.length) {
    const entry = run[end];
    if (entry?.kind === "text" && !looksLikePlace(entry.text)) break;
    end++;
  }
  return end;
}
