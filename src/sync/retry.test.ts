import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./retry.ts";

const policy = { baseDelayMs: 1000, maxDelayMs: 30_000 };

describe("backoffDelay", () => {
  it("doubles each attempt and keeps at least half of each step", () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0)).toBe(1000);
    expect(backoffDelay(3, policy, () => 1)).toBe(4000);
  });

  it("never waits longer than the cap, however many attempts", () => {
    expect(backoffDelay(40, policy, () => 1)).toBe(30_000);
    expect(backoffDelay(40, policy, () => 0)).toBe(15_000);
  });

  it("spreads clients that failed together", () => {
    const waits = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => backoffDelay(3, policy, () => r)));
    expect(waits.size).toBe(5);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-21T10:00:00Z");
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(now + 120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(now);
  });
  it("reads an HTTP date, and a past date means now", () => {
    expect(parseRetryAfter("Sat, 21 Nov 2026 10:05:00 GMT", now)).toBe(now + 300_000);
    expect(parseRetryAfter("Sat, 21 Nov 2026 09:00:00 GMT", now)).toBe(now);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
  });
});
