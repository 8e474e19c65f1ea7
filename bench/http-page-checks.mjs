// Pure helpers for bench/http-bench.mjs: does a served page's CSP really allow its inline scripts (by hash or
// by nonce), and how much JavaScript does a page make the browser download on first load.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const NONCE_ATTRIBUTE = /\bnonce="([^"]*)"/;
const SRC_ATTRIBUTE = /\bsrc="([^"]*)"/;

/** Inline scripts the browser would execute (JSON-LD is data, so CSP does not apply to it). */
export function listInlineScripts(html) {
  const scripts = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT_TAG)) {
    if (SRC_ATTRIBUTE.test(attributes) || attributes.includes('type="application/ld+json"')) continue;
    scripts.push({ nonce: NONCE_ATTRIBUTE.exec(attributes)?.[1], body });
  }
  return scripts;
}

/** The CSP source that allows exactly this inline script, as scripts/build-static-pages.ts writes it (lib/site/static-pages.ts). */
export function hashScript(body) {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/** Source tokens of the `script-src` directive (empty when the policy has none). */
export function readScriptSources(policy) {
  const directive = policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

/** The per-request nonce in the policy's `script-src`, if any. */
export function readPolicyNonce(policy) {
  const token = readScriptSources(policy).find((s) => s.startsWith("'nonce-"));
  return token?.slice("'nonce-".length, -1);
}

/** Hash mode: the page carries no nonce attributes and every inline script's hash is in the header. */
export function checkHashPolicy(html, policy) {
  const scripts = listInlineScripts(html);
  const allowed = new Set(readScriptSources(policy));
  const missing = scripts.filter((s) => !allowed.has(hashScript(s.body))).length;
  const nonceAttributes = (html.match(/\bnonce="/g) ?? []).length;
  return {
    ok: scripts.length > 0 && missing === 0 && nonceAttributes === 0,
    inlineScripts: scripts.length,
    hashedInHeader: scripts.length - missing,
    nonceAttributes,
  };
}

/**
 * Nonce mode: every inline script carries the header's nonce, and two requests get different nonces
 * (a nonce that repeats is no protection).
 */
export function checkNoncePolicy(html, policy, secondPolicy) {
  const scripts = listInlineScripts(html);
  const nonce = readPolicyNonce(policy);
  const matching = scripts.filter((s) => nonce !== undefined && s.nonce === nonce).length;
  const fresh = nonce !== undefined && readPolicyNonce(secondPolicy) !== nonce;
  return {
    ok: scripts.length > 0 && matching === scripts.length && fresh,
    inlineScripts: scripts.length,
    withHeaderNonce: matching,
    nonceAttributes: (html.match(/\bnonce="/g) ?? []).length,
    freshPerRequest: fresh,
  };
}

/**
 * Unique `/_next/static/…` scripts of a page, in document order. `noModule` ones (Next.js's polyfills) are
 * flagged: browsers that run ES modules, i.e. all current ones, never download them.
 */
export function listStaticScripts(html) {
  const scripts = [];
  for (const [, attributes = ""] of html.matchAll(SCRIPT_TAG)) {
    const src = SRC_ATTRIBUTE.exec(attributes)?.[1];
    if (!src?.startsWith("/_next/static/") || scripts.some((s) => s.src === src)) continue;
    scripts.push({ src, noModule: /\bnomodule\b/i.test(attributes) });
  }
  return scripts;
}

async function sizeScripts(distDir, scripts) {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const { src } of scripts) {
    const relative = decodeURIComponent(src.split("?")[0] ?? src).slice("/_next/".length);
    const content = await readFile(path.join(distDir, relative));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: scripts.length, rawBytes, gzipBytes };
}

/**
 * Raw and gzip (level 9) bytes of the scripts a current browser loads for a page, read from the build output
 * in distDir; the `noModule` polyfills that only legacy browsers load are counted apart.
 */
export async function measureFirstLoadJs(distDir, html) {
  const scripts = listStaticScripts(html);
  const modern = await sizeScripts(
    distDir,
    scripts.filter((s) => !s.noModule),
  );
  const noModule = await sizeScripts(
    distDir,
    scripts.filter((s) => s.noModule),
  );
  return { ...modern, noModule };
}
