/**
 * What `parceltrail sources` tells about every connector, configured or not: whether it can be
 * asked (and what is missing if not), its circuit, its last success and last error, and how many
 * requests it got in the last day. Credentials are reported by name only, never by value.
 */
import { CONNECTORS } from "../carriers/registry.ts";
import {
  credentialFields,
  type SourceSettings,
  type SourcesSection,
  sourceSettings,
} from "../carriers/source-settings.ts";
import { ValidationError } from "../orders/validation-error.ts";
import { allSourceHealth, requestsSince } from "../store/source-health.ts";
import type { Executor } from "../store/store.ts";

/** Every connector with its settings; an unknown id in the config file is an error that lists the known ones. */
export function sourcesFromConfig(
  section: SourcesSection,
  env: NodeJS.ProcessEnv = process.env,
): SourceSettings[] {
  const known = new Set(CONNECTORS.map((connector) => connector.id));
  const unknown = Object.keys(section).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((id) => `sources.${id}: no such source; the sources are ${[...known].join(", ")}.`),
    );
  }
  return CONNECTORS.map((connector) => sourceSettings(connector, section, env));
}

export interface SourceStatus {
  id: string;
  name: string;
  role: "primary" | "fallback" | "passive";
  /** ready, not_configured, disabled, passive (fed by the buyer, never fetched). */
  setup: "ready" | "not_configured" | "disabled" | "passive";
  problems: string[];
  baseUrl: string;
  baseUrlOverridden: boolean;
  credentials: string[];
  carriers: readonly string[];
  batchSize: number;
  requestsPerSecond: number;
  push: boolean;
  languages: readonly string[];
  circuit: "closed" | "open" | "half_open";
  consecutiveFailures: number;
  /** While the circuit is open: when the source is tried again. */
  openUntil: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  requestsLastDay: number;
  failedLastDay: number;
}

/** A URL for display: a proxy's user and password are never shown. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return url;
  }
}

export async function sourceStatuses(
  db: Executor,
  sources: readonly SourceSettings[],
  now: string,
): Promise<SourceStatus[]> {
  const health = new Map((await allSourceHealth(db)).map((row) => [row.connector, row]));
  const since = new Date(Date.parse(now) - 24 * 3_600_000).toISOString();
  const counts = new Map((await requestsSince(db, since)).map((row) => [row.connector, row]));
  return sources.map(({ connector, ...settings }) => {
    const row = health.get(connector.id);
    const count = counts.get(connector.id);
    const open = row?.circuit === "open" && row.open_until !== null && row.open_until > now;
    return {
      id: connector.id,
      name: connector.name,
      role: connector.role,
      setup:
        connector.role === "passive"
          ? "passive"
          : !settings.enabled
            ? "disabled"
            : settings.configured
              ? "ready"
              : "not_configured",
      problems: settings.problems,
      baseUrl: displayUrl(settings.baseUrl),
      baseUrlOverridden: settings.baseUrlOverridden,
      credentials: credentialFields(connector),
      carriers: connector.carriers,
      batchSize: connector.batchSize,
      requestsPerSecond: connector.requestsPerSecond,
      push: connector.push,
      languages: connector.languages,
      // An open circuit whose pause is over is tried on the next sync: show it as half open.
      circuit: row ? (row.circuit === "open" && !open ? "half_open" : row.circuit) : "closed",
      consecutiveFailures: row?.consecutive_failures ?? 0,
      openUntil: open ? (row?.open_until ?? null) : null,
      lastSuccessAt: row?.last_success_at ?? null,
      lastFailureAt: row?.last_failure_at ?? null,
      lastError: row?.last_error ? `${row.last_reason ?? "failed"}: ${row.last_error}` : null,
      requestsLastDay: count?.requests ?? 0,
      failedLastDay: count?.failed ?? 0,
    };
  });
}
