/**
 * The origin a request was addressed to, from its Host header (Next.js reports `localhost` for a server bound
 * to 127.0.0.1, so `nextUrl.origin` alone would not match the URLs clients actually use). A Host that is not a
 * plain host[:port] is ignored.
 */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function requestOrigin(headers: Headers, fallback: URL): string {
  const host = headers.get("host");
  const forwarded = headers.get("x-forwarded-proto");
  const protocol = forwarded === "https" || forwarded === "http" ? `${forwarded}:` : fallback.protocol;
  return host && HOST.test(host) ? `${protocol}//${host.toLowerCase()}` : fallback.origin;
}
