/** Entity tags for API responses: a strong ETag is the hash of the exact body, so equal bodies share a tag. */
import { createHash } from "node:crypto";

/** The quoted strong ETag of `body`, e.g. `"q1w2…"` (sha256, base64url, 27 characters). */
export function computeEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether an `If-None-Match` header names `etag` (RFC 9110 §13.1.2: weak comparison, `*` matches any).
 * A header over 8,000 characters is ignored rather than parsed.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header || header.length > 8_000) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}
