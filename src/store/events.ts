/**
 * Events are append-only. Each carries a dedupe key (see dedupe-key.ts), unique per tracking
 * number, so storing the same report again, from a re-read or a re-run after a crash, is a no-op.
 */
import type { EventRow, NewEventRow } from "./schema.ts";
import type { Executor } from "./store.ts";

export type NewEvent = Omit<NewEventRow, "id">;

// SQLite binds at most 32,766 parameters a statement; 16 columns x 500 rows stays well below it,
// and one shape a batch size lets the prepared statement be reused.
const ROWS_PER_STATEMENT = 500;

/** Inserts what is new; returns the ids and keys of the rows that were actually added. */
export async function insertEvents(
  db: Executor,
  events: readonly NewEvent[],
): Promise<Array<{ id: number; tracking_number_id: number; dedupe_key: string }>> {
  const added: Array<{ id: number; tracking_number_id: number; dedupe_key: string }> = [];
  for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
    const chunk = events.slice(start, start + ROWS_PER_STATEMENT);
    const rows = await db
      .insertInto("events")
      .values(chunk)
      .onConflict((conflict) => conflict.columns(["tracking_number_id", "dedupe_key"]).doNothing())
      .returning(["id", "tracking_number_id", "dedupe_key"])
      .execute();
    added.push(...rows);
  }
  return added;
}

/** Oldest first; events whose time could not be read come last, in the order they were stored. */
export function eventsOfNumbers(db: Executor, numberIds: readonly number[]): Promise<EventRow[]> {
  if (numberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("events")
    .selectAll()
    .where("tracking_number_id", "in", numberIds)
    .orderBy("id")
    .execute();
}

export async function countEvents(db: Executor, numberId?: number): Promise<number> {
  let query = db.selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n"));
  if (numberId !== undefined) query = query.where("tracking_number_id", "=", numberId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
