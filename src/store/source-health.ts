/** Each connector's health: its circuit breaker and last outcome, and how much it was asked lately. */
import type { SourceHealthRow } from "./schema.ts";
import type { Executor } from "./store.ts";

export function allSourceHealth(db: Executor): Promise<SourceHealthRow[]> {
  return db.selectFrom("source_health").selectAll().orderBy("connector").execute();
}

export async function saveSourceHealth(db: Executor, row: SourceHealthRow): Promise<void> {
  const { connector, ...rest } = row;
  await db
    .insertInto("source_health")
    .values(row)
    .onConflict((conflict) => conflict.column("connector").doUpdateSet(rest))
    .execute();
}

/** Closes a connector's circuit (after the buyer fixed its credentials, say); keeps its history. */
export async function resetSourceHealth(db: Executor, connector: string): Promise<void> {
  await db
    .updateTable("source_health")
    .set({ circuit: "closed", consecutive_failures: 0, open_until: null })
    .where("connector", "=", connector)
    .execute();
}

export interface RequestCounts {
  connector: string;
  requests: number;
  failed: number;
}

/** Requests per connector since `since` (ISO 8601), and how many of them failed. */
export async function requestsSince(db: Executor, since: string): Promise<RequestCounts[]> {
  const rows = await db
    .selectFrom("fetches")
    .select((eb) => [
      "connector",
      eb.fn.countAll<number | string | bigint>().as("requests"),
      eb.fn
        .sum<number | string | bigint | null>(
          eb.case().when("outcome", "in", ["ok", "not_found", "manual"]).then(0).else(1).end(),
        )
        .as("failed"),
    ])
    .where("started_at", ">=", since)
    .groupBy("connector")
    .execute();
  return rows.map((row) => ({
    connector: row.connector,
    requests: Number(row.requests),
    failed: Number(row.failed ?? 0),
  }));
}
