/**
 * Per-client rate limits, held in memory only (addresses are never written anywhere): a token bucket per
 * client address that refills `perMinute` tokens a minute. Each instance limits on its own.
 */

/** Feedback posts and search reports one client may send a minute unless `FIXPATH_FEEDBACK_RATE` says otherwise. */
export const DEFAULT_FEEDBACK_RATE_PER_MINUTE = 30;
/** Most clients remembered at once; the least recently seen are forgotten first. */
export const MAX_TRACKED_CLIENTS = 50_000;

/** `FIXPATH_FEEDBACK_RATE` as a whole number of requests a minute; anything else gives the default. */
export function readFeedbackRate(value: string | undefined): number {
  const rate = Number(value);
  return value && /^\d+$/.test(value.trim()) && rate >= 1 ? rate : DEFAULT_FEEDBACK_RATE_PER_MINUTE;
}

export interface RateLimiter {
  /** Takes one request's token for `key`; false when the client is over its rate. */
  take(key: string): boolean;
  /** Seconds until `key` has a token again (for Retry-After). */
  retryAfterSeconds(key: string): number;
}

export function createRateLimiter(options: {
  perMinute: number;
  maxClients?: number;
  now?: () => number;
}): RateLimiter {
  const { perMinute, maxClients = MAX_TRACKED_CLIENTS, now = Date.now } = options;
  const perMs = perMinute / 60_000;
  // Map order is insertion order: re-inserting on every request keeps the least recently seen first.
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (key: string) => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.delete(key);
    buckets.set(key, bucket);
    while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    return bucket;
  };

  return {
    take(key) {
      const bucket = refill(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    retryAfterSeconds(key) {
      const bucket = refill(key);
      return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
  };
}
