/**
 * Vitest global setup: one PostgreSQL server for the whole run, shared by the test files through
 * `inject("postgresUrl")`; each file creates its own database on it (see databases.ts). Where
 * the server binaries are missing the PostgreSQL half of the suite is skipped with a notice,
 * except in CI (CI=true), where that is an error.
 */
import type { TestProject } from "vitest/node";
import { type PostgresServer, postgresAvailable, startPostgres } from "./postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let server: PostgresServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (!postgresAvailable() && !process.env.CI) {
    process.stderr.write("PostgreSQL is not installed: the PostgreSQL half of the store suite is skipped.\n");
    project.provide("postgresUrl", null);
    return;
  }
  server = await startPostgres();
  project.provide("postgresUrl", server.url);
}

export function teardown(): void {
  server?.stop();
}
