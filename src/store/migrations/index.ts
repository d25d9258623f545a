/**
 * The one migration history, shared by SQLite and PostgreSQL. Add a file `NNN-what.ts` with
 * `up` (and `down`) and list it here; never edit one that has shipped.
 */
import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import * as initial from "./001-initial.ts";
import * as sourceHealth from "./002-source-health.ts";
import type { MigrationContext } from "./context.ts";

interface MigrationModule {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

const MIGRATIONS: Record<string, MigrationModule> = {
  "001-initial": initial,
  "002-source-health": sourceHealth,
};

export function migrations(context: MigrationContext): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, module]) => [
      name,
      {
        up: (db: Kysely<unknown>) => module.up(db, context),
        ...(module.down
          ? { down: (db: Kysely<unknown>) => module.down?.(db, context) ?? Promise.resolve() }
          : {}),
      },
    ]),
  );
}
