import { describe, expect, it } from "vitest";
import { createVoterToken, DailySalt, hashVoter, readVoterToken, utcDay, type SaltStore } from "./voter";

function memorySaltStore(): SaltStore & { salts: Map<string, string> } {
  const salts = new Map<string, string>();
  return {
    salts,
    readSalt: async (day) => salts.get(day),
    insertSaltIfAbsent: async (day, salt) => {
      if (!salts.has(day)) salts.set(day, salt);
    },
    deleteSaltsBefore: async (day) => {
      for (const key of [...salts.keys()]) if (key < day) salts.delete(key);
    },
  };
}

const DAY = 24 * 60 * 60 * 1000;
const MONDAY = Date.UTC(2025, 2, 10, 23, 59);

describe("voter tokens and hashes", () => {
  it("issues tokens the cookie reader accepts, and refuses anything else", () => {
    const token = createVoterToken();
    expect(readVoterToken(token)).toBe(token);
    expect(readVoterToken(undefined)).toBeUndefined();
    expect(readVoterToken("short")).toBeUndefined();
    expect(readVoterToken(`${token.slice(0, 21)}"`)).toBeUndefined();
    expect(createVoterToken()).not.toBe(token);
  });

  it("hashes never contain the token and differ per salt and per subject", () => {
    const token = createVoterToken();
    const hash = hashVoter("salt-a", token, "error-x");
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hash).not.toContain(token);
    expect(hashVoter("salt-a", token, "error-x")).toBe(hash);
    expect(hashVoter("salt-b", token, "error-x")).not.toBe(hash);
    expect(hashVoter("salt-a", token, "error-y")).not.toBe(hash);
  });

  it("uses UTC days", () => {
    expect(utcDay(MONDAY)).toBe("2025-03-10");
    expect(utcDay(MONDAY + 60_000)).toBe("2025-03-11");
  });
});

describe("the daily salt", () => {
  it("is the same all day, for every instance sharing the store", async () => {
    const store = memorySaltStore();
    let now = MONDAY - 60_000;
    const first = new DailySalt(store, () => now);
    const second = new DailySalt(store, () => now);
    const a = await first.current();
    expect(await second.current()).toEqual(a);
    now += 30_000;
    expect(await first.current()).toEqual(a);
  });

  it("rotates at midnight UTC and deletes the days before", async () => {
    const store = memorySaltStore();
    let now = MONDAY;
    const salt = new DailySalt(store, () => now);
    const monday = await salt.current();
    now += 2 * 60_000;
    const tuesday = await salt.current();
    expect(tuesday.day).toBe("2025-03-11");
    expect(tuesday.salt).not.toBe(monday.salt);
    expect([...store.salts.keys()]).toEqual(["2025-03-11"]);
    now += DAY;
    expect((await salt.current()).salt).not.toBe(tuesday.salt);
  });

  it("tries again after the store failed", async () => {
    const store = memorySaltStore();
    let failing = true;
    const flaky: SaltStore = {
      ...store,
      readSalt: async (day) => {
        if (failing) throw new Error("database down");
        return store.readSalt(day);
      },
    };
    const salt = new DailySalt(flaky, () => MONDAY);
    await expect(salt.current()).rejects.toThrow("database down");
    failing = false;
    expect((await salt.current()).day).toBe("2025-03-10");
  });
});
