/**
 * Waiting before trying again: exponential back-off with jitter (so that many clients that
 * failed together do not come back together), and the source's own Retry-After when it gives one.
 */

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** The first wait; each later one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer wait asked for (Retry-After) ends the attempts; the next sync comes back. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxWaitMs: 60_000,
};

/**
 * The wait after failed attempt `attempt` (1-based): the exponential step, of which a random
 * half is kept ("equal jitter": never less than half the step, so retries never bunch up at 0).
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * Math.min(1, Math.max(0, random())));
}

/**
 * Retry-After as epoch ms: either delay-seconds ("120") or an HTTP date. Null when absent or
 * unreadable; a time in the past means "now".
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return nowMs + Math.round(Number(text) * 1000);
  // An HTTP date names its day and month ("Sat, 21 Nov 2026 10:05:00 GMT"); "-5" is no date.
  if (!/[a-z]{3}/i.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(nowMs, date);
}
