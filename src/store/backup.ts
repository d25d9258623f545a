/**
 * Backups of the SQLite database: an online copy (SQLite's backup API: consistent even while
 * other processes write) and a restore that checks the file first and keeps a copy of what it
 * replaces, so a wrong restore loses nothing.
 */
import { existsSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import type { Store } from "./store.ts";
import { StoreError } from "./store-error.ts";

export type BackupProgress = (done: number, total: number) => void;

export async function backupDatabase(
  store: Store,
  file: string,
  options: { force?: boolean; progress?: BackupProgress } = {},
): Promise<void> {
  if (existsSync(file) && !options.force)
    throw new StoreError(`${file} already exists; choose another name or add --force.`);
  await store.backupTo(file, options.progress);
}

/** Checks that `file` is a ParcelTrail SQLite database in good order; returns its order count. */
export function checkBackup(file: string): { orders: number; numbers: number; events: number } {
  if (!existsSync(file)) throw new StoreError(`${file} does not exist.`);
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(`${file} is not a SQLite database (${(error as Error).message}).`);
  }
  try {
    let check: unknown;
    try {
      check = db.pragma("quick_check", { simple: true });
    } catch (error) {
      throw new StoreError(`${file} is not a SQLite database (${(error as Error).message}).`);
    }
    if (check !== "ok")
      throw new StoreError(`${file} is damaged (SQLite quick_check: ${String(check)}); it was not restored.`);
    const tables = new Set(
      (
        db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>
      ).map((row) => row.name),
    );
    for (const table of ["orders", "tracking_numbers", "events", "kysely_migration"]) {
      if (!tables.has(table))
        throw new StoreError(`${file} is not a ParcelTrail backup (no ${table} table).`);
    }
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { orders: count("orders"), numbers: count("tracking_numbers"), events: count("events") };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${file} cannot be read as a ParcelTrail backup: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `target` with the backup `file`, page by page through SQLite's backup
 * API (so the result is consistent even if the copy is interrupted: the target is only replaced
 * at the end). The database it replaces is first copied to `keepAs`.
 */
export async function restoreDatabase(
  file: string,
  target: string,
  keepAs: string | null,
  progress?: BackupProgress,
): Promise<void> {
  if (keepAs && existsSync(target)) {
    const current = new SqliteDatabase(target, { fileMustExist: true, timeout: 10_000 });
    try {
      await current.backup(keepAs);
    } finally {
      current.close();
    }
  }
  const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        progress?.(totalPages - remainingPages, totalPages);
        return 1_000;
      },
    });
  } finally {
    source.close();
  }
}
