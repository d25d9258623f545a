/** Small, shared ways of showing stored values in a terminal. */
import { Temporal } from "temporal-polyfill";

/** "3 h", "2 d", "5 min" since `iso`, or "" when there is none. */
export function age(iso: string | null, now: string): string {
  if (!iso) return "";
  const ms = Date.parse(now) - Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  if (ms < 0) return "in future";
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** Whole days from `now` to the end of the day `endsOn` (negative once it is over). */
export function daysLeft(endsOn: string | null, now: string): number | null {
  if (!endsOn) return null;
  const today = Temporal.Instant.from(now).toZonedDateTimeISO("UTC").toPlainDate();
  return today.until(Temporal.PlainDate.from(endsOn), { largestUnit: "day" }).days;
}

export function table(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length),
      )
      .join("  ")
      .trimEnd(),
  );
}

/** "1 order", "3 orders". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;
}
