/**
 * Setup shared by the connector and HTTP tests: fake carrier servers that are closed after each
 * test, and a ConnectorContext whose HTTP client retries as the real one does but milliseconds
 * apart, so that a test of a failing source stays fast. A `.fixture.ts` file: tests import it,
 * the build leaves it out (tsconfig.build.json).
 */
import { afterEach } from "vitest";
import { type FakeHandler, type FakeServer, startFakeCarrierServer } from "../sim/fake-carrier-server.ts";
import type { Connector, ConnectorContext, TrackRequest, TrackResult } from "./connector.ts";
import { createHttpClient, type HttpClient } from "./http.ts";

/**
 * Registers the closing of every server this file's tests start, and returns `serve` to start
 * one. Every server is closed, also the earlier ones of a test that starts several (a case
 * each), so that none keeps a port or the run open; closing one the test closed itself is
 * harmless.
 */
export function useFakeServer(): { serve(handler: FakeHandler): Promise<FakeServer> } {
  const started: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });
  return {
    async serve(handler) {
      const server = await startFakeCarrierServer(handler);
      started.push(server);
      return server;
    },
  };
}

/** The connector's HTTP client against a test server: no pacing to speak of, fast retries. */
export function testHttpClient(connector: string, baseUrl: string): HttpClient {
  return createHttpClient({
    connector,
    baseUrl,
    requestsPerSecond: 1000,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxWaitMs: 1000 },
    timeoutMs: 2000,
  });
}

/** What `track` is given in a test: that client, the credentials, the reader's language, a clock. */
export function testContext<Credentials>(
  connector: string,
  baseUrl: string,
  credentials: Credentials,
  lang = "en",
  now: () => Date = () => new Date(),
): ConnectorContext<Credentials> {
  return { http: testHttpClient(connector, baseUrl), credentials, lang, now };
}

/** The result of reading one number, or the test fails. */
export async function trackOnly<Credentials>(
  connector: Connector<Credentials>,
  request: TrackRequest,
  context: ConnectorContext<Credentials>,
): Promise<TrackResult> {
  const [result] = await connector.track([request], context);
  if (!result) throw new Error("no result");
  return result;
}

/** The result as a failure, so that a test can read its reason; any other outcome fails the test. */
export function failure(result: TrackResult | undefined): Extract<TrackResult, { outcome: "failed" }> {
  if (result?.outcome !== "failed") throw new Error(`expected a failure, got ${result?.outcome}`);
  return result;
}
