/**
 * The databases one store test suite runs against: a real SQLite file in a temp dir, and a fresh
 * database on the test run's PostgreSQL server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, inject } from "vitest";
import type { StoreLocation } from "../../src/store/open-store.ts";
import { Store } from "../../src/store/store.ts";

export interface TestDatabase {
  name: "sqlite" | "postgres";
  /** A new, empty database; `drop` deletes it. */
  create(): Promise<{ location: StoreLocation; dataDir: string; drop: () => Promise<void> }>;
}

let counter = 0;

const sqlite: TestDatabase = {
  name: "sqlite",
  async create() {
    const dataDir = mkdtempSync(join(tmpdir(), "parceltrail-test-"));
    return {
      location: { dialect: "sqlite", path: join(dataDir, "parceltrail.db") },
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

function postgres(adminUrl: string): TestDatabase {
  return {
    name: "postgres",
    async create() {
      const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const dataDir = mkdtempSync(join(tmpdir(), "parceltrail-test-"));
      return {
        location: { dialect: "postgres", url: url.toString() },
        dataDir,
        drop: async () => {
          rmSync(dataDir, { recursive: true, force: true });
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL when the global setup started a server. */
export function testDatabases(): TestDatabase[] {
  const url = inject("postgresUrl");
  return url ? [sqlite, postgres(url)] : [sqlite];
}

/**
 * A new, empty store for every test of the calling `describe`, closed and dropped after it.
 * Returns a getter: call it inside a test or a later `beforeEach` (hooks run in order).
 */
export function storePerTest(database: TestDatabase): () => Store {
  let store: Store | null = null;
  let drop: (() => Promise<void>) | null = null;
  beforeEach(async () => {
    const created = await database.create();
    drop = created.drop;
    store = await Store.open(created.location);
  });
  afterEach(async () => {
    await store?.close();
    await drop?.();
    store = null;
    drop = null;
  });
  return () => {
    if (!store) throw new Error("the test store exists only while a test runs");
    return store;
  };
}
