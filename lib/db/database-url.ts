/**
 * Which database `DATABASE_URL` names: unset → SQLite at `.fixpath/fixpath.db`, `file:<path>` → SQLite at
 * that path (relative to the project root), `postgres://…` or `postgresql://…` → PostgreSQL.
 */

/** Where the SQLite database lives when `DATABASE_URL` is not set, relative to the project root. */
export const DEFAULT_SQLITE_FILE = ".fixpath/fixpath.db";

export type DatabaseTarget =
  | { dialect: "sqlite"; file: string }
  | { dialect: "postgres"; url: string }
  | { dialect: "invalid"; message: string };

/** Reads a `DATABASE_URL` value; a value that names no supported database says what to write instead. */
export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  const url = value?.trim() ?? "";
  if (url === "") return { dialect: "sqlite", file: DEFAULT_SQLITE_FILE };
  if (/^postgres(?:ql)?:\/\//i.test(url)) return { dialect: "postgres", url };
  if (/^file:/i.test(url)) {
    // `file:data/x.db`, `file:/var/lib/fixpath.db` and `file:///var/lib/fixpath.db` all name a path.
    const file = decodeURIComponent(url.slice("file:".length).replace(/^\/\/(?=\/)/, ""));
    if (file === "" || file.includes("\0"))
      return {
        dialect: "invalid",
        message: "DATABASE_URL file: needs a path, e.g. file:.fixpath/fixpath.db",
      };
    return { dialect: "sqlite", file };
  }
  return {
    dialect: "invalid",
    message:
      "DATABASE_URL must be empty (SQLite in .fixpath/), file:<path> (SQLite) or postgres://user@host/db",
  };
}

/** The target without secrets, for logs: a PostgreSQL password never appears. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.dialect === "sqlite") return `SQLite at ${target.file}`;
  if (target.dialect === "invalid") return `no database (${target.message})`;
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL (unreadable URL)";
  }
}
