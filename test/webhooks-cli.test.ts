/**
 * `parceltrail webhooks` as a user runs it: a real process listening on a real port, pushed to
 * over HTTP with the published 17TRACK dashboard test push, then read back with `show`.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, run, source } from "./support/run-cli.ts";

const NOW = { PARCELTRAIL_NOW: "2026-11-21T10:00:00Z" };
const KEY = "webhooks-cli-test-key";
const NUMBER = "1Z2617V10397725789";
const RAW = readFileSync(
  new URL("./fixtures/carrier-samples/17track/webhook-tracking-updated-dashboard-test.json", import.meta.url),
);
const sign = (body: Uint8Array, key = KEY) =>
  createHash("sha256")
    .update(Buffer.concat([body, Buffer.from(`/${key}`)]))
    .digest("hex");

let dir: string;
let data: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(["--data-dir", data, ...args], undefined, source, { ...NOW, ...env });
}

/** A port nobody listens on right now: the OS picks one for a moment, then it is given back. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

interface Served {
  child: ChildProcessWithoutNullStreams;
  /** The first stdout line, once the server listens. */
  first: string;
  output(): string;
}

/** Starts the receiver and waits for its "listening on" line (or its exit). */
async function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [source, "--data-dir", data, "webhooks", ...args], {
    cwd: root,
    env: { ...process.env, ...NOW, PARCELTRAIL_17TRACK_KEY: KEY },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const first = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("\n")) resolve(stdout.split("\n")[0] ?? "");
    });
    child.once("exit", (code) => reject(new Error(`webhooks exited ${code}: ${stderr}`)));
  });
  return { child, first, output: () => stdout };
}

async function stop(served: Served): Promise<number | null> {
  const exited = once(served.child, "exit");
  served.child.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  return code;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parceltrail-webhooks-"));
  data = join(dir, "data");
  const added = await cli(["add", NUMBER, "--order", "12-34567-89012", "--dest", "Gasquet, US"]);
  expect(added.stderr).toBe("");
  expect(added.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parceltrail webhooks", () => {
  let served: Served | undefined;
  let url = "";

  beforeAll(async () => {
    const port = await freePort();
    served = await serve(["--port", String(port), "--host", "127.0.0.1"]);
    url = `http://127.0.0.1:${port}/webhooks/17track`;
    expect(served.first).toBe(`listening on ${url}`);
  });

  afterAll(async () => {
    // Stopped here as well in case a test failed before the one that stops it.
    if (served && served.child.exitCode === null) await stop(served);
  });

  it("refuses a push with a wrong sign and stores nothing", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", sign: sign(RAW, "not-the-key") },
      body: RAW,
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { ok: boolean }).ok).toBe(false);
    const shown = await cli(["show", NUMBER]);
    expect(shown.stdout).toContain(`${NUMBER}  ups  first_leg  0 events`);
    expect(shown.stdout).toContain("(no events yet");
  });

  it("answers 405 to a GET and 404 to any other path", async () => {
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const other = await fetch(url.replace("/webhooks/17track", "/webhooks/other"), {
      method: "POST",
      headers: { sign: sign(RAW) },
      body: RAW,
    });
    expect(other.status).toBe(404);
    expect((await fetch(url.replace("/webhooks/17track", "/"))).status).toBe(404);
  });

  it("stores a correctly signed push: show lists its events", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", sign: sign(RAW) },
      body: RAW,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const shown = await cli(["show", NUMBER]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${NUMBER}  ups  first_leg  5 events  sources: 17track done`);
    expect(shown.stdout).toMatch(
      /2022-04-04 16:35 -07:00\s+delivered\s+DELIVERED {2}@ GASQUET, CA, US {2}\[17track\]/,
    );
    expect(shown.stdout).toMatch(/Out For Delivery Today/);
  });

  it("answers 200 to the same push again and to an untracked number, adding nothing", async () => {
    const again = await fetch(url, { method: "POST", headers: { sign: sign(RAW) }, body: RAW });
    expect(again.status).toBe(200);
    const other = Buffer.from(RAW.toString("utf8").replace(NUMBER, "1Z999AA10123456784"));
    const untracked = await fetch(url, { method: "POST", headers: { sign: sign(other) }, body: other });
    expect(untracked.status).toBe(200);
    const shown = await cli(["show", NUMBER]);
    expect(shown.stdout).toContain(`${NUMBER}  ups  first_leg  5 events`);
    const missing = await cli(["show", "1Z999AA10123456784"]);
    expect(missing.code).not.toBe(0);
  });

  it("printed one line per push and stops cleanly on SIGTERM", async () => {
    if (!served) throw new Error("not started");
    const code = await stop(served);
    expect(code).toBe(0);
    const lines = served.output().trim().split("\n");
    expect(lines).toEqual([
      `listening on ${url}`,
      `${NUMBER}  TRACKING_UPDATED  order 1  +5 events, new → delivered`,
      `${NUMBER}  TRACKING_UPDATED  order 1  +0 events, delivered`,
      "1Z999AA10123456784  TRACKING_UPDATED  not tracked, ignored",
    ]);
  });
});

describe("parceltrail webhooks, set up wrong", () => {
  it("stops with a sentence naming both places for the key when there is none", async () => {
    const result = await run(["--data-dir", data, "webhooks"], undefined, source, {
      ...NOW,
      PARCELTRAIL_17TRACK_KEY: "",
    });
    expect([1, 2]).toContain(result.code);
    expect(result.stderr).toContain("sources.17track.key");
    expect(result.stderr).toContain("PARCELTRAIL_17TRACK_KEY");
    expect(result.stdout).toBe("");
  });

  it("refuses a port that is not one", async () => {
    const result = await cli(["webhooks", "--port", "http"], { PARCELTRAIL_17TRACK_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--port must be a port number");
  });

  it("prints the port it got for --port 0", async () => {
    const any = await serve(["--port", "0"]);
    try {
      expect(any.first).toMatch(/^listening on http:\/\/127\.0\.0\.1:[1-9]\d*\/webhooks\/17track$/);
    } finally {
      expect(await stop(any)).toBe(0);
    }
  });
});
