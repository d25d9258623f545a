/** Orders: create, find, change, archive, remove, list. */
import { type SelectQueryBuilder, sql } from "kysely";
import type { Database, NewOrderRow, OrderPatch, OrderRow } from "./schema.ts";
import type { Executor } from "./store.ts";
import { ConflictError } from "./store-error.ts";

export type NewOrder = Omit<
  NewOrderRow,
  "id" | "created_at" | "updated_at" | "status" | "stage" | "last_event_at" | "activity_at"
>;

export async function insertOrder(db: Executor, order: NewOrder, now: string): Promise<OrderRow> {
  if (order.order_number) {
    const existing = await findOrderByNumber(db, order.marketplace, order.order_number);
    if (existing) {
      throw new ConflictError(
        `order ${order.order_number} on ${order.marketplace} already exists (id ${existing.id}); add numbers to it with --order ${order.order_number}.`,
      );
    }
  }
  return db
    .insertInto("orders")
    .values({ ...order, created_at: now, updated_at: now, activity_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function getOrder(db: Executor, id: number): Promise<OrderRow | undefined> {
  return db.selectFrom("orders").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findOrderByNumber(
  db: Executor,
  marketplace: string,
  orderNumber: string,
): Promise<OrderRow | undefined> {
  return db
    .selectFrom("orders")
    .selectAll()
    .where("marketplace", "=", marketplace)
    .where("order_number", "=", orderNumber)
    .executeTakeFirst();
}

/** Orders whose number is `orderNumber` on any marketplace. */
export function findOrdersByNumber(db: Executor, orderNumber: string): Promise<OrderRow[]> {
  return db.selectFrom("orders").selectAll().where("order_number", "=", orderNumber).orderBy("id").execute();
}

export async function updateOrder(
  db: Executor,
  id: number,
  patch: OrderPatch,
  now: string,
): Promise<OrderRow> {
  const next = patch.order_number;
  if (next) {
    const current = await getOrder(db, id);
    const other = current && (await findOrderByNumber(db, patch.marketplace ?? current.marketplace, next));
    if (other && other.id !== id) {
      throw new ConflictError(`order number ${next} already belongs to order ${other.id}.`);
    }
  }
  return db
    .updateTable("orders")
    .set({ ...patch, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteOrder(db: Executor, id: number): Promise<boolean> {
  // Events, numbers, sources and reports go with it (ON DELETE CASCADE); fetches stay, as evidence
  // shared with other numbers of the same batch read, and are pruned when nothing points to them.
  const result = await db.deleteFrom("orders").where("id", "=", id).executeTakeFirst();
  await db
    .deleteFrom("fetches")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("fetch_numbers")
            .select(sql.lit(1).as("one"))
            .whereRef("fetch_numbers.fetch_id", "=", "fetches.id"),
        ),
      ),
    )
    .execute();
  return Number(result.numDeletedRows) > 0;
}

export interface OrderFilter {
  status?: string;
  stage?: string;
  carrier?: string;
  /** List archived orders instead of the active ones. */
  archived?: boolean;
  limit?: number;
  offset?: number;
}

/** The filter's conditions, shared by `listOrders` and `countOrders`. */
function filtered<Q extends SelectQueryBuilder<Database, "orders", object>>(
  query: Q,
  filter: OrderFilter,
): Q {
  let result = query.where("archived", "=", filter.archived ? 1 : 0) as Q;
  if (filter.status) result = result.where("status", "=", filter.status) as Q;
  if (filter.stage) result = result.where("stage", "=", filter.stage) as Q;
  const carrier = filter.carrier;
  if (carrier) {
    // Checked order by order along the list's index: the first screenful is found without
    // collecting every order of a common carrier first.
    result = result.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("tracking_numbers")
          .select(sql.lit(1).as("one"))
          .whereRef("tracking_numbers.order_id", "=", "orders.id")
          .where("tracking_numbers.carrier", "=", carrier),
      ),
    ) as Q;
  }
  return result;
}

/** Newest activity first: the latest event, or for an order with none yet, when it was added. */
export function listOrders(db: Executor, filter: OrderFilter = {}): Promise<OrderRow[]> {
  return filtered(db.selectFrom("orders").selectAll(), filter)
    .orderBy("activity_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit ?? 1_000_000)
    .offset(filter.offset ?? 0)
    .execute();
}

/** How many orders the filter selects (a count over all of them: use when a list is cut short). */
export async function countOrders(
  db: Executor,
  filter: Omit<OrderFilter, "limit" | "offset"> = {},
): Promise<number> {
  const query = filtered(
    db.selectFrom("orders").select((eb) => eb.fn.countAll<number>().as("n")),
    filter,
  );
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
