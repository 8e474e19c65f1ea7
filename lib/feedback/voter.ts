/**
 * Who answered, without knowing who: a random token in the first-party cookie `fixpath_voter`, stored only
 * as a hash with the day's salt and the page's subject. The salt lives in the database (every instance uses
 * the same one) and is deleted when its UTC day is over, so a hash cannot be linked to any other day, and
 * the hashes of one reader on two different errors cannot be linked at all.
 */
import { createHash, randomBytes } from "node:crypto";

/** Name of the cookie holding the voter token. */
export const VOTER_COOKIE = "fixpath_voter";
/** How long the cookie lives: a year, so one reader stays one voter per cause per day. */
export const VOTER_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A fresh voter token: 128 random bits, base64url. */
export function createVoterToken(): string {
  return randomBytes(16).toString("base64url");
}

/** The cookie's token when it is one we could have issued; anything else is replaced. */
export function readVoterToken(cookieValue: string | undefined): string | undefined {
  return cookieValue && TOKEN_PATTERN.test(cookieValue) ? cookieValue : undefined;
}

/** The stored form of a voter: sha256 of the day's salt, the token and the subject (an error or a flow). */
export function hashVoter(salt: string, token: string, subject: string): string {
  return createHash("sha256").update(`${salt}\n${token}\n${subject}`).digest("hex").slice(0, 32);
}

/** The UTC day of a moment, `YYYY-MM-DD`: salts, dedupe and daily counts all use it. */
export function utcDay(moment: Date | number): string {
  return new Date(moment).toISOString().slice(0, 10);
}

/** A fresh salt: 256 random bits, hex. */
export function createSalt(): string {
  return randomBytes(32).toString("hex");
}

/** Where salts are kept: in the database, shared by every instance. */
export interface SaltStore {
  readSalt(day: string): Promise<string | undefined>;
  /** Stores `salt` for `day` unless another instance already did (its salt then wins). */
  insertSaltIfAbsent(day: string, salt: string): Promise<void>;
  /** Deletes the salts of every day before `day`. */
  deleteSaltsBefore(day: string): Promise<void>;
}

/**
 * The salt of the current UTC day: read from the store (or created there) once per day and instance, and
 * the previous days' salts deleted when the day changes.
 */
export class DailySalt {
  private cached: { day: string; salt: Promise<string> } | undefined;

  constructor(
    private readonly store: SaltStore,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<{ day: string; salt: string }> {
    const day = utcDay(this.now());
    if (this.cached?.day !== day) {
      const salt = this.rotateTo(day);
      this.cached = { day, salt };
      // A failed read must not stick for the whole day: the next answer tries again.
      salt.catch(() => {
        if (this.cached?.salt === salt) this.cached = undefined;
      });
    }
    return { day, salt: await this.cached.salt };
  }

  private async rotateTo(day: string): Promise<string> {
    await this.store.insertSaltIfAbsent(day, createSalt());
    const salt = await this.store.readSalt(day);
    if (!salt) throw new Error(`no salt stored for ${day}`);
    await this.store.deleteSaltsBefore(day);
    return salt;
  }
}
