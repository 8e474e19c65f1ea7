import { describe, expect, it } from "vitest";
import { clientAddress, limitKey, readTrustedHops } from "./client-address";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the client address of the rate limit", () => {
  it("takes the rightmost X-Forwarded-For entry: the one the nearest proxy wrote", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.2" }), 1)).toBe(
      "203.0.113.9",
    );
  });

  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(headers({}))).toBe("unknown");
  });

  it("keys IPv6 clients by their /64 and unwraps IPv4-mapped addresses", () => {
    expect(limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:db8:1:2::1")).toBe(limitKey("2001:0db8:0001:0002:ffff::9"));
    expect(limitKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(limitKey("::1")).toBe("0:0:0:0::/64");
    expect(limitKey("not-an-address")).toBe("not-an-address");
  });

  it("reads FIXPATH_TRUSTED_PROXY_HOPS as a small whole number", () => {
    expect(readTrustedHops("1")).toBe(1);
    expect(readTrustedHops(undefined)).toBe(0);
    expect(readTrustedHops("x")).toBe(0);
  });
});
