export type DialectName = "sqlite" | "postgres";

/** What a migration may need to know to write the same schema for both databases. */
export interface MigrationContext {
  dialect: DialectName;
}
