/**
 * Which sources to ask for a number: every configured primary that can answer for it (Cainiao for
 * AliExpress-world numbers, the carrier's own API), and 17TRACK-style fallbacks only when no
 * configured primary can. A source that cannot know the number is never asked.
 */
import type { AnyConnector, TrackRequest } from "../carriers/connector.ts";

export interface Candidate {
  request: TrackRequest;
  marketplace: string | null;
  /** Sources already done with this number (they said it will not change). */
  doneWith: ReadonlySet<string>;
}

export function chooseSources(candidate: Candidate, configured: readonly AnyConnector[]): AnyConnector[] {
  const able = (connector: AnyConnector) =>
    !candidate.doneWith.has(connector.id) &&
    connector.answers(candidate.request, { marketplace: candidate.marketplace });
  const primaries = configured.filter((connector) => connector.role === "primary" && able(connector));
  if (primaries.length > 0) return primaries;
  return configured.filter((connector) => connector.role === "fallback" && able(connector));
}
