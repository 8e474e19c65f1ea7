/**
 * HTTP benchmark: how fast one error page is served, and what a nonce-based CSP would cost.
 * In one run, on 127.0.0.1 only, it loads the same page from three servers in turn:
 *   1. static   – a bare Node `http` server replaying the prebuilt HTML and Fixpath's headers (the ceiling);
 *   2. hash     – `next start` of the normal build (.next): static page, CSP allows its inline scripts by sha256;
 *   3. nonce    – `next start` of a second build (.fixpath/next-nonce, FIXPATH_CSP_MODE=nonce): the page
 *                 renders per request so Next.js can stamp the proxy's nonce on its scripts.
 * It verifies each CSP against the served HTML, measures first-load JavaScript from the build output,
 * and prints a Markdown report (or JSON with --json). See docs/performance-http.md.
 *
 * Usage: npm run --silent bench:http -- [--json] [--no-nonce] [--rebuild-nonce]
 *                                        [--duration 10] [--warmup 5] [--connections 50] [--rounds 3]
 * Needs the normal build (.next); builds it only when .next/BUILD_ID is missing and no other build runs.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { snapshotBuildSideEffects } from "../scripts/build-beside.mjs";
import { checkHashPolicy, checkNoncePolicy, measureFirstLoadJs } from "./http-page-checks.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ERROR_ROUTE = "/sv/errors/the-activation-did-not-complete-successfully";
const FIRST_LOAD_ROUTES = [ERROR_ROUTE, "/sv", "/sv/search"];
const MAIN_DIST = ".next";
const NONCE_DIST = ".fixpath/next-nonce";
const PREFERRED_PORTS = { static: 3301, hash: 3302, nonce: 3303 };
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** Inputs of the nonce build: when any is newer than its BUILD_ID, it is rebuilt. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  ".fixpath/catalog.json",
];
/** Headers a server sets for itself; everything else Fixpath sends is replayed by the static baseline. */
const OWN_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
  "content-type",
  "content-encoding",
]);

const log = (message) => console.error(`[bench:http] ${message}`);

// ── options ────────────────────────────────────────────────────────────────────────────────────────

function parseOptions(argv) {
  const numberAfter = (flag, fallback) => {
    const index = argv.indexOf(flag);
    const value = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    return value;
  };
  return {
    json: argv.includes("--json"),
    nonce: !argv.includes("--no-nonce"),
    rebuildNonce: argv.includes("--rebuild-nonce"),
    duration: Math.min(numberAfter("--duration", 10), 60),
    warmup: Math.min(numberAfter("--warmup", 5), 30),
    connections: Math.min(numberAfter("--connections", 50), 500),
    rounds: Math.min(Math.round(numberAfter("--rounds", 3)), 10),
  };
}

// ── child processes: every one is tracked and killed, whatever way we exit ─────────────────────────

const children = new Set();

/** Starts `node <args>` in its own process group, so stopping it also stops anything it forks. */
function startChild(args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.output = "";
  const keepTail = (chunk) => (child.output = (child.output + chunk).slice(-8000));
  child.stdout.on("data", keepTail);
  child.stderr.on("data", keepTail);
  child.exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  children.add(child);
  child.exited.then(() => children.delete(child));
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(child) {
  if (!children.has(child)) return;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5000);
  await child.exited;
  clearTimeout(timer);
}

function killAllChildren() {
  for (const child of children) signalGroup(child, "SIGKILL");
}

process.on("exit", killAllChildren);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`${signal}: stopping servers`);
    killAllChildren();
    process.exit(130);
  });
}

// ── builds ─────────────────────────────────────────────────────────────────────────────────────────

function listRunningBuilds() {
  try {
    return execFileSync("pgrep", ["-f", "next build"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function waitForOtherBuilds(limitMs) {
  const deadline = Date.now() + limitMs;
  while (listRunningBuilds().length > 0) {
    if (Date.now() > deadline) return false;
    log("another `next build` is running; waiting for it (its CPU use would skew the numbers)");
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  return true;
}

async function runToEnd(child, what) {
  const code = await child.exited;
  if (code !== 0) throw new Error(`${what} failed (${code}):\n${child.output}`);
}

/** The normal build is shared with other work: use it as it is, build it only if it is missing. */
async function ensureMainBuild() {
  const buildId = path.join(ROOT, MAIN_DIST, "BUILD_ID");
  if (!existsSync(buildId)) {
    if (!(await waitForOtherBuilds(5 * 60_000))) throw new Error("another `next build` is still running");
    if (!existsSync(buildId)) {
      log("no .next/BUILD_ID: running `npm run build` (catalog, next build, CSP hashes)");
      execFileSync("npm", ["run", "--silent", "build"], {
        cwd: ROOT,
        stdio: ["ignore", process.stderr, process.stderr],
      });
    }
  }
  if (!existsSync(path.join(ROOT, MAIN_DIST, "fixpath-csp-hashes.json"))) {
    throw new Error(
      ".next has no fixpath-csp-hashes.json: run `npm run build` (it hashes the inline scripts)",
    );
  }
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return target.endsWith(".test.ts") ? 0 : info.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function isNonceBuildFresh() {
  const buildId = path.join(ROOT, NONCE_DIST, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
  return statSync(buildId).mtimeMs > sources;
}

async function ensureNonceBuild(options) {
  if (!options.rebuildNonce && isNonceBuildFresh()) {
    log(`${NONCE_DIST} is newer than the sources: reusing it`);
    return { built: false, seconds: 0 };
  }
  if (!existsSync(path.join(ROOT, ".fixpath", "catalog.json")))
    throw new Error(".fixpath/catalog.json is missing: run `npm run build` first");
  log(`building the nonce variant into ${NONCE_DIST} (about a minute on 2 cores)`);
  const started = Date.now();
  const restore = snapshotBuildSideEffects(ROOT, NONCE_DIST, log);
  try {
    // No hash step here on purpose: this variant's CSP is nonce-only.
    const child = startChild([NEXT_BIN, "build"], {
      FIXPATH_DIST_DIR: NONCE_DIST,
      FIXPATH_CSP_MODE: "nonce",
    });
    await runToEnd(child, "nonce build (next build type-checks the whole shared tree)");
  } finally {
    restore();
  }
  return { built: true, seconds: Math.round((Date.now() - started) / 1000) };
}

// ── servers ────────────────────────────────────────────────────────────────────────────────────────

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The fixed port when it is free, otherwise any free one. */
async function choosePort(preferred) {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url, child, limitMs = 60_000) {
  const deadline = Date.now() + limitMs;
  let exited = false;
  child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before serving ${url}:\n${child.output}`);
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not serve ${url} within ${limitMs / 1000}s:\n${child.output}`);
}

async function startNext(distDir, port, env) {
  const child = startChild([NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    FIXPATH_DIST_DIR: distDir,
    ...env,
  });
  await waitUntilServing(`http://127.0.0.1:${port}${ERROR_ROUTE}`, child);
  return child;
}

async function startStaticBaseline(port, headers) {
  const file = path.join(ROOT, MAIN_DIST, "server", "app", `${ERROR_ROUTE}.html`);
  const child = startChild([path.join(ROOT, "bench", "http-static-server.mjs"), file, String(port)], {
    FIXPATH_BENCH_HEADERS: JSON.stringify(headers),
  });
  await waitUntilServing(`http://127.0.0.1:${port}${ERROR_ROUTE}`, child);
  return child;
}

// ── probing and measuring ──────────────────────────────────────────────────────────────────────────

/** One uncompressed request, like autocannon's (which sends no Accept-Encoding). */
async function fetchPage(url) {
  const response = await fetch(url, { redirect: "manual", headers: { "accept-encoding": "identity" } });
  const headers = Object.fromEntries(response.headers);
  return { status: response.status, headers, html: await response.text() };
}

/** Bytes of the header block as sent (`name: value\r\n` each), to show the baseline matches Fixpath's. */
function measureHeaderBytes(headers) {
  return Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
}

function selectReplayedHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !OWN_HEADERS.has(name)));
}

function runAutocannon(url, connections, seconds) {
  return autocannon({ url, connections, duration: seconds });
}

async function measure(name, url, options) {
  log(
    `${name}: warm-up ${options.warmup}s, then ${options.duration}s with ${options.connections} connections`,
  );
  await runAutocannon(url, options.connections, options.warmup);
  const loadBefore = os.loadavg()[0];
  const result = await runAutocannon(url, options.connections, options.duration);
  return {
    requestsPerSecond: result.requests.mean,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.mean,
    loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
  };
}

async function readPageHtml(distDir, route, baseUrl) {
  const file = path.join(distDir, "server", "app", `${route}.html`);
  if (existsSync(file)) return { html: await readFile(file, "utf8"), from: "build output" };
  return { html: (await fetchPage(`${baseUrl}${route}`)).html, from: "served (page renders on demand)" };
}

async function measureFirstLoad(baseUrl) {
  const distDir = path.join(ROOT, MAIN_DIST);
  const pages = [];
  for (const route of FIRST_LOAD_ROUTES) {
    const { html, from } = await readPageHtml(distDir, route, baseUrl);
    const js = await measureFirstLoadJs(distDir, html);
    const htmlBytes = Buffer.byteLength(html);
    pages.push({ route, from, ...js, htmlBytes, htmlGzipBytes: gzipSync(html, { level: 9 }).length });
  }
  return pages;
}

// ── one run ────────────────────────────────────────────────────────────────────────────────────────

/** Starts a server, fetches the page once for the checks, and hands back what the rounds need. */
async function prepareHash() {
  const port = await choosePort(PREFERRED_PORTS.hash);
  const server = await startNext(MAIN_DIST, port, {});
  const url = `http://127.0.0.1:${port}${ERROR_ROUTE}`;
  const page = await fetchPage(url);
  const check = checkHashPolicy(page.html, page.headers["content-security-policy"] ?? "");
  const firstLoad = await measureFirstLoad(`http://127.0.0.1:${port}`);
  return {
    name: "hash",
    rendering: "Next.js, prerendered page, CSP sha256 hashes",
    server,
    url,
    page,
    check,
    firstLoad,
  };
}

async function prepareStatic(headers) {
  const port = await choosePort(PREFERRED_PORTS.static);
  const server = await startStaticBaseline(port, headers);
  const url = `http://127.0.0.1:${port}${ERROR_ROUTE}`;
  return {
    name: "static",
    rendering: "bare Node http server, prebuilt HTML",
    server,
    url,
    page: await fetchPage(url),
  };
}

async function prepareNonce() {
  const port = await choosePort(PREFERRED_PORTS.nonce);
  const server = await startNext(NONCE_DIST, port, { FIXPATH_CSP_MODE: "nonce" });
  const url = `http://127.0.0.1:${port}${ERROR_ROUTE}`;
  const page = await fetchPage(url);
  const second = await fetchPage(url);
  const policy = (response) => response.headers["content-security-policy"] ?? "";
  const check = checkNoncePolicy(page.html, policy(page), policy(second));
  return { name: "nonce", rendering: "Next.js, rendered per request, CSP nonce", server, url, page, check };
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The round with the median throughput stands for the variant; all rounds stay in the JSON. */
function summarizeVariant(variant, rounds) {
  const middle = median(rounds.map((r) => r.requestsPerSecond));
  const representative = rounds.find((r) => r.requestsPerSecond === middle) ?? rounds[0];
  return {
    name: variant.name,
    rendering: variant.rendering,
    status: variant.page.status,
    cacheControl: variant.page.headers["cache-control"] ?? "",
    nextjsCache: variant.page.headers["x-nextjs-cache"] ?? "",
    headerBytes: measureHeaderBytes(variant.page.headers),
    htmlBytes: Buffer.byteLength(variant.page.html),
    ...representative,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    rounds: rounds.map((r) => ({
      requestsPerSecond: r.requestsPerSecond,
      latencyMs: r.latencyMs,
      loadAverage1m: r.loadAverage1m,
    })),
  };
}

async function runBenchmark(options) {
  await ensureMainBuild();
  const nonceBuild = options.nonce ? await ensureNonceBuild(options) : undefined;
  if (!(await waitForOtherBuilds(3 * 60_000)))
    log("another `next build` is still running: numbers will be noisy");

  // All servers stay up (idle ones cost nothing) and the rounds interleave them, so load from other work on
  // the machine falls on every variant alike instead of on whichever happened to run at the time.
  const hash = await prepareHash();
  const variants = [await prepareStatic(selectReplayedHeaders(hash.page.headers)), hash];
  if (options.nonce) variants.push(await prepareNonce());

  const rounds = new Map(variants.map((v) => [v.name, []]));
  for (let index = 1; index <= options.rounds; index += 1) {
    for (const variant of variants) {
      rounds
        .get(variant.name)
        .push(await measure(`round ${index}/${options.rounds} ${variant.name}`, variant.url, options));
    }
  }
  await Promise.all(variants.map((v) => stopChild(v.server)));

  const summaries = variants.map((v) => summarizeVariant(v, rounds.get(v.name)));
  const baseline = summaries[0].requestsPerSecond;
  for (const summary of summaries) summary.vsStatic = round(summary.requestsPerSecond / baseline, 3);

  const nonce = variants.find((v) => v.name === "nonce");
  return {
    route: ERROR_ROUTE,
    machine: describeMachine(),
    options: {
      connections: options.connections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      compression: "none (no Accept-Encoding)",
    },
    nonceBuild,
    variants: summaries,
    checks: { hash: hash.check, ...(nonce ? { nonce: nonce.check } : {}) },
    firstLoadJs: hash.firstLoad,
  };
}

function describeMachine() {
  const version = (pkg) =>
    JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cpus: os.cpus().length,
    node: process.version,
    next: version("next"),
    autocannon: version("autocannon"),
  };
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────────

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function formatMarkdown(report) {
  const { machine, options } = report;
  const lines = [
    `## HTTP serving of \`${report.route}\``,
    "",
    `${machine.cpus} × ${machine.cpu}, Node ${machine.node}, Next.js ${machine.next}, autocannon ${machine.autocannon}; ` +
      `127.0.0.1, ${options.connections} connections, ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, no compression; ` +
      `${options.rounds} interleaved round(s), the median round shown.`,
    "",
    "| Variant | Rendering | req/s (mean) | p50 ms | p97.5 ms | p99 ms | errors (timeouts) | non-2xx | vs static |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...report.variants.map(
      (v) =>
        `| ${v.name} | ${v.rendering} | ${Math.round(v.requestsPerSecond)} | ${v.latencyMs.p50} | ${v.latencyMs.p97_5} | ${v.latencyMs.p99} | ` +
        `${v.errors} (${v.timeouts}) | ${v.non2xx} | ${v.vsStatic.toFixed(2)}× |`,
    ),
    "",
    "| Variant | status | HTML bytes | header bytes | cache-control | x-nextjs-cache | load avg (1 min) before → after |",
    "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ...report.variants.map(
      (v) =>
        `| ${v.name} | ${v.status} | ${v.htmlBytes} | ${v.headerBytes} | ${v.cacheControl || "–"} | ${v.nextjsCache || "–"} | ` +
        `${v.loadAverage1m.before} → ${v.loadAverage1m.after} |`,
    ),
    "",
    "CSP checks:",
    `- hash: ${report.checks.hash.ok ? "PASS" : "FAIL"}: ${report.checks.hash.hashedInHeader}/${report.checks.hash.inlineScripts} inline scripts hashed in the header, ${report.checks.hash.nonceAttributes} nonce attributes in the HTML`,
  ];
  if (report.checks.nonce) {
    const c = report.checks.nonce;
    lines.push(
      `- nonce: ${c.ok ? "PASS" : "FAIL"}: ${c.withHeaderNonce}/${c.inlineScripts} inline scripts carry the header's nonce (${c.nonceAttributes} nonce attributes in all), ` +
        `nonce ${c.freshPerRequest ? "differs" : "DOES NOT differ"} between two requests`,
    );
  }
  if (report.nonceBuild) {
    lines.push(
      `- nonce build: ${report.nonceBuild.built ? `built in ${report.nonceBuild.seconds} s` : "reused (newer than the sources)"}`,
    );
  }
  lines.push(
    "",
    'First-load JavaScript (the page\'s `<script src="/_next/static/…">` files, gzip level 9, from the build output;',
    "`noModule` polyfills, which current browsers skip, apart):",
    "",
    "| Page | scripts | JS raw | JS gzip | + noModule polyfills (raw / gzip) | HTML raw | HTML gzip | HTML from |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...report.firstLoadJs.map(
      (p) =>
        `| \`${p.route}\` | ${p.files} | ${kib(p.rawBytes)} | ${kib(p.gzipBytes)} | ${kib(p.noModule.rawBytes)} / ${kib(p.noModule.gzipBytes)} | ` +
        `${kib(p.htmlBytes)} | ${kib(p.htmlGzipBytes)} | ${p.from} |`,
    ),
  );
  return lines.join("\n");
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────────

const options = parseOptions(process.argv.slice(2));
try {
  const started = Date.now();
  const report = await runBenchmark(options);
  report.totalSeconds = Math.round((Date.now() - started) / 1000);
  const markdown = formatMarkdown(report);
  if (options.json) {
    console.error(markdown);
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(markdown);
  }
  const failed = Object.values(report.checks).some((check) => !check.ok);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  killAllChildren();
}
