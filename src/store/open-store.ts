/**
 * Where the data lives and how to open it. SQLite in the data dir by default; PostgreSQL when
 * PARCELTRAIL_DATABASE_URL is a postgres:// URL. Opening runs the pending migrations under a lock
 * (SQLite: an immediate write transaction; PostgreSQL: Kysely's advisory lock), so two processes
 * starting together migrate once.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
  Kysely,
  PostgresDialect,
  type SqliteDatabase as SqliteDatabaseInterface,
  SqliteDialect,
  sql,
} from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import type { DialectName } from "./migrations/context.ts";
import { migrations } from "./migrations/index.ts";
import type { Database } from "./schema.ts";
import { StoreError } from "./store-error.ts";

export type StoreLocation = { dialect: "sqlite"; path: string } | { dialect: "postgres"; url: string };

export const DATABASE_FILE = "parceltrail.db";

/** `--data-dir` wins over PARCELTRAIL_DATA_DIR, which wins over ./data; a database URL wins over both. */
export function storeLocation(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): StoreLocation {
  const env = options.env ?? process.env;
  const url = env.PARCELTRAIL_DATABASE_URL?.trim();
  if (url) {
    if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: "postgres", url };
    if (/^(sqlite|file):/i.test(url))
      return { dialect: "sqlite", path: resolve(url.replace(/^(sqlite|file):(\/\/)?/i, "")) };
    throw new StoreError(
      `PARCELTRAIL_DATABASE_URL must start with postgres:// (or be unset to use SQLite in the data dir); got "${url.slice(0, 40)}".`,
    );
  }
  const dir = resolve(options.dataDir ?? env.PARCELTRAIL_DATA_DIR ?? "data");
  return { dialect: "sqlite", path: join(dir, DATABASE_FILE) };
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite handle, for write locks and online backups; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
}

// PostgreSQL returns 64-bit integers (ids, counts) as strings; ours fit in a double.
const INT8 = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Kysely prepares every query it runs; the same few shapes come back all the time (an event batch
 * insert is thousands of characters of SQL), and preparing them again was a fifth of the ingest
 * time. Statements are kept by their SQL text; Kysely never iterates one while running another.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabaseInterface {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= 256) cache.clear();
        statement = sqlite.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

function openDialect(location: StoreLocation): OpenedDatabase {
  if (location.dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: location.url, max: 10, types: pgTypes });
    // An idle connection the server drops (restart, admin command) must not crash the process:
    // the pool discards it and the next query opens a new one.
    pool.on("error", () => undefined);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: "postgres",
      sqlite: null,
    };
  }
  mkdirSync(join(location.path, ".."), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(location.path, { timeout: 10_000 });
    // WAL: readers never block the writer, and a crash loses nothing that was committed.
    sqlite.pragma("journal_mode = WAL");
    // FULL: a committed write survives a power cut too, not only a crash; this is evidence.
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
  } catch (error) {
    throw new StoreError(`cannot open the database ${location.path}: ${(error as Error).message}`);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
    dialect: "sqlite",
    sqlite,
  };
}

export async function migrate(opened: OpenedDatabase): Promise<void> {
  const migrator = new Migrator({
    db: opened.db,
    provider: { getMigrations: async () => migrations({ dialect: opened.dialect }) },
    // On SQLite we hold the write lock ourselves for the whole run (below).
    disableTransactions: opened.dialect === "sqlite",
  });
  const raw = opened.sqlite;
  if (raw) raw.exec("BEGIN IMMEDIATE");
  const { error, results } = await migrator.migrateToLatest();
  if (raw) raw.exec(error ? "ROLLBACK" : "COMMIT");
  if (error) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName ?? "unknown";
    throw new StoreError(`database migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

export async function openDatabase(location: StoreLocation): Promise<OpenedDatabase> {
  const opened = openDialect(location);
  try {
    if (opened.dialect === "postgres") await sql`select 1`.execute(opened.db);
    await migrate(opened);
  } catch (error) {
    await opened.db.destroy();
    if (error instanceof StoreError) throw error;
    const where = location.dialect === "postgres" ? "the PostgreSQL server" : location.path;
    throw new StoreError(`cannot open ${where}: ${(error as Error).message}`);
  }
  return opened;
}
