/**
 * Versioned migrations of the feedback store, run at start by `migrateToLatest`. Never edit a migration
 * that has shipped: add the next one. Names sort in the order they run.
 */
import { Migrator, sql, type Kysely, type Migration } from "kysely";

export type SqlDialect = "sqlite" | "postgres";

/** The table Kysely records applied migrations in (and its lock table, `<name>_lock`). */
export const MIGRATION_TABLE = "fixpath_migrations";

// Migrations see the database untyped on purpose: they describe it as it was then, not as tables.ts says now.
type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above

function createFeedbackTables(dialect: SqlDialect): Migration {
  /** An auto-numbered key: SQLite's rowid alias, or a PostgreSQL identity column. */
  const idColumn = (db: AnyDb, table: string) =>
    dialect === "postgres"
      ? db.schema
          .createTable(table)
          .addColumn("id", "bigint", (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : db.schema.createTable(table).addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: AnyDb) {
      await idColumn(db, "feedback_events")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("error_id", "text", (c) => c.notNull())
        .addColumn("cause_id", "text", (c) => c.notNull())
        .addColumn("flow_id", "text", (c) => c.notNull())
        .addColumn("step_id", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("comment", "text")
        .addColumn("spam_score", "real")
        .addColumn("voter_hash", "text", (c) => c.notNull())
        .addColumn("dedupe_key", "text", (c) => c.notNull())
        .addUniqueConstraint("feedback_events_one_answer", ["day", "voter_hash", "dedupe_key"])
        .execute();
      await db.schema.createIndex("feedback_events_by_day").on("feedback_events").column("day").execute();

      await db.schema
        .createTable("outcome_daily")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("error_id", "text", (c) => c.notNull())
        .addColumn("cause_id", "text", (c) => c.notNull())
        .addColumn("flow_id", "text", (c) => c.notNull())
        .addColumn("step_id", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("count", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("outcome_daily_key", [
          "day",
          "locale",
          "error_id",
          "cause_id",
          "flow_id",
          "step_id",
          "outcome",
        ])
        .execute();

      await idColumn(db, "search_events")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("query", "text", (c) => c.notNull())
        .addColumn("result_count", "integer", (c) => c.notNull())
        .addColumn("code_count", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("search_events_by_day").on("search_events").column("day").execute();

      await idColumn(db, "search_codes")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("normalized", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("known", "integer", (c) => c.notNull())
        .addColumn("result_count", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("search_codes_by_day").on("search_codes").column("day").execute();

      await db.schema
        .createTable("search_daily")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("count", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("search_daily_key", ["day", "locale", "kind", "key"])
        .execute();

      await db.schema
        .createTable("voter_salts")
        .addColumn("day", "text", (c) => c.primaryKey())
        .addColumn("salt", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("maintenance_locks")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("runs", "bigint", (c) => c.notNull())
        .execute();
      await db.insertInto("maintenance_locks").values({ name: "roll-up", runs: 0 }).execute();
    },
    async down(db: AnyDb) {
      for (const table of [
        "maintenance_locks",
        "voter_salts",
        "search_daily",
        "search_codes",
        "search_events",
        "outcome_daily",
        "feedback_events",
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

/** Every migration, by name. */
export function listMigrations(dialect: SqlDialect): Record<string, Migration> {
  return { "0001-feedback-tables": createFeedbackTables(dialect) };
}

/**
 * Applies every migration not applied yet. Kysely's lock table makes concurrent starts (two instances on
 * one PostgreSQL) wait for each other instead of running a migration twice.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: SqlDialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => listMigrations(dialect) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Whether the database answers at all (a cheap round trip). */
export async function pingDatabase(db: Kysely<unknown>): Promise<void> {
  await sql`select 1`.execute(db);
}
