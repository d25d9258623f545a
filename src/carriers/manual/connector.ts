/**
 * The buyer's pasted histories (`parceltrail paste`). This source is never fetched: the paste
 * command parses the text and stores it as the number's "manual" read itself (see
 * `src/orders/paste-history.ts`). The connector exists so that the registry, `sources` and the
 * stored fetches name it like any other source.
 */
import type { Connector } from "../connector.ts";

export const manualConnector: Connector<undefined> = {
  id: "manual",
  name: "Pasted history",
  role: "passive",
  // Any carrier's page can be pasted; none is ever asked for, so none is claimed.
  carriers: [],
  // The runner must never pick this source: there is nothing to ask.
  answers: () => false,
  batchSize: 1,
  requestsPerSecond: 0,
  // No remote end: nothing to override with PARCELTRAIL_MANUAL_BASE_URL.
  baseUrl: "",
  credentials: null,
  push: false,
  // The languages the paste parser reads (src/domain/paste/words.ts and timeline/event-time.ts:
  // headers, noise and status words, month and weekday names).
  languages: ["en", "es", "pt", "fr", "de", "it", "nl", "ru", "zh"],
  // Never asked (`answers` is false); were it called anyway, it reads nothing rather than fail:
  // the pasted events reach the store through `paste`, not through a sync.
  async track() {
    return [];
  },
};
