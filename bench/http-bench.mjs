/**
 * HTTP benchmark: how fast Fixpath serves its static pages, against a bare static server, in one run.
 * On 127.0.0.1 only, for each page of PAGES it loads the same bytes from these servers in turn:
 *   1. static – a bare Node `http` server replaying the page and the headers `start` sent (the ceiling);
 *   2. start  – what `npm start` runs (scripts/serve.mjs): prerendered pages from the build output with the
 *               headers of the build's static pages manifest, everything else by Next.js in the same process;
 *   3. nginx  – when Debian's nginx is installed: nginx with the configuration scripts/nginx-config.mjs generates
 *               (static pages from the build output, the rest proxied to `start`), unless --no-nginx;
 *   4. next   – `next start` of the same build alone (every page through Next.js and its proxy), unless --no-next;
 *   5. nonce  – with --nonce: `next start` of a second build (.fixpath/next-nonce, without the CSP hash step, so
 *               the proxy sends a nonce) asked with that build's draft-mode cookie, so its error page renders per
 *               request and Next.js stamps the proxy's nonce on its scripts. No switch in the product's code.
 * Each variant's figure is its median round; its ratio to static is the median of the per-round ratios.
 * It verifies each CSP against the served HTML, measures first-load JavaScript from the build output,
 * and prints a Markdown report (or JSON with --json). See docs/performance-http.md.
 *
 * Usage: npm run --silent bench:http -- [--json] [--no-next] [--no-nginx] [--nonce] [--rebuild-nonce] [--port-base 3301]
 *                                        [--duration 10] [--warmup 5] [--connections 50] [--rounds 3]
 * Needs the normal build (.next); builds it only when .next/BUILD_ID is missing and no other build runs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { snapshotBuildSideEffects } from "../scripts/build-beside.mjs";
import {
  NGINX_BIN,
  choosePort,
  killAllChildren,
  serverOrigin,
  startChild,
  startNginx,
  startServe,
  stopChild,
  waitUntilServing,
} from "../scripts/server-processes.mjs";
import { STATIC_PAGES_MANIFEST_FILE } from "../scripts/static-pages.mjs";
import { checkHashPolicy, checkNoncePolicy, measureFirstLoadJs } from "./http-page-checks.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ERROR_ROUTE = "/sv/errors/the-activation-did-not-complete-successfully";
/** A question step in the middle of a guided fix: a prerendered page of its own (`/fix/<step>`). */
const GUIDED_FIX_STEP_ROUTE = "/en/errors/invalid-vault-credentials-provided/fix/check-internet-access";
/** The pages measured: each is served by every variant (the nonce variant only renders the error page). */
const PAGES = [
  { route: ERROR_ROUTE, kind: "error page" },
  { route: GUIDED_FIX_STEP_ROUTE, kind: "guided-fix step" },
];
const FIRST_LOAD_ROUTES = [ERROR_ROUTE, "/sv", "/sv/search"];
const MAIN_DIST = ".next";
const NONCE_DIST = ".fixpath/next-nonce";
/** Offsets from --port-base: the servers' ports when free (else any free port); static baselines from +4 on. */
const PORT_OFFSETS = { start: 0, next: 1, nonce: 2, nginx: 3, static: 4 };
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
    next: !argv.includes("--no-next"),
    nginx: !argv.includes("--no-nginx") && NGINX_BIN !== undefined,
    nonce: argv.includes("--nonce"),
    portBase: Math.round(numberAfter("--port-base", 3301)),
    rebuildNonce: argv.includes("--rebuild-nonce"),
    duration: Math.min(numberAfter("--duration", 10), 60),
    warmup: Math.min(numberAfter("--warmup", 5), 30),
    connections: Math.min(numberAfter("--connections", 50), 500),
    rounds: Math.min(Math.round(numberAfter("--rounds", 3)), 10),
  };
}

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
  if (!existsSync(path.join(ROOT, MAIN_DIST, STATIC_PAGES_MANIFEST_FILE))) {
    throw new Error(
      `.next has no ${STATIC_PAGES_MANIFEST_FILE}: run \`npm run build\` (it writes the static pages manifest)`,
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
    const child = startChild([NEXT_BIN, "build"], { FIXPATH_DIST_DIR: NONCE_DIST });
    await runToEnd(child, "nonce build (next build type-checks the whole shared tree)");
  } finally {
    restore();
  }
  return { built: true, seconds: Math.round((Date.now() - started) / 1000) };
}

// ── servers ────────────────────────────────────────────────────────────────────────────────────────

async function startNext(distDir, port, env) {
  const child = startChild([NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    FIXPATH_DIST_DIR: distDir,
    ...env,
  });
  child.port = port;
  await waitUntilServing(`${serverOrigin(child)}${ERROR_ROUTE}`, child);
  return child;
}

async function startStaticBaseline(port, file, route, headers) {
  const child = startChild([path.join(ROOT, "bench", "http-static-server.mjs"), file, String(port)], {
    FIXPATH_BENCH_HEADERS: JSON.stringify(headers),
  });
  await waitUntilServing(`http://127.0.0.1:${port}${route}`, child);
  return child;
}

// ── probing and measuring ──────────────────────────────────────────────────────────────────────────

/** One uncompressed request, like autocannon's (which sends no Accept-Encoding). */
async function fetchPage(url, headers = {}) {
  const response = await fetch(url, {
    redirect: "manual",
    headers: { ...headers, "accept-encoding": "identity" },
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    html: await response.text(),
  };
}

/** Bytes of the header block as sent (`name: value\r\n` each), to show the baseline matches Fixpath's. */
function measureHeaderBytes(headers) {
  return Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
}

function selectReplayedHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !OWN_HEADERS.has(name)));
}

function runAutocannon(url, connections, seconds, headers = {}) {
  return autocannon({ url, connections, duration: seconds, headers });
}

async function measure(name, url, options, headers = {}) {
  log(
    `${name}: warm-up ${options.warmup}s, then ${options.duration}s with ${options.connections} connections`,
  );
  await runAutocannon(url, options.connections, options.warmup, headers);
  const loadBefore = os.loadavg()[0];
  const result = await runAutocannon(url, options.connections, options.duration, headers);
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

const SERVERS = {
  start: "`npm start` (scripts/serve.mjs): page and headers from the build's static pages manifest",
  next: "`next start` alone: Next.js and its proxy, prerendered page, CSP sha256 hashes",
  nonce: "`next start`, rendered per request, CSP nonce",
  nginx:
    "nginx (scripts/nginx-config.mjs): page from the build output with the manifest's headers, rest to `start`",
  static: "bare Node http server, the same bytes and headers held in memory",
};

/** The Next.js servers, started once and shared by every page. */
async function startServers(options) {
  const port = (name) => choosePort(options.portBase + PORT_OFFSETS[name]);
  const start = await startServe({ port: await port("start"), distDir: MAIN_DIST, readyPath: ERROR_ROUTE });
  const servers = [{ name: "start", server: start }];
  if (options.nginx) {
    const nginx = await startNginx({
      port: await port("nginx"),
      distDir: path.join(ROOT, MAIN_DIST),
      upstreams: [`127.0.0.1:${start.port}`],
      prefix: path.join(ROOT, ".fixpath", "http-bench", "nginx"),
      readyPath: ERROR_ROUTE,
    });
    servers.push({ name: "nginx", server: nginx });
  }
  if (options.next)
    servers.push({ name: "next", server: await startNext(MAIN_DIST, await port("next"), {}) });
  if (options.nonce) {
    const nonce = await startNext(NONCE_DIST, await port("nonce"), {});
    servers.push({ name: "nonce", server: nonce, headers: { cookie: readDraftModeCookie(NONCE_DIST) } });
  }
  return servers;
}

/**
 * The draft-mode cookie of a build (its prerender manifest's preview id): Next.js renders a prerendered page per
 * request for a client holding it, which is how the nonce variant measures on-demand rendering of the same page.
 */
function readDraftModeCookie(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "prerender-manifest.json"), "utf8"));
  return `__prerender_bypass=${manifest.preview.previewModeId}`;
}

const policyOf = (response) => response.headers["content-security-policy"] ?? "";

/** One page: a probe of each server for the checks, and a static baseline holding what `start` served. */
async function preparePage(page, servers, index, options) {
  const variants = [];
  const checks = {};
  for (const { name, server, headers = {} } of servers) {
    if (name === "nonce" && page.route !== ERROR_ROUTE) continue;
    const url = `${serverOrigin(server)}${page.route}`;
    const probe = await fetchPage(url, headers);
    if (probe.status !== 200) throw new Error(`${name} answered ${probe.status} for ${page.route}`);
    checks[name] =
      name === "nonce"
        ? checkNoncePolicy(probe.html, policyOf(probe), policyOf(await fetchPage(url, headers)))
        : checkHashPolicy(probe.html, policyOf(probe));
    variants.push({ name, rendering: SERVERS[name], url, headers, page: probe });
  }
  const start = variants[0].page;
  const dir = path.join(ROOT, ".fixpath", "http-bench");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `page-${index}.html`);
  await writeFile(file, start.html);
  const port = await choosePort(options.portBase + PORT_OFFSETS.static + index);
  const server = await startStaticBaseline(port, file, page.route, selectReplayedHeaders(start.headers));
  const url = `http://127.0.0.1:${port}${page.route}`;
  variants.unshift({ name: "static", rendering: SERVERS.static, url, page: await fetchPage(url), server });
  return { ...page, variants, checks };
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The round with the median throughput stands for the variant; all rounds stay in the JSON. */
function summarizeVariant(variant, rounds, staticRounds) {
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
    // Each round's ratio to the static server's round just before it: load from other work hits both alike.
    vsStatic: round(median(rounds.map((r, i) => r.requestsPerSecond / staticRounds[i].requestsPerSecond)), 3),
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
  const servers = await startServers(options);
  const pages = [];
  for (const [index, page] of PAGES.entries()) pages.push(await preparePage(page, servers, index, options));
  const firstLoad = await measureFirstLoad(serverOrigin(servers[0].server));

  const rounds = new Map(pages.flatMap((p) => p.variants.map((v) => [`${p.route} ${v.name}`, []])));
  for (let index = 1; index <= options.rounds; index += 1) {
    for (const page of pages) {
      for (const variant of page.variants) {
        const label = `round ${index}/${options.rounds} ${page.kind} ${variant.name}`;
        rounds
          .get(`${page.route} ${variant.name}`)
          .push(await measure(label, variant.url, options, variant.headers));
      }
    }
  }
  await Promise.all([
    ...servers.map((s) => stopChild(s.server)),
    ...pages.map((p) => stopChild(p.variants[0].server)),
  ]);

  return {
    machine: describeMachine(),
    options: {
      connections: options.connections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      compression: "none (no Accept-Encoding)",
    },
    nonceBuild,
    pages: pages.map((page) => {
      const staticRounds = rounds.get(`${page.route} static`);
      return {
        route: page.route,
        kind: page.kind,
        variants: page.variants.map((v) =>
          summarizeVariant(v, rounds.get(`${page.route} ${v.name}`), staticRounds),
        ),
        checks: page.checks,
      };
    }),
    firstLoadJs: firstLoad,
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

function describeCheck(name, c) {
  if (name === "nonce") {
    return (
      `${c.ok ? "PASS" : "FAIL"}: ${c.withHeaderNonce}/${c.inlineScripts} inline scripts carry the header's nonce ` +
      `(${c.nonceAttributes} nonce attributes in all), nonce ${c.freshPerRequest ? "differs" : "DOES NOT differ"} between two requests`
    );
  }
  return `${c.ok ? "PASS" : "FAIL"}: ${c.hashedInHeader}/${c.inlineScripts} inline scripts hashed in the header, ${c.nonceAttributes} nonce attributes in the HTML`;
}

function formatPage(page) {
  return [
    `### ${page.kind}: \`${page.route}\``,
    "",
    "| Variant | Serving | req/s (mean) | p50 ms | p97.5 ms | p99 ms | errors (timeouts) | non-2xx | vs static (median of rounds) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...page.variants.map(
      (v) =>
        `| ${v.name} | ${v.rendering} | ${Math.round(v.requestsPerSecond)} | ${v.latencyMs.p50} | ${v.latencyMs.p97_5} | ${v.latencyMs.p99} | ` +
        `${v.errors} (${v.timeouts}) | ${v.non2xx} | ${v.vsStatic.toFixed(2)}× |`,
    ),
    "",
    "| Variant | rounds, req/s | status | HTML bytes | header bytes | cache-control | load avg (1 min) before → after, median round |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ...page.variants.map(
      (v) =>
        `| ${v.name} | ${v.rounds.map((r) => Math.round(r.requestsPerSecond)).join(" / ")} | ${v.status} | ${v.htmlBytes} | ${v.headerBytes} | ` +
        `${v.cacheControl || "–"} | ${v.loadAverage1m.before} → ${v.loadAverage1m.after} |`,
    ),
    "",
    "CSP checks:",
    ...Object.entries(page.checks).map(([name, check]) => `- ${name}: ${describeCheck(name, check)}`),
    "",
  ];
}

function formatMarkdown(report) {
  const { machine, options } = report;
  const lines = [
    "## HTTP serving of static pages",
    "",
    `${machine.cpus} × ${machine.cpu}, Node ${machine.node}, Next.js ${machine.next}, autocannon ${machine.autocannon}; ` +
      `127.0.0.1, ${options.connections} connections, ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, no compression; ` +
      `${options.rounds} interleaved round(s), the median round shown.`,
    "",
    ...report.pages.flatMap(formatPage),
  ];
  if (report.nonceBuild) {
    lines.push(
      `Nonce build: ${report.nonceBuild.built ? `built in ${report.nonceBuild.seconds} s` : "reused (newer than the sources)"}`,
      "",
    );
  }
  lines.push(
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
  const failed = report.pages.some((page) => Object.values(page.checks).some((check) => !check.ok));
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  killAllChildren();
}
