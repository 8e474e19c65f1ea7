// Load benchmark of the feedback store (not a test): 5,000 answers from 200 concurrent connections on loopback
// to a production server (`next start` of the current build), on SQLite and on PostgreSQL. Half-way through,
// the server is killed (SIGKILL) and started again; every answer is retried until it is answered 202. Then the
// database must hold exactly one counted answer per voter, per cause as sent: nothing answered 202 is lost,
// and a retry of an answer whose 202 was lost in the crash is not counted twice (same voter, same day).
// Baseline, in the same run and process: the same load of invalid answers (400: everything but the write).
//
//   npm run --silent bench:feedback -- [--posts 5000] [--connections 200] [--port 3242] [--json]
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/db/open-database";
import { startThrowawayPostgres } from "../lib/db/throwaway-postgres";
import { resolveCatalogFile } from "../lib/content/build-catalog";
import { CatalogSchema } from "../lib/schema/entities";
import { createVoterToken } from "../lib/feedback/voter";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const POSTS = option("posts", 5_000);
const CONNECTIONS = option("connections", 200);
const JSON_OUTPUT = args.includes("--json");
/** `--stores sqlite` or `--stores postgres` runs one store only. */
const storesAt = args.indexOf("--stores");
const STORES = storesAt >= 0 ? (args[storesAt + 1] ?? "").split(",") : ["sqlite", "postgres"];
/** Retries of all answers together before the run is called a failure (a crash costs one per connection). */
const MAX_RETRIES = 20 * CONNECTIONS;
const ROOT = process.cwd();
const log = (line: string) => (JSON_OUTPUT ? process.stderr : process.stdout).write(`${line}\n`);

interface Answer {
  body: string;
  cookie: string;
  key: string;
}

async function freePort(): Promise<number> {
  const preferred = option("port", 0);
  if (preferred) return preferred;
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The answers to send: one voter each, spread over every cause of the catalog, Yes and No alternating. */
function planAnswers(): Answer[] {
  const catalog = CatalogSchema.parse(
    JSON.parse(readFileSync(path.join(ROOT, resolveCatalogFile()), "utf8")),
  );
  const causes = catalog.errors.flatMap((e) =>
    e.causes.map((c) => ({ locale: e.locale, errorId: e.id, causeId: c.id })),
  );
  if (causes.length === 0) throw new Error("the catalog has no causes to answer about");
  return Array.from({ length: POSTS }, (_, i) => {
    const cause = causes[i % causes.length]!;
    const outcome = i % 3 === 0 ? "not-fixed" : "fixed";
    return {
      body: JSON.stringify({ ...cause, outcome }),
      cookie: `fixpath_voter=${createVoterToken()}`,
      key: `${cause.errorId}\n${cause.causeId}\n${outcome}`,
    };
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(port: number, body: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/api/v1/feedback",
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          Cookie: cookie,
        },
        timeout: 30_000,
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.end(body);
  });
}

class Server {
  private child: ChildProcess | undefined;
  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
    /** Where the server's output goes, for the tail printed when a run fails. */
    readonly logFile: string,
  ) {}

  async start(): Promise<void> {
    this.child = spawn(
      process.execPath,
      [
        path.join(ROOT, "node_modules/next/dist/bin/next"),
        "start",
        "-p",
        String(this.port),
        "-H",
        "127.0.0.1",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...this.env },
        stdio: ["ignore", openSync(this.logFile, "a"), openSync(this.logFile, "a")],
        detached: true,
      },
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const status = await post(this.port, "{}", "").catch(() => 0);
      if (status === 400) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error("the server did not start within 60 s");
  }

  /** Kills the server's process group at once, as a crash would. */
  kill(): void {
    if (this.child?.pid) process.kill(-this.child.pid, "SIGKILL");
    this.child = undefined;
  }
}

interface Run {
  seconds: number;
  postsPerSecond: number;
  p50: number;
  p99: number;
  retries: number;
  statuses: Record<string, number>;
}

/** Sends every answer, CONNECTIONS at a time, retrying each until `done(status)`; calls `halfway` once. */
async function load(
  port: number,
  answers: Answer[],
  done: (status: number) => boolean,
  halfway?: () => Promise<void>,
): Promise<Run> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  let answered = 0;
  let retries = 0;
  let restart: Promise<void> | undefined;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < answers.length; i = next++) {
      const answer = answers[i]!;
      for (;;) {
        const began = performance.now();
        const status = await post(port, answer.body, answer.cookie).catch(() => 0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (done(status)) {
          latencies.push(performance.now() - began);
          break;
        }
        retries++;
        if (retries > MAX_RETRIES)
          throw new Error(`gave up after ${MAX_RETRIES} retries (last status ${status})`);
        await (restart ?? new Promise((r) => setTimeout(r, 50)));
      }
      answered++;
      if (halfway && answered === Math.floor(answers.length / 2)) restart = halfway();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return {
    seconds: Math.round(seconds * 100) / 100,
    postsPerSecond: Math.round(answers.length / seconds),
    p50: at(0.5),
    p99: at(0.99),
    retries,
    statuses,
  };
}

async function benchDialect(
  name: string,
  databaseUrl: string,
  target: Parameters<typeof openDatabase>[0],
  port: number,
  logFile: string,
) {
  const server = new Server(
    port,
    { DATABASE_URL: databaseUrl, FIXPATH_FEEDBACK_RATE: String(POSTS * 10), NODE_ENV: "production" },
    logFile,
  );
  await server.start();
  try {
    const invalid = planAnswers().map((a) => ({
      ...a,
      body: a.body.replace(/"outcome":"[^"]+"/, '"outcome":"maybe"'),
    }));
    const baseline = await load(port, invalid, (status) => status === 400);
    log(`  baseline (400s): ${baseline.postsPerSecond}/s in ${baseline.seconds} s`);
    const answers = planAnswers();
    let downMs = 0;
    const run = await load(
      port,
      answers,
      (status) => status === 202,
      async () => {
        const killedAt = performance.now();
        server.kill();
        await server.start();
        downMs = Math.round(performance.now() - killedAt);
      },
    );
    const problems = [
      ...new Set(
        readFileSync(logFile, "utf8")
          .split("\n")
          .filter((l) => l.includes("fixpath:")),
      ),
    ];
    if (problems.length > 0) log(`  server said: ${problems.slice(0, 3).join(" | ")}`);
    log(
      `  answers: ${run.postsPerSecond}/s in ${run.seconds} s, ${run.retries} retries, statuses ${JSON.stringify(run.statuses)}`,
    );
    const expected = new Map<string, number>();
    for (const a of answers) expected.set(a.key, (expected.get(a.key) ?? 0) + 1);
    const opened = await openDatabase(target, ROOT, { migrate: false });
    try {
      const rows = await opened.db
        .selectFrom("feedback_events")
        .select(["error_id", "cause_id", "outcome", (eb) => eb.fn.countAll<number>().as("count")])
        .groupBy(["error_id", "cause_id", "outcome"])
        .execute();
      const stored = new Map(
        rows.map((r) => [`${r.error_id}\n${r.cause_id}\n${r.outcome}`, Number(r.count)]),
      );
      const total = [...stored.values()].reduce((a, b) => a + b, 0);
      const mismatched = [...expected].filter(([key, count]) => stored.get(key) !== count).length;
      return {
        name,
        baseline,
        run,
        downMs,
        stored: total,
        expected: answers.length,
        mismatchedCauses: mismatched,
        exact: total === answers.length && mismatched === 0,
      };
    } finally {
      await opened.close();
    }
  } catch (error) {
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
    throw new Error(
      `${name}: ${error instanceof Error ? error.message : String(error)}\nserver log:\n${tail}`,
    );
  } finally {
    server.kill();
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID")) || !existsSync(path.join(ROOT, resolveCatalogFile())))
    throw new Error("no production build: run `npm run build` first");
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixpath-load-"));
  const results = [];
  try {
    if (STORES.includes("sqlite")) {
      const file = path.join(dir, "load.db");
      log(`SQLite (${file}) …`);
      results.push(
        await benchDialect(
          "SQLite",
          `file:${file}`,
          { dialect: "sqlite", file },
          port,
          path.join(dir, "sqlite.log"),
        ),
      );
    }
    if (STORES.includes("postgres")) {
      const postgres = await startThrowawayPostgres();
      try {
        const url = await postgres.createDatabase("load");
        log(`PostgreSQL (${url}) …`);
        results.push(
          await benchDialect(
            "PostgreSQL",
            url,
            { dialect: "postgres", url },
            port,
            path.join(dir, "postgres.log"),
          ),
        );
      } finally {
        await postgres.stop();
      }
    }
  } finally {
    agent.destroy();
    await rm(dir, { recursive: true, force: true });
  }
  if (JSON_OUTPUT) {
    process.stdout.write(`${JSON.stringify({ posts: POSTS, connections: CONNECTIONS, results }, null, 2)}\n`);
  } else {
    log(
      `\n${POSTS} answers, ${CONNECTIONS} connections, server killed and restarted half-way (loopback, one run)\n`,
    );
    log(
      "| store      | answers/s | p50 ms | p99 ms | vs 400 baseline | retries | down ms | stored / sent | exact |",
    );
    log(
      "| ---------- | --------: | -----: | -----: | --------------: | ------: | ------: | ------------: | ----- |",
    );
    for (const r of results) {
      const ratio = (r.run.postsPerSecond / r.baseline.postsPerSecond).toFixed(2);
      log(
        `| ${r.name.padEnd(10)} | ${String(r.run.postsPerSecond).padStart(9)} | ${String(r.run.p50).padStart(6)} | ${String(r.run.p99).padStart(6)} | ${`${ratio}× (${r.baseline.postsPerSecond}/s)`.padStart(15)} | ${String(r.run.retries).padStart(7)} | ${String(r.downMs).padStart(7)} | ${`${r.stored} / ${r.expected}`.padStart(13)} | ${r.exact ? "yes" : "NO"}   |`,
      );
    }
  }
  if (results.some((r) => !r.exact)) process.exitCode = 1;
}

await main();
