import { describe, expect, it } from "vitest";
import { createRateLimiter, DEFAULT_FEEDBACK_RATE_PER_MINUTE, readFeedbackRate } from "./rate-limit";

describe("the feedback rate limit", () => {
  it("lets a client send its rate in a burst, then refuses until tokens refill", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 3, now: () => now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([true, true, true]);
    expect(limiter.take("a")).toBe(false);
    expect(limiter.retryAfterSeconds("a")).toBe(20);
    now += 20_000;
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
  });

  it("limits each client on its own", () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0 });
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
    expect(limiter.take("b")).toBe(true);
  });

  it("forgets the least recently seen clients beyond its size", () => {
    const limiter = createRateLimiter({ perMinute: 1, maxClients: 2, now: () => 0 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("a");
    limiter.take("c"); // forgets b, the least recently seen
    expect(limiter.take("a")).toBe(false);
    expect(limiter.take("b")).toBe(true);
  });

  it("reads FIXPATH_FEEDBACK_RATE as a positive whole number, else the default", () => {
    expect(readFeedbackRate("6000")).toBe(6000);
    expect(readFeedbackRate(undefined)).toBe(DEFAULT_FEEDBACK_RATE_PER_MINUTE);
    expect(readFeedbackRate("0")).toBe(DEFAULT_FEEDBACK_RATE_PER_MINUTE);
    expect(readFeedbackRate("1e9")).toBe(DEFAULT_FEEDBACK_RATE_PER_MINUTE);
    expect(readFeedbackRate("-5")).toBe(DEFAULT_FEEDBACK_RATE_PER_MINUTE);
  });
});
