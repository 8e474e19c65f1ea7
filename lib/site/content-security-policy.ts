/**
 * The Content-Security-Policy, built per response. Static pages are allowed exactly the inline
 * scripts they were built with (sha256 hashes computed from the build output by scripts/build-static-pages.ts),
 * so they stay static; pages rendered per request get a nonce, which Next.js applies while rendering.
 * No policy ever allows `unsafe-eval` or `unsafe-inline` scripts in production.
 */

export interface CspOptions {
  /** `'sha256-…'` sources of the inline scripts of the page at this path. */
  scriptHashes: readonly string[];
  /** Per-request nonce (base64), for pages rendered on demand. */
  nonce?: string;
  /** `frame-ancestors` sources; `'none'` everywhere but embed views. */
  frameAncestors: string;
  /** Development mode: React's dev tooling needs eval and injects styles. */
  development?: boolean;
}

export function buildContentSecurityPolicy(options: CspOptions): string {
  const scriptSources = ["'self'"];
  if (options.nonce) scriptSources.push(`'nonce-${options.nonce}'`);
  scriptSources.push(...options.scriptHashes);
  if (options.development) scriptSources.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Styles come from our own CSS files; dev mode injects <style> tags for hot reload.
    `style-src 'self'${options.development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors}`,
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
