/** Which connectors read each number, and how the last read went. */
import type { SourceRow, SourcesTable } from "./schema.ts";
import type { Executor } from "./store.ts";

export interface SourceRead {
  at: string;
  ok: boolean;
  error?: string | null;
  state?: SourcesTable["state"];
}

/** Records a read of `connector` for a number, creating the source row on first use. */
export async function recordSourceRead(
  db: Executor,
  numberId: number,
  connector: string,
  read: SourceRead,
): Promise<void> {
  const state = read.state ?? (read.ok ? "active" : "failing");
  await db
    .insertInto("sources")
    .values({
      tracking_number_id: numberId,
      connector,
      state,
      last_fetch_at: read.at,
      last_success_at: read.ok ? read.at : null,
      last_error: read.ok ? null : (read.error ?? "failed"),
    })
    .onConflict((conflict) =>
      conflict.columns(["tracking_number_id", "connector"]).doUpdateSet((eb) => ({
        state,
        last_fetch_at: read.at,
        last_success_at: read.ok ? read.at : eb.ref("sources.last_success_at"),
        last_error: read.ok ? null : (read.error ?? "failed"),
      })),
    )
    .execute();
}

export function sourcesOfNumbers(db: Executor, numberIds: readonly number[]): Promise<SourceRow[]> {
  if (numberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("sources")
    .selectAll()
    .where("tracking_number_id", "in", numberIds)
    .orderBy("tracking_number_id")
    .orderBy("connector")
    .execute();
}

/** Records successful reads of many numbers at once (an ingest batch): one statement. */
export async function recordSuccessfulReads(
  db: Executor,
  reads: ReadonlyArray<{ numberId: number; connector: string }>,
  at: string,
): Promise<void> {
  const unique = new Map(reads.map((read) => [`${read.numberId}\u0000${read.connector}`, read]));
  const rows = [...unique.values()].map((read) => ({
    tracking_number_id: read.numberId,
    connector: read.connector,
    state: "active" as const,
    last_fetch_at: at,
    last_success_at: at,
    last_error: null,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("sources")
      .values(rows.slice(start, start + 500))
      .onConflict((conflict) =>
        conflict
          .columns(["tracking_number_id", "connector"])
          .doUpdateSet({ state: "active", last_fetch_at: at, last_success_at: at, last_error: null }),
      )
      .execute();
  }
}
