import { describe, expect, it } from "vitest";
import { admit, CIRCUIT_POLICY, CLOSED, recordFailure, recordSuccess } from "./circuit-breaker.ts";

const now = Date.parse("2026-11-21T10:00:00Z");

describe("circuit breaker", () => {
  it("stays closed through a couple of flaky answers, opens on the third in a row", () => {
    const one = recordFailure(CLOSED, { reason: "unavailable" }, now);
    const two = recordFailure(one, { reason: "bad_response" }, now);
    expect(two).toEqual({ circuit: "closed", consecutiveFailures: 2, openUntil: null });
    const three = recordFailure(two, { reason: "unavailable" }, now);
    expect(three).toEqual({
      circuit: "open",
      consecutiveFailures: 3,
      openUntil: now + CIRCUIT_POLICY.firstPauseMs,
    });
  });

  it("opens at once on a captcha wall, refused credentials, or a Retry-After", () => {
    expect(recordFailure(CLOSED, { reason: "blocked" }, now).openUntil).toBe(
      now + CIRCUIT_POLICY.blockedPauseMs,
    );
    expect(recordFailure(CLOSED, { reason: "unauthorized" }, now).openUntil).toBe(
      now + CIRCUIT_POLICY.unauthorizedPauseMs,
    );
    expect(recordFailure(CLOSED, { reason: "rate_limited", retryAt: now + 90_000 }, now)).toMatchObject({
      circuit: "open",
      openUntil: now + 90_000,
    });
  });

  it("refuses while open, lets one batch through when the pause ends", () => {
    const open = recordFailure(CLOSED, { reason: "blocked" }, now);
    expect(admit(open, now + 1_000).allowed).toBe(false);
    const later = admit(open, now + CIRCUIT_POLICY.blockedPauseMs);
    expect(later).toMatchObject({ allowed: true, state: { circuit: "half_open" } });
    expect(recordSuccess()).toEqual(CLOSED);
  });

  it("a failed trial opens it again for twice as long, never longer than the cap", () => {
    let state = recordFailure(CLOSED, { reason: "blocked" }, now);
    const pauses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const trial = admit(state, state.openUntil ?? now).state;
      const at = state.openUntil ?? now;
      state = recordFailure(trial, { reason: "blocked" }, at);
      pauses.push((state.openUntil ?? 0) - at);
    }
    expect(pauses[0]).toBe(2 * CIRCUIT_POLICY.blockedPauseMs);
    expect(pauses.at(-1)).toBe(CIRCUIT_POLICY.maxPauseMs);
    const flaky = admit(
      recordFailure(
        recordFailure(recordFailure(CLOSED, { reason: "unavailable" }, now), { reason: "unavailable" }, now),
        { reason: "unavailable" },
        now,
      ),
      now + CIRCUIT_POLICY.firstPauseMs,
    ).state;
    expect(recordFailure(flaky, { reason: "unavailable" }, now).openUntil).toBe(
      now + 2 * CIRCUIT_POLICY.firstPauseMs,
    );
  });
});
