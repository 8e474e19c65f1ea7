/**
 * Opens the feedback store named by `DATABASE_URL` as one typed Kysely instance over either dialect:
 * better-sqlite3 (WAL, one file, nothing to install) or node-postgres (a pool, for several instances).
 * The drivers are loaded only for the dialect in use. Node-only (no Next.js).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { DatabaseTarget } from "./database-url";
import { migrateToLatest, type SqlDialect } from "./migrations";
import type { FeedbackDatabase } from "./tables";

export interface OpenDatabase {
  db: Kysely<FeedbackDatabase>;
  dialect: SqlDialect;
  close(): Promise<void>;
}

/** How long a write may wait for SQLite's lock (another process writing) before it fails. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/**
 * How long a query may wait for a pooled connection (node-postgres counts the wait in the pool's queue too).
 * A server that is down refuses at once, so this bounds waits under load (and a host that swallows packets):
 * under a burst of answers on a busy machine they queue here for seconds rather than fail (measured: 15 s was
 * not enough for 200 concurrent answers on a loaded 2-core machine, see `npm run bench:feedback`).
 */
const PG_CONNECT_TIMEOUT_MS = 60_000;
/** Longest statement PostgreSQL may run for us (insights over a long period included). */
const PG_STATEMENT_TIMEOUT_MS = 15_000;
/** Connections per instance; feedback writes are single short statements (two instances use 40 of 100). */
const PG_POOL_SIZE = 20;
/** PostgreSQL's type id of `bigint` (int8), which node-postgres returns as a string by default. */
const PG_INT8_OID = 20;

export async function openDatabase(
  target: Exclude<DatabaseTarget, { dialect: "invalid" }>,
  root: string,
  options: { migrate?: boolean } = {},
): Promise<OpenDatabase> {
  const opened =
    target.dialect === "sqlite"
      ? await openSqlite(path.resolve(root, target.file))
      : await openPostgres(target.url);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(opened.db as Kysely<unknown>, opened.dialect);
    } catch (error) {
      await opened.close();
      throw error;
    }
  }
  return opened;
}

async function openSqlite(file: string): Promise<OpenDatabase> {
  const { default: Database } = await import("better-sqlite3");
  await mkdir(path.dirname(file), { recursive: true });
  const database = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL: readers never wait for the writer; NORMAL: a commit survives a crash of this process
  // (only a power loss can take the last commits, a trade every WAL deployment makes).
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  const db = new Kysely<FeedbackDatabase>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const { default: pg } = await import("pg");
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === PG_INT8_OID && format !== "binary"
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: PG_POOL_SIZE,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
    types,
  });
  // An idle connection dropped by a restarting server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.warn(`fixpath: PostgreSQL connection lost (${error.message})`));
  const db = new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}
