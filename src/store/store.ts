/**
 * The store: one open database and the repositories over it. Every write that touches more than
 * one row goes through `write`, one transaction that either lands whole or not at all.
 */
import type { Kysely, Transaction } from "kysely";
import type { DialectName } from "./migrations/context.ts";
import { type OpenedDatabase, openDatabase, type StoreLocation } from "./open-store.ts";
import type { Database } from "./schema.ts";
import { StoreError } from "./store-error.ts";

/** A database handle or an open transaction: repository functions take either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export class Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly location: StoreLocation;
  readonly #opened: OpenedDatabase;
  #writeQueue: Promise<unknown> = Promise.resolve();

  private constructor(opened: OpenedDatabase, location: StoreLocation) {
    this.#opened = opened;
    this.db = opened.db;
    this.dialect = opened.dialect;
    this.location = location;
  }

  static async open(location: StoreLocation): Promise<Store> {
    return new Store(await openDatabase(location), location);
  }

  /**
   * Runs `work` in one transaction. On SQLite it takes the write lock at the start (BEGIN
   * IMMEDIATE), so that two processes writing at once wait for each other (busy timeout) instead
   * of failing half-way; writes from this process are queued one after the other.
   */
  write<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const raw = this.#opened.sqlite;
    if (!raw) return this.db.transaction().execute(work);
    const run = async () => {
      raw.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this.db);
        raw.exec("COMMIT");
        return result;
      } catch (error) {
        if (raw.inTransaction) raw.exec("ROLLBACK");
        throw error;
      }
    };
    const result = this.#writeQueue.then(run, run);
    this.#writeQueue = result.catch(() => undefined);
    return result;
  }

  /** An online, consistent copy of the SQLite database (other processes may keep writing). */
  async backupTo(path: string, progress?: (done: number, total: number) => void): Promise<void> {
    const raw = this.#opened.sqlite;
    if (!raw) {
      throw new StoreError("backup copies the SQLite database; for PostgreSQL use pg_dump on the server.");
    }
    await raw.backup(path, {
      progress: ({ totalPages, remainingPages }) => {
        progress?.(totalPages - remainingPages, totalPages);
        return 1_000; // pages per step; other writers get a turn between steps
      },
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
