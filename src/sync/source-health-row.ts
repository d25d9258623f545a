/**
 * A source's stored health after one batch: the circuit breaker moved by the batch's outcome, and
 * its last success or last failure. A batch counts as failed only when every number in it failed
 * (one "not found" means the source answered); the widest Retry-After of the batch is kept.
 */
import type { TrackResult } from "../carriers/connector.ts";
import type { SourceHealthRow } from "../store/schema.ts";
import { type CircuitState, CLOSED, recordFailure, recordSuccess } from "./circuit-breaker.ts";

export function circuitOf(row: SourceHealthRow | undefined): CircuitState {
  if (!row) return CLOSED;
  return {
    circuit: row.circuit,
    consecutiveFailures: row.consecutive_failures,
    openUntil: row.open_until ? Date.parse(row.open_until) : null,
  };
}

export function healthAfterBatch(
  connector: string,
  previous: SourceHealthRow | undefined,
  admitted: CircuitState,
  results: readonly TrackResult[],
  at: string,
): SourceHealthRow {
  const failed = results.filter((result) => result.outcome === "failed");
  const first = failed[0];
  if (!first || failed.length < results.length) {
    return {
      connector,
      ...rowState(recordSuccess()),
      last_success_at: at,
      last_failure_at: previous?.last_failure_at ?? null,
      last_reason: previous?.last_reason ?? null,
      last_error: previous?.last_error ?? null,
    };
  }
  const retryAt = Math.max(0, ...failed.map((result) => result.retryAt ?? 0)) || null;
  return {
    connector,
    ...rowState(recordFailure(admitted, { reason: first.reason, retryAt }, Date.parse(at))),
    last_success_at: previous?.last_success_at ?? null,
    last_failure_at: at,
    last_reason: first.reason,
    last_error: first.message,
  };
}

function rowState(
  state: CircuitState,
): Pick<SourceHealthRow, "circuit" | "consecutive_failures" | "open_until"> {
  return {
    circuit: state.circuit,
    consecutive_failures: state.consecutiveFailures,
    open_until: state.openUntil === null ? null : new Date(state.openUntil).toISOString(),
  };
}
