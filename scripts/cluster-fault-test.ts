// Fault test of the production profile (docs/deploy.md), run by `npm test` after the build: on loopback it
// starts a throwaway PostgreSQL, two Fixpath instances of the one build with one environment (database,
// secrets, deployment id) and nginx with the generated configuration in front of both. Under a steady load of
// page requests and feedback posts through nginx, instance A is killed (SIGKILL, as a crash) and started again
// a few seconds later. It passes when:
//   - no page request failed (every answer 2xx/3xx, no connection error): nginx retried the other instance;
//   - every feedback post answered 202 is in PostgreSQL afterwards, and none is stored twice;
//   - nginx did meet the dead instance (its error log names the failed upstream), so the retries were tested;
//   - the restarted instance serves again: a page and a feedback post sent to it directly.
// Everything it started is stopped and every folder removed, whether it passes, fails or is interrupted.
//
//   npm run --silent test:cluster -- [--port-base 3450] [--postgres-port N]
// Instances on port-base and port-base+1, nginx on port-base+10 (any free port when one is taken).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { resolveCatalogFile } from "../lib/content/build-catalog";
import { openDatabase } from "../lib/db/open-database";
import { startThrowawayPostgres } from "../lib/db/throwaway-postgres";
import { buildErrorFlow } from "../lib/flows/build-error-flow";
import { getFlowStrings } from "../lib/flows/flow-strings";
import {
  followChoice,
  isFlowEnd,
  resolveStep,
  serializeFlowLocation,
  successorsOf,
} from "../lib/flows/walk-flow";
import { CatalogSchema, type Catalog, type ErrorEntry } from "../lib/schema/entities";
import { codeChooserPath, errorFixPath, errorPath, searchPath } from "../lib/site/urls";
import {
  isPageServed,
  judgeFaultRun,
  type LoadTally,
  type PageResult,
  type PostAnswer,
} from "./cluster-fault-verdict";
import {
  ROOT,
  choosePort,
  serverOrigin,
  signalGroup,
  startNginx,
  startServe,
  stopAllChildren,
  type ServerChild,
} from "./server-processes.mjs";

/** Load through nginx before the kill, so both instances are warm and hold keep-alive connections. */
const LOAD_BEFORE_KILL_MS = 8_000;
/** How long instance A stays dead: long enough for nginx to try it again (fail_timeout) and be refused. */
const DOWN_MS = 4_000;
/** Load after A serves again, so nginx sends it traffic again. */
const LOAD_AFTER_RESTART_MS = 8_000;
/** Concurrent loops of page requests and of feedback posts (the machine has 2 cores shared with others). */
const PAGE_WORKERS = 4;
const FEEDBACK_WORKERS = 2;
/** A request slower than this counts as failed. */
const REQUEST_TIMEOUT_MS = 30_000;

const log = (line: string) => console.log(`[cluster] ${line}`);

interface Options {
  portBase: number;
  postgresPort?: number;
}

function readOptions(argv: string[]): Options {
  const numberAfter = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at < 0) return undefined;
    const value = Number(argv[at + 1]);
    if (!Number.isInteger(value) || value < 1 || value > 65_535)
      throw new Error(`${flag} needs a port number`);
    return value;
  };
  const postgresPort = numberAfter("--postgres-port");
  return { portBase: numberAfter("--port-base") ?? 3450, ...(postgresPort ? { postgresPort } : {}) };
}

// ── what the load asks for, from the catalog (whatever content the site was built from) ──────────────

interface PageTarget {
  /** What the request stands for, in the report. */
  kind: string;
  path: string;
  headers?: Record<string, string>;
}

interface FeedbackSubject {
  locale: string;
  errorId: string;
  causeId: string;
}

function readCatalog(): Catalog {
  return CatalogSchema.parse(JSON.parse(readFileSync(path.join(ROOT, resolveCatalogFile()), "utf8")));
}

/** The first error with a code and a cause: its pages cover static files, Next.js pages and the API. */
function choosePageTargets(catalog: Catalog): PageTarget[] {
  const error = catalog.errors.find((e) => e.codes.length > 0 && e.causes.length > 0);
  if (!error) throw new Error("the catalog has no error with a code and a cause to load the cluster with");
  const code = error.codes[0]!;
  return [
    { kind: "error page (static, nginx)", path: errorPath(error.locale, error.id) },
    // A client-side navigation to the same page: the RSC payload comes from an instance.
    { kind: "error page (navigation)", path: errorPath(error.locale, error.id), headers: { RSC: "1" } },
    { kind: "guided fix", path: errorFixPath(error.locale, error.id) },
    { kind: "guided fix, next step", path: secondStepPath(error) },
    { kind: "search page", path: searchPath(error.locale, code) },
    { kind: "search API", path: `/api/v1/search?${new URLSearchParams({ q: code, locale: error.locale })}` },
    { kind: "code lookup", path: codeChooserPath(error.locale, code) },
  ];
}

/** The guided fix one step in: the first answer of its first step that leads to another step, not an end. */
function secondStepPath(error: ErrorEntry): string {
  const flow = buildErrorFlow(error, getFlowStrings(error.locale));
  const first = resolveStep(flow, undefined).step;
  const choices = successorsOf(flow, first);
  const choice = choices.find((c) => !isFlowEnd(c.target)) ?? choices[0];
  const base = errorFixPath(error.locale, error.id);
  if (!choice) return base;
  return `${base}?${serializeFlowLocation(flow, followChoice({ step: first.id, trail: [] }, choice))}`;
}

function listFeedbackSubjects(catalog: Catalog): FeedbackSubject[] {
  return catalog.errors.flatMap((e) =>
    e.causes.map((c) => ({ locale: e.locale, errorId: e.id, causeId: c.id })),
  );
}

// ── the load ─────────────────────────────────────────────────────────────────────────────────────────

async function requestPage(origin: string, target: PageTarget): Promise<Omit<PageResult, "at">> {
  const base = { kind: target.kind, path: target.path };
  try {
    const response = await fetch(`${origin}${target.path}`, {
      redirect: "manual",
      headers: target.headers ?? {},
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    try {
      // The whole body, so an answer cut off when its instance died counts as failed.
      await response.arrayBuffer();
    } catch (error) {
      return { ...base, status: response.status, error: `answer cut off (${describeError(error)})` };
    }
    return { ...base, status: response.status };
  } catch (error) {
    return { ...base, error: describeError(error) };
  }
}

/**
 * A feedback post carrying `marker` in its comment: its status, and what went wrong on the connection if
 * anything. A status line of 202 counts as accepted even when the body after it was cut off.
 */
async function postFeedback(origin: string, subject: FeedbackSubject, marker: string): Promise<PostAnswer> {
  try {
    const response = await fetch(`${origin}/api/v1/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...subject, outcome: "not-fixed", comment: marker }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const error = await response.arrayBuffer().then(
      () => undefined,
      (cut: unknown) => `answer cut off (${describeError(cut)})`,
    );
    return { status: response.status, ...(error ? { error } : {}) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** Starts the loops; `stop()` lets every request in flight finish and returns what was answered. */
function startLoad(origin: string, pages: PageTarget[], subjects: FeedbackSubject[], runId: string) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const tally: LoadTally = {
    pages: [],
    accepted: new Set(),
    acceptedAt: [],
    otherAnswers: new Map(),
    posted: 0,
  };
  let stopping = false;
  const pageLoop = async (worker: number) => {
    for (let i = worker; !stopping; i += 1) {
      const result = await requestPage(origin, pages[i % pages.length]!);
      tally.pages.push({ ...result, at: elapsed() });
    }
  };
  const feedbackLoop = async (worker: number) => {
    for (let i = 0; !stopping; i += 1) {
      const marker = feedbackMarker(runId, `w${worker}-${i}`);
      tally.posted += 1;
      const subject = subjects[(i * FEEDBACK_WORKERS + worker) % subjects.length]!;
      const answer = await postFeedback(origin, subject, marker);
      if (answer.status === 202) {
        tally.accepted.add(marker);
        tally.acceptedAt.push(elapsed());
      } else {
        const key = answer.error ?? String(answer.status);
        tally.otherAnswers.set(key, (tally.otherAnswers.get(key) ?? 0) + 1);
      }
    }
  };
  const loops = [
    ...Array.from({ length: PAGE_WORKERS }, (_, w) => pageLoop(w)),
    ...Array.from({ length: FEEDBACK_WORKERS }, (_, w) => feedbackLoop(w)),
  ];
  return {
    elapsed,
    async stop(): Promise<LoadTally> {
      stopping = true;
      await Promise.all(loops);
      return tally;
    },
  };
}

/** The comment of one post: unique to this run and this post, so PostgreSQL can be asked for exactly these. */
function feedbackMarker(runId: string, post: string): string {
  return `cluster-fault ${runId} post ${post}`;
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────────────

/** Cleanup steps, run newest first, once, on success, failure or interruption. */
const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
/** Runs the cleanup steps; a second call (a second signal) waits for the same run instead of exiting early. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0)
      await cleanups.pop()!().catch((error: unknown) => log(`cleanup: ${describeError(error)}`));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function runFaultTest(options: Options): Promise<string[]> {
  const catalog = readCatalog();
  const pages = choosePageTargets(catalog);
  const subjects = listFeedbackSubjects(catalog);
  const runId = randomBytes(6).toString("hex");
  const prefix = await mkdtemp(path.join(os.tmpdir(), "fixpath-cluster-nginx-"));
  cleanups.push(() => rm(prefix, { recursive: true, force: true }));

  const postgres = await startThrowawayPostgres(options.postgresPort ? { port: options.postgresPort } : {});
  cleanups.push(() => postgres.stop());
  cleanups.push(() => stopAllChildren());
  const databaseUrl = await postgres.createDatabase("fixpath_cluster");
  log(`PostgreSQL on port ${postgres.port}`);

  // One environment for both instances, as docs/deploy.md asks: the shared database and a shared admin secret
  // (the deployment id, if any, comes from the environment the build ran in, as in `npm test`).
  const instanceEnv = {
    DATABASE_URL: databaseUrl,
    FIXPATH_ADMIN_TOKEN: randomBytes(24).toString("base64url"),
    // The load posts from one address far faster than a reader would.
    FIXPATH_FEEDBACK_RATE: "1000000",
  };
  const guidedFix = pages.find((p) => p.kind === "guided fix")!;
  const readyPath = guidedFix.path;
  const [portA, portB] = [await choosePort(options.portBase), await choosePort(options.portBase + 1)];
  const startInstance = (port: number) => startServe({ port, env: instanceEnv, readyPath });
  const [instanceA, instanceB] = await Promise.all([startInstance(portA), startInstance(portB)]);
  const instances: Record<"A" | "B", ServerChild> = { A: instanceA, B: instanceB };
  log(`instances A on ${portA}, B on ${portB}`);

  // nginx's workers run unprivileged when it is started as root: they must reach their temporary folders.
  await chmod(prefix, 0o755);
  const nginx = await startNginx({
    port: await choosePort(options.portBase + 10),
    distDir: path.join(ROOT, ".next"),
    upstreams: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`],
    prefix,
    readyPath,
  });
  const origin = serverOrigin(nginx);
  log(`nginx on ${nginx.port}, in front of both`);

  for (const target of pages) {
    const probe = await requestPage(origin, target);
    if (!isPageServed(probe))
      throw new Error(
        `${target.kind} ${target.path} answered ${probe.status ?? probe.error} before any fault`,
      );
  }

  log(`load: ${PAGE_WORKERS} page loops over ${pages.length} pages, ${FEEDBACK_WORKERS} feedback loops`);
  const load = startLoad(origin, pages, subjects, runId);
  // On a failure below, the loops stop before the servers do (cleanups run newest first).
  cleanups.push(() => load.stop());
  await delay(LOAD_BEFORE_KILL_MS);
  const killedAt = load.elapsed();
  signalGroup(instances.A, "SIGKILL");
  await instances.A.exited;
  log(`${killedAt} ms: instance A killed (SIGKILL)`);
  await delay(DOWN_MS);
  const restartingAt = load.elapsed();
  instances.A = await startInstance(portA);
  const servingAt = load.elapsed();
  log(`${restartingAt} ms: instance A restarted, serving again at ${servingAt} ms`);
  await delay(LOAD_AFTER_RESTART_MS);
  const tally = await load.stop();
  log(`${load.elapsed()} ms: load stopped`);

  // The restarted instance, directly: a page, and a post that must be stored like the others.
  const directPage = await requestPage(serverOrigin(instances.A), guidedFix);
  const directMarker = feedbackMarker(runId, "direct-to-A");
  const directPost = await postFeedback(serverOrigin(instances.A), subjects[0]!, directMarker);

  const stored = await readStoredMarkers(databaseUrl, runId);
  const nginxLog = await readFile(path.join(prefix, "error.log"), "utf8").catch(() => "");
  const upstreamErrors = nginxLog
    .split("\n")
    .filter((line) => line.includes(`upstream: "http://127.0.0.1:${portA}`));

  report(tally, { killedAt, servingAt, stored, upstreamErrors: upstreamErrors.length });
  return judgeFaultRun(tally, {
    killedAt,
    servingAt,
    stored,
    upstreamErrors,
    directPage,
    directPost,
    directMarker,
  });
}

/** How often each of this run's markers is stored (a post is one row: more than one means stored twice). */
async function readStoredMarkers(databaseUrl: string, runId: string): Promise<Map<string, number>> {
  const opened = await openDatabase({ dialect: "postgres", url: databaseUrl }, ROOT, { migrate: false });
  try {
    const rows = await opened.db
      .selectFrom("feedback_events")
      .select("comment")
      .where("comment", "like", `${feedbackMarker(runId, "")}%`)
      .execute();
    const counts = new Map<string, number>();
    for (const { comment } of rows) counts.set(comment!, (counts.get(comment!) ?? 0) + 1);
    return counts;
  } finally {
    await opened.close();
  }
}

function report(
  tally: LoadTally,
  run: { killedAt: number; servingAt: number; stored: Map<string, number>; upstreamErrors: number },
) {
  const byKind = new Map<string, { ok: number; all: number }>();
  for (const page of tally.pages) {
    const entry = byKind.get(page.kind) ?? { ok: 0, all: 0 };
    entry.all += 1;
    if (isPageServed(page)) entry.ok += 1;
    byKind.set(page.kind, entry);
  }
  const whileDown = tally.pages.filter((p) => p.at > run.killedAt && p.at < run.servingAt).length;
  log(`page requests: ${tally.pages.length} (${whileDown} while A was down)`);
  for (const [kind, { ok, all }] of [...byKind].sort(([a], [b]) => a.localeCompare(b)))
    log(`  ${kind}: ${ok}/${all} answered 2xx/3xx`);
  const others = [...tally.otherAnswers].map(([status, count]) => `${count}× ${status}`).join(", ") || "none";
  log(`feedback posts: ${tally.posted} sent, ${tally.accepted.size} answered 202 (others: ${others})`);
  log(`stored in PostgreSQL with this run's marker: ${run.stored.size} (the direct post to A included)`);
  log(`nginx error log: ${run.upstreamErrors} failed attempts on instance A, each retried or refused`);
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  try {
    const problems = await runFaultTest(options);
    if (problems.length > 0) {
      log("FAIL");
      for (const problem of problems) log(problem);
      process.exitCode = 1;
    } else {
      log("PASS: no failed page request, nothing answered 202 lost, the killed instance serves again");
    }
  } catch (error) {
    log(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

await main();
