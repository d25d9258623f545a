/**
 * Sources that read over the network: each fetch keeps the URL it asked (without secrets), the
 * requests of the last day are counted per connector, and each connector's health (its circuit
 * breaker) survives between runs, so `parceltrail sources` tells the truth and a source that
 * keeps failing is left alone until its pause ends, whichever process syncs next.
 */
import type { Kysely } from "kysely";
import type { MigrationContext } from "./context.ts";

export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable("fetches").addColumn("url", "text").execute();
  await db.schema
    .createIndex("fetches_connector_time")
    .on("fetches")
    .columns(["connector", "started_at"])
    .execute();
  await db.schema
    .createTable("source_health")
    .addColumn("connector", "text", (c) => c.primaryKey())
    .addColumn("circuit", "text", (c) => c.notNull().defaultTo("closed"))
    .addColumn("consecutive_failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("open_until", "text")
    .addColumn("last_success_at", "text")
    .addColumn("last_failure_at", "text")
    .addColumn("last_reason", "text")
    .addColumn("last_error", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("source_health").execute();
  await db.schema.dropIndex("fetches_connector_time").execute();
  await db.schema.alterTable("fetches").dropColumn("url").execute();
}
