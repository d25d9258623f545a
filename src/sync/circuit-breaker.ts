/**
 * One circuit breaker per source. A source that keeps failing is left alone for a while instead of
 * being asked again at every sync (and every number): closed → open after repeated failures, or at
 * once when the failure says so (a captcha wall, refused credentials, a quota with Retry-After);
 * once the pause ends one batch is let through (half open): success closes it, failure opens it
 * again for twice as long. Pure: the state is stored in `source_health` by the runner.
 */
import type { FailureReason } from "../carriers/connector.ts";

export type Circuit = "closed" | "open" | "half_open";

export interface CircuitState {
  circuit: Circuit;
  consecutiveFailures: number;
  /** Epoch ms; while open, no request before it. */
  openUntil: number | null;
}

export const CLOSED: CircuitState = { circuit: "closed", consecutiveFailures: 0, openUntil: null };

const MINUTE = 60_000;

export const CIRCUIT_POLICY = {
  /** Failed batches in a row that open the circuit on a flaky source (timeouts, 5xx, bad answers). */
  failuresToOpen: 3,
  firstPauseMs: 2 * MINUTE,
  /** A captcha wall: scraping on would only make it longer. */
  blockedPauseMs: 30 * MINUTE,
  /** Refused credentials do not fix themselves; `sources --reset` after fixing the config. */
  unauthorizedPauseMs: 60 * MINUTE,
  maxPauseMs: 12 * 60 * MINUTE,
};

/** Whether a batch may be sent now; an open circuit whose pause ended lets one through. */
export function admit(state: CircuitState, nowMs: number): { allowed: boolean; state: CircuitState } {
  if (state.circuit !== "open") return { allowed: true, state };
  if (state.openUntil !== null && nowMs < state.openUntil) return { allowed: false, state };
  return { allowed: true, state: { ...state, circuit: "half_open" } };
}

export function recordSuccess(): CircuitState {
  return CLOSED;
}

function pauseFor(base: number, failures: number): number {
  return Math.min(CIRCUIT_POLICY.maxPauseMs, base * 2 ** Math.max(0, failures - 1));
}

export function recordFailure(
  state: CircuitState,
  failure: { reason: FailureReason; retryAt?: number | null },
  nowMs: number,
): CircuitState {
  const failures = state.consecutiveFailures + 1;
  const opened = (pauseMs: number): CircuitState => ({
    circuit: "open",
    consecutiveFailures: failures,
    openUntil: Math.max(nowMs + pauseMs, failure.retryAt ?? 0),
  });
  if (failure.retryAt != null && failure.retryAt > nowMs) return opened(0);
  if (failure.reason === "blocked") return opened(pauseFor(CIRCUIT_POLICY.blockedPauseMs, failures));
  if (failure.reason === "unauthorized") return opened(CIRCUIT_POLICY.unauthorizedPauseMs);
  if (state.circuit === "half_open" || failures >= CIRCUIT_POLICY.failuresToOpen) {
    const beyond = failures - CIRCUIT_POLICY.failuresToOpen + 1;
    return opened(pauseFor(CIRCUIT_POLICY.firstPauseMs, Math.max(1, beyond)));
  }
  return { circuit: "closed", consecutiveFailures: failures, openUntil: null };
}
