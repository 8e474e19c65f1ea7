import { describe, expect, it } from "vitest";
import {
  ADMIN_SESSION_SECONDS,
  createSessionValue,
  hasBearerToken,
  isValidSession,
  matchesToken,
  readAdminToken,
} from "./admin-session";

const TOKEN = "correct horse battery staple";
const NOW = Date.UTC(2025, 2, 10);

describe("the admin token", () => {
  it("is off when unset or blank", () => {
    expect(readAdminToken(undefined)).toBeUndefined();
    expect(readAdminToken("  ")).toBeUndefined();
    expect(readAdminToken(" s3cret ")).toBe("s3cret");
  });

  it("is accepted only exactly, as a Bearer credential", () => {
    expect(matchesToken(TOKEN, TOKEN)).toBe(true);
    expect(matchesToken(`${TOKEN} `, TOKEN)).toBe(false);
    expect(hasBearerToken("Bearer s3cret", "s3cret")).toBe(true);
    expect(hasBearerToken("bearer s3cret", "s3cret")).toBe(true);
    expect(hasBearerToken("Bearer wrong", "s3cret")).toBe(false);
    expect(hasBearerToken("Basic s3cret", "s3cret")).toBe(false);
    expect(hasBearerToken(null, "s3cret")).toBe(false);
  });
});

describe("the session cookie", () => {
  it("holds no token and is valid until it expires", () => {
    const value = createSessionValue(TOKEN, NOW);
    expect(value).not.toContain(TOKEN);
    expect(isValidSession(value, TOKEN, NOW + 1000)).toBe(true);
    expect(isValidSession(value, TOKEN, NOW + ADMIN_SESSION_SECONDS * 1000)).toBe(false);
  });

  it("is refused when forged, tampered with or made with another token", () => {
    const value = createSessionValue(TOKEN, NOW);
    const [expires, mac] = value.split(".");
    expect(isValidSession(`${Number(expires) + 3600}.${mac}`, TOKEN, NOW)).toBe(false);
    expect(isValidSession(value, "another token", NOW)).toBe(false);
    expect(isValidSession("9999999999.forged", TOKEN, NOW)).toBe(false);
    expect(isValidSession(undefined, TOKEN, NOW)).toBe(false);
  });
});
