/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries (`/usr/lib/postgresql/<n>/bin`,
 * installed by `scripts/ensure-deps.sh --postgres`) run a fresh cluster in a temporary folder, on a loopback
 * port, with trust authentication; `stop()` shuts it down and deletes the folder.
 *
 * PostgreSQL refuses to run as root, and CI runs as root: then every PostgreSQL command runs as the
 * unprivileged `nobody` (through `runuser`), which owns the temporary folder.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where Debian installs PostgreSQL's server binaries, one folder per major version. */
const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";
/** The unprivileged user PostgreSQL runs as when we are root. */
const UNPRIVILEGED_USER = "nobody";
/** The superuser of the throwaway cluster (trust authentication on loopback only). */
const SUPERUSER = "fixpath";

export interface ThrowawayPostgres {
  /** `postgres://fixpath@127.0.0.1:<port>/postgres`. */
  url: string;
  port: number;
  /** A new empty database on this server, and its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  if (!existsSync(DEBIAN_POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_POSTGRES_ROOT)
    .filter(
      (name) => /^\d+$/.test(name) && existsSync(path.join(DEBIAN_POSTGRES_ROOT, name, "bin", "initdb")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(DEBIAN_POSTGRES_ROOT, versions[0], "bin") : undefined;
}

/** A free loopback port (or `preferred` when given, e.g. a developer's own range). */
async function pickPort(preferred?: number): Promise<number> {
  if (preferred) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(options: { port?: number } = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      `PostgreSQL is not installed (no ${DEBIAN_POSTGRES_ROOT}/<version>/bin/initdb): run \`bash scripts/ensure-deps.sh --postgres\``,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixpath-pg-"));
  const data = path.join(dir, "data");
  const pgRun = (command: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", UNPRIVILEGED_USER, "--", path.join(bin, command), ...args], { timeout: 60_000 })
      : run(path.join(bin, command), args, { timeout: 60_000 });
  try {
    if (asRoot) {
      const { stdout } = await run("id", ["-u", UNPRIVILEGED_USER]);
      const { stdout: group } = await run("id", ["-g", UNPRIVILEGED_USER]);
      await chown(dir, Number(stdout.trim()), Number(group.trim()));
    }
    await chmod(dir, 0o700);
    // No fsync anywhere: a throwaway cluster need not survive a power cut, and tests run much faster.
    await pgRun("initdb", [
      "-D",
      data,
      "-U",
      SUPERUSER,
      "--auth=trust",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C",
    ]);
    const port = await pickPort(options.port);
    await pgRun("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port} -h 127.0.0.1 -k ${dir} -F -c max_connections=300`,
      "start",
    ]);
    const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      async createDatabase(name: string) {
        if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        const { default: pg } = await import("pg");
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`create database ${name}`);
        } finally {
          await client.end();
        }
        return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        await pgRun("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const log = await readFile(path.join(dir, "server.log"), "utf8").catch(() => "");
    await rm(dir, { recursive: true, force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`could not start a throwaway PostgreSQL: ${detail}${log ? `\n${log.slice(-2000)}` : ""}`);
  }
}
