// Servers that benchmarks and tests start on loopback, and stop whatever way they end: Fixpath's production
// server (scripts/serve.mjs), nginx with the configuration scripts/nginx-config.mjs generates, and any other
// child. Each child runs in its own process group, so stopping it also stops its forks (nginx's workers), and
// every child still running when this process exits is killed. Used by bench/http-bench.mjs and
// scripts/cluster-fault-test.ts.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildNginxConfig } from "./nginx-config.mjs";
import { readStaticPagesManifest } from "./static-pages.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Debian's nginx, when installed (scripts/ensure-deps.sh --nginx installs it). */
export const NGINX_BIN = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file));
/** How long a server may take from spawn to its first good answer (a cold `next start` on a busy machine). */
const READY_LIMIT_MS = 60_000;
/** Grace between SIGTERM and SIGKILL when stopping a child. */
const STOP_GRACE_MS = 5_000;

// ── child processes ────────────────────────────────────────────────────────────────────────────────

const children = new Set();

/** Starts `node <args>` (or `command <args>`) in its own process group, its output's tail kept for errors. */
export function startChild(args, env = {}, command = process.execPath) {
  const child = spawn(command, args, {
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

/** Sends `signal` to the child's whole process group. */
export function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM, then SIGKILL after a grace period; resolves once the child has exited. */
export async function stopChild(child) {
  if (!children.has(child)) return;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_GRACE_MS);
  await child.exited;
  clearTimeout(timer);
}

/** Stops every child still running (SIGTERM, then SIGKILL after the grace period). */
export async function stopAllChildren() {
  await Promise.all([...children].map((child) => stopChild(child)));
}

/** SIGKILL to every child still running (synchronous, so it also works in an `exit` handler). */
export function killAllChildren() {
  for (const child of children) signalGroup(child, "SIGKILL");
}

process.on("exit", killAllChildren);

// ── ports and readiness ────────────────────────────────────────────────────────────────────────────

export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The preferred loopback port when it is free, otherwise any free one. */
export async function choosePort(preferred) {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 2xx; rejects with the child's output when it exits first or takes too long. */
export async function waitUntilServing(url, child, limitMs = READY_LIMIT_MS) {
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

/** `http://127.0.0.1:<port>` of a server this module started. */
export function serverOrigin(child) {
  return `http://127.0.0.1:${child.port}`;
}

// ── servers ────────────────────────────────────────────────────────────────────────────────────────

/**
 * What `npm start` serves (scripts/serve.mjs, without its build step), on 127.0.0.1:`port`, from the build in
 * `distDir` (relative to the project root), once `readyPath` answers 2xx.
 */
export async function startServe({ port, distDir = ".next", env = {}, readyPath = "/" }) {
  const child = startChild([path.join(ROOT, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    ...env,
    FIXPATH_DIST_DIR: distDir,
  });
  child.port = port;
  await waitUntilServing(`${serverOrigin(child)}${readyPath}`, child);
  return child;
}

/**
 * nginx on 127.0.0.1:`port` with the configuration scripts/nginx-config.mjs generates from the build in
 * `distDir` (absolute), proxying to `upstreams` (`host:port`); its config, pid, log and temporary files live
 * in `prefix`. Resolves once `readyPath` answers 2xx through it.
 */
export async function startNginx({ port, distDir, upstreams, prefix, readyPath = "/" }) {
  if (!NGINX_BIN) throw new Error("nginx is not installed: run `bash scripts/ensure-deps.sh --nginx`");
  await mkdir(prefix, { recursive: true });
  const { manifest, reason } = readStaticPagesManifest(distDir);
  if (!manifest) throw new Error(`no nginx configuration without the static pages manifest: ${reason}`);
  const config = buildNginxConfig({ manifest, distDir, listen: `127.0.0.1:${port}`, upstreams, prefix });
  const file = path.join(prefix, "nginx.conf");
  await writeFile(file, config);
  const child = startChild(["-p", prefix, "-c", file, "-g", "daemon off;"], {}, NGINX_BIN);
  child.port = port;
  await waitUntilServing(`${serverOrigin(child)}${readyPath}`, child);
  return child;
}
