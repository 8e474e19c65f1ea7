/**
 * The address a request came from, for the in-memory rate limit only (it is never stored). `next start`
 * fills `X-Forwarded-For` with the socket's address when the header is absent; a proxy in front (nginx)
 * appends the address it saw. The rightmost entry is the one the nearest trusted hop wrote;
 * `FIXPATH_TRUSTED_PROXY_HOPS` skips that many more proxies of your own (a CDN in front of nginx).
 * A client that reaches Next.js directly can forge the header: put a proxy in front in production.
 */

export function clientAddress(headers: Headers, trustedHops = 0): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const picked =
    forwarded.at(Math.max(0, forwarded.length - 1 - trustedHops)) ?? headers.get("x-real-ip") ?? "";
  return limitKey(picked.trim()) || "unknown";
}

/** IPv4 as is (also when IPv6-mapped); IPv6 by its /64 network, since one subscriber holds a whole /64. */
export function limitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1] ?? address;
  if (!address.includes(":")) return address.slice(0, 64);
  const groups = expandIpv6(address.replace(/^\[|\]$/g, "").split("%")[0] ?? "");
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address.slice(0, 64);
}

function expandIpv6(address: string): string[] | undefined {
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""));
}

/** `FIXPATH_TRUSTED_PROXY_HOPS`: proxies of your own beyond the nearest one (default 0). */
export function readTrustedHops(value: string | undefined): number {
  return value && /^\d{1,2}$/.test(value.trim()) ? Number(value) : 0;
}
