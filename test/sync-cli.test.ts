/**
 * The "done when", through the real `parceltrail` process on a real SQLite file: a new user
 * adds an AliExpress number and runs `sync` against a replayed Cainiao (a server on 127.0.0.1,
 * chosen with PARCELTRAIL_CAINIAO_BASE_URL); the hand-off to La Poste is followed by itself, its
 * carrier's API (another fake server) gives the rest, `show` prints one merged timeline across both
 * numbers, and `sources` tells the truth about every source, secrets never printed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeServer, json, startFakeCarrierServer } from "../src/sim/fake-carrier-server.ts";
import { cainiaoHandoffBody, laPosteBody } from "../src/sim/fake-sources.ts";
import { run, source } from "./support/run-cli.ts";

const NOW = "2026-11-21T10:00:00Z";
const SECRET = "okapi-secret-7f3a";
const story = {
  firstLeg: "LP00123456789012",
  lastMile: "6A12345678901",
  startMs: Date.parse("2026-11-01T02:00:00Z"),
};

let dir: string;
let cainiao: FakeServer;
let laPoste: FakeServer;
let env: NodeJS.ProcessEnv;

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return run(["--data-dir", dir, ...args], undefined, source, { ...env, ...extraEnv });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-sync-"));
  cainiao = await startFakeCarrierServer((request) =>
    json(cainiaoHandoffBody(story, (request.query.get("mailNos") ?? "").split(","))),
  );
  laPoste = await startFakeCarrierServer((request) =>
    request.headers["x-okapi-key"] === SECRET ? json(laPosteBody(story)) : json({ returnCode: 401 }, 401),
  );
  env = {
    PARCELTRAIL_NOW: NOW,
    PARCELTRAIL_CAINIAO_BASE_URL: cainiao.url,
    PARCELTRAIL_LA_POSTE_BASE_URL: laPoste.url,
    PARCELTRAIL_LA_POSTE_OKAPI_KEY: SECRET,
  };
});

afterAll(async () => {
  await cainiao.close();
  await laPoste.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("sync, show and sources end to end", () => {
  it("follows the hand-off by itself and shows one merged timeline", async () => {
    const added = await cli(["add", story.firstLeg, "--order", "8100001", "--dest", "Lyon, FR"]);
    expect(added.code, added.stderr).toBe(0);

    const synced = await cli(["sync"]);
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stdout).toContain("Read 2 numbers with 2 requests");
    expect(synced.stdout).toContain(`${story.firstLeg} → ${story.lastMile} (la-poste), from cainiao`);
    expect(synced.stdout).toMatch(
      new RegExp(`${story.lastMile}\\s+\\+4 events\\s+new → delivered\\s+la-poste`),
    );
    expect(synced.stdout).not.toContain(SECRET);

    const shown = await cli(["show", story.firstLeg]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(
      new RegExp(`${story.lastMile}\\s+la-poste\\s+last_mile handed off from ${story.firstLeg}`),
    );
    const timeline = shown.stdout.split("Timeline:")[1] ?? "";
    const lines = timeline.trim().split("\n");
    // Both numbers' events in one timeline, in time order: Cainiao's pickup first, La Poste's delivery last.
    expect(lines).toHaveLength(11);
    expect(lines[0]).toContain("[cainiao]");
    expect(lines[0]).toContain("Received by logistics company");
    expect(lines.at(-1)).toContain("[la-poste]");
    expect(lines.at(-1)).toContain("delivered");
    expect(shown.stdout).toMatch(/Now: delivered/);

    const again = await cli(["sync", story.firstLeg]);
    expect(again.stdout).toContain("Nothing new.");
  });

  it("sources tells the truth about every source, and never prints a secret", async () => {
    const listed = await cli(["sources"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/cainiao\s+ready\s+closed\s+\d+ min ago\s+\d \(0 failed\)/);
    expect(listed.stdout).toMatch(/17track\s+not set up/);
    expect(listed.stdout).toMatch(/manual\s+pasted by you/);
    expect(listed.stdout).toContain("17track: needs sources.17track.key (or PARCELTRAIL_17TRACK_KEY).");
    expect(listed.stdout).toContain(`la-poste: requests go to ${laPoste.url}`);
    expect(listed.stdout).not.toContain(SECRET);

    const asJson = await cli(["sources", "--json"]);
    const statuses = JSON.parse(asJson.stdout) as Array<Record<string, unknown>>;
    expect(statuses.map((status) => status.id)).toEqual([
      "cainiao",
      "17track",
      "dhl",
      "usps",
      "ups",
      "fedex",
      "la-poste",
      "manual",
    ]);
    expect(statuses.find((status) => status.id === "la-poste")).toMatchObject({
      setup: "ready",
      credentials: ["okapiKey"],
      circuit: "closed",
      requestsLastDay: 1,
      failedLastDay: 0,
    });
    expect(asJson.stdout).not.toContain(SECRET);
  });

  it("a blocked source is reported by sync and by sources, and the exit status says so", async () => {
    cainiao.handle(() => ({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: "<!DOCTYPE html><html><body><div id='nocaptcha'>Slide to verify</div></body></html>",
    }));
    await cli(["add", "LP00123456789013", "--order", "8100002"]);
    const synced = await cli(["sync"]);
    expect(synced.code).toBe(1);
    expect(synced.stdout).toMatch(/cainiao\s+blocked: .+\(LP00123456789013\)/);
    const listed = await cli(["sources", "--json"]);
    const cainiaoStatus = (JSON.parse(listed.stdout) as Array<Record<string, unknown>>).find(
      (s) => s.id === "cainiao",
    );
    expect(cainiaoStatus).toMatchObject({ circuit: "open", consecutiveFailures: 1 });
    expect(String(cainiaoStatus?.lastError)).toMatch(/^blocked: /);
    // Paused: the next sync does not knock on the wall again.
    const asked = cainiao.requests.length;
    const paused = await cli(["sync", "LP00123456789013"]);
    expect(paused.stdout).toContain("Not asked (paused after failures");
    expect(cainiao.requests).toHaveLength(asked);
    const reset = await cli(["sources", "--reset", "cainiao", "--json"]);
    expect((JSON.parse(reset.stdout) as Array<Record<string, unknown>>)[0]).toMatchObject({
      circuit: "closed",
    });
  });

  it("bad settings are refused with the setting named, never its value", async () => {
    const badUrl = await cli(["sources"], {
      PARCELTRAIL_DHL_BASE_URL: "not a url",
      PARCELTRAIL_DHL_API_KEY: "dhl-secret-99",
    });
    expect(badUrl.stdout).toContain(
      "dhl: sources.dhl.baseUrl (or PARCELTRAIL_DHL_BASE_URL) must be an http(s) URL",
    );
    expect(badUrl.stdout).not.toContain("dhl-secret-99");
    const half = await cli(["sources"], { PARCELTRAIL_USPS_CLIENT_ID: "usps-id-secret" });
    expect(half.stdout).toContain(
      "usps: needs sources.usps.clientSecret (or PARCELTRAIL_USPS_CLIENT_SECRET).",
    );
    expect(half.stdout).not.toContain("usps-id-secret");
  });
});
