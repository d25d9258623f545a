/** The first schema: orders, their tracking numbers, sources, events, fetches and the buyer's reports. */
import { type Kysely, sql } from "kysely";
import type { MigrationContext } from "./context.ts";

export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  const id = context.dialect === "postgres" ? "bigserial" : "integer";
  // A column that points to an id: bigserial would add a sequence and NOT NULL.
  const ref = context.dialect === "postgres" ? "bigint" : "integer";
  const bytes = context.dialect === "postgres" ? "bytea" : "blob";
  const float = context.dialect === "postgres" ? "double precision" : "real";
  const autoId = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", sql.raw(id), (column) =>
        context.dialect === "postgres" ? column.primaryKey() : column.primaryKey().autoIncrement(),
      );

  await autoId("orders")
    .addColumn("marketplace", "text", (c) => c.notNull())
    .addColumn("order_number", "text")
    .addColumn("title", "text")
    .addColumn("items", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("seller", "text")
    .addColumn("placed_on", "text")
    .addColumn("shipping_method", "text")
    .addColumn("protection_ends_on", "text")
    .addColumn("protection_estimated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("dest_country", "text")
    .addColumn("dest_region", "text")
    .addColumn("dest_city", "text")
    .addColumn("dest_postcode", "text")
    .addColumn("labels", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("notes", "text")
    .addColumn("archived", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("stage", "text")
    .addColumn("last_event_at", "text")
    .addColumn("activity_at", "text", (c) => c.notNull())
    .execute();
  // One order per marketplace order number; orders without a number are told apart by id.
  await db.schema
    .createIndex("orders_marketplace_number")
    .on("orders")
    .columns(["marketplace", "order_number"])
    .unique()
    .where(sql.ref("order_number"), "is not", null)
    .execute();
  await db.schema
    .createIndex("orders_list")
    .on("orders")
    .columns(["archived", "activity_at", "id"])
    .execute();
  await db.schema
    .createIndex("orders_list_stage")
    .on("orders")
    .columns(["archived", "stage", "activity_at", "id"])
    .execute();
  await db.schema
    .createIndex("orders_list_status")
    .on("orders")
    .columns(["archived", "status", "activity_at", "id"])
    .execute();

  await autoId("tracking_numbers")
    .addColumn("order_id", sql.raw(ref), (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("number", "text", (c) => c.notNull().unique())
    .addColumn("carrier", "text")
    .addColumn("carrier_pinned", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("handed_off_from", sql.raw(ref), (c) =>
      c.references("tracking_numbers.id").onDelete("set null"),
    )
    .addColumn("role", "text", (c) => c.notNull().defaultTo("first_leg"))
    .addColumn("archived", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("stage", "text")
    .addColumn("last_event_at", "text")
    .addColumn("event_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("tracking_numbers_order").on("tracking_numbers").column("order_id").execute();
  await db.schema
    .createIndex("tracking_numbers_carrier")
    .on("tracking_numbers")
    .columns(["carrier", "order_id"])
    .execute();

  await autoId("sources")
    .addColumn("tracking_number_id", sql.raw(ref), (c) =>
      c.notNull().references("tracking_numbers.id").onDelete("cascade"),
    )
    .addColumn("connector", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("last_fetch_at", "text")
    .addColumn("last_success_at", "text")
    .addColumn("last_error", "text")
    .addUniqueConstraint("sources_number_connector", ["tracking_number_id", "connector"])
    .execute();

  await autoId("fetches")
    .addColumn("connector", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("http_status", "integer")
    .addColumn("error", "text")
    .addColumn("content_type", "text")
    .addColumn("body", sql.raw(bytes))
    .addColumn("body_bytes", "integer")
    .addColumn("body_sha256", "text")
    .execute();
  await db.schema
    .createTable("fetch_numbers")
    .addColumn("fetch_id", sql.raw(ref), (c) => c.notNull().references("fetches.id").onDelete("cascade"))
    .addColumn("tracking_number_id", sql.raw(ref), (c) =>
      c.notNull().references("tracking_numbers.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("fetch_numbers_pk", ["tracking_number_id", "fetch_id"])
    .execute();

  await autoId("events")
    .addColumn("tracking_number_id", sql.raw(ref), (c) =>
      c.notNull().references("tracking_numbers.id").onDelete("cascade"),
    )
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    .addColumn("time_given", "text", (c) => c.notNull())
    .addColumn("time_utc", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("location", "text")
    .addColumn("lang", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("stage", "text")
    .addColumn("sub_status", "text")
    .addColumn("confidence", sql.raw(float), (c) => c.notNull())
    .addColumn("fetch_id", sql.raw(ref), (c) => c.references("fetches.id").onDelete("set null"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  // The dedupe key is unique per number: storing the same report twice is a no-op.
  await db.schema
    .createIndex("events_dedupe")
    .on("events")
    .columns(["tracking_number_id", "dedupe_key"])
    .unique()
    .execute();

  await autoId("reports")
    .addColumn("order_id", sql.raw(ref), (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reports_order").on("reports").column("order_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "reports",
    "events",
    "fetch_numbers",
    "fetches",
    "sources",
    "tracking_numbers",
    "orders",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
