/**
 * The databases one store test suite runs against: a real SQLite file in a temp dir, and a fresh
 * database on the test run's PostgreSQL server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { StoreLocation } from "../../src/store/open-store.ts";

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
