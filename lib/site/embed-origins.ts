/** Which origins may frame embed views: FIXPATH_EMBED_ORIGINS, validated; anything malformed is dropped. */

/** An origin like `https://wiki.example.com`, `https://*.sharepoint.com` or `http://127.0.0.1:4100`. */
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** The `frame-ancestors` sources for embed views; `*` (any origin) when nothing valid is configured. */
export function embedFrameAncestors(configured: string | undefined): string {
  const origins = (configured ?? "")
    .split(/[\s,]+/)
    .filter((origin) => ORIGIN_PATTERN.test(origin))
    .map((origin) => origin.toLowerCase());
  return origins.length > 0 ? ["'self'", ...origins].join(" ") : "*";
}
