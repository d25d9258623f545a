import { createHash } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readWebhook, verifyWebhook, type WebhookUpdate, webhookHandler } from "./webhook.ts";

const KEY = "webhook-test-key-91c2";
/** The published dashboard test push, as raw text: the signature is over these exact bytes. */
const RAW = readFileSync(
  new URL(
    "../../../test/fixtures/carrier-samples/17track/webhook-tracking-updated-dashboard-test.json",
    import.meta.url,
  ),
  "utf8",
);
const sign = (body: string, key = KEY) => createHash("sha256").update(`${body}/${key}`).digest("hex");

describe("verifyWebhook", () => {
  it("accepts the sample with the signature computed for it", () => {
    expect(verifyWebhook(RAW, sign(RAW), KEY)).toBe(true);
    expect(verifyWebhook(RAW, ` ${sign(RAW).toUpperCase()} `, KEY)).toBe(true);
  });

  it("refuses a changed byte, another key, a wrong or missing header", () => {
    const changed = RAW.replace("GASQUET", "GASQUEU");
    expect(changed).not.toBe(RAW);
    expect(verifyWebhook(changed, sign(RAW), KEY)).toBe(false);
    expect(verifyWebhook(RAW, sign(RAW, "other-key"), KEY)).toBe(false);
    expect(verifyWebhook(RAW, "0".repeat(64), KEY)).toBe(false);
    expect(verifyWebhook(RAW, sign(RAW).slice(0, 63), KEY)).toBe(false);
    expect(verifyWebhook(RAW, null, KEY)).toBe(false);
    expect(verifyWebhook(RAW, sign(RAW, ""), "")).toBe(false);
  });
});

describe("readWebhook", () => {
  it("reads a signed push into a track result", () => {
    const read = readWebhook(RAW, { Sign: sign(RAW), "content-type": "application/json" }, KEY);
    if (!read.ok) throw new Error(read.error);
    expect(read.event).toBe("TRACKING_UPDATED");
    expect(read.number).toBe("1Z2617V10397725789");
    expect(read.result.outcome).toBe("found");
    if (read.result.outcome !== "found") return;
    expect(read.result.final).toBe(true);
    expect(read.result.exchange).toBeNull();
    expect(read.result.reports[0]?.carrier).toBe("ups");
    expect(read.result.reports[0]?.events).toHaveLength(5);
    expect(read.result.reports[0]?.events[0]?.text).toBe("DELIVERED");
  });

  it("answers 401 for a bad signature, 400 for bad JSON or a wrong shape", () => {
    expect(readWebhook(RAW, new Headers({ sign: "bad" }), KEY)).toMatchObject({ ok: false, status: 401 });
    expect(readWebhook(RAW, {}, KEY)).toMatchObject({ ok: false, status: 401 });
    const signed = (body: string) => readWebhook(body, new Headers({ sign: sign(body) }), KEY);
    expect(signed("{not json")).toEqual({ ok: false, status: 400, error: "the body is not valid JSON" });
    expect(signed('{"event":"SOMETHING","data":{"number":"X1"}}')).toMatchObject({ ok: false, status: 400 });
    expect(signed('{"event":"TRACKING_UPDATED","data":{}}')).toEqual({
      ok: false,
      status: 400,
      error: "data has no tracking number",
    });
    expect(signed("null")).toMatchObject({ ok: false, status: 400 });
  });

  it("reads a stop push without tracking data", () => {
    const body =
      '{"event":"TRACKING_STOPPED","data":{"number":"RR123456785CN","carrier":3011,"param":null,"tag":""}}';
    const read = readWebhook(body, { sign: sign(body) }, KEY);
    expect(read).toEqual({
      ok: true,
      event: "TRACKING_STOPPED",
      number: "RR123456785CN",
      result: {
        number: "RR123456785CN",
        outcome: "not_found",
        message: "17TRACK stopped tracking this number",
        exchange: null,
      },
    });
  });
});

/** Serves a Web-standard handler on node:http, the way the app's server adapter would. */
async function serve(
  handler: (request: Request) => Promise<Response>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const method = incoming.method ?? "GET";
      const request = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, {
        method,
        headers,
        ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
      });
      const response = await handler(request);
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/17track`, server };
}

describe("webhookHandler on a real HTTP server", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.close();
    if (server) await once(server, "close");
    server = undefined;
  });

  async function start(onUpdate: (update: WebhookUpdate) => Promise<void>) {
    const served = await serve(webhookHandler(KEY, onUpdate));
    server = served.server;
    return served.url;
  }

  it("answers 200 and hands on the parsed update for a good signature", async () => {
    const updates: WebhookUpdate[] = [];
    const url = await start(async (update) => {
      updates.push(update);
    });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", sign: sign(RAW) },
      body: RAW,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.event).toBe("TRACKING_UPDATED");
    expect(updates[0]?.number).toBe("1Z2617V10397725789");
    const result = updates[0]?.result;
    expect(result?.outcome === "found" && result.reports[0]?.events.length).toBe(5);
  });

  it("answers 401 for a bad signature without handing anything on", async () => {
    const updates: WebhookUpdate[] = [];
    const url = await start(async (update) => {
      updates.push(update);
    });
    const response = await fetch(url, { method: "POST", headers: { sign: sign(RAW, "wrong") }, body: RAW });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { ok: boolean }).ok).toBe(false);
    expect(updates).toHaveLength(0);
  });

  it("answers 405 to anything but POST, and 500 when the update cannot be stored", async () => {
    const url = await start(async () => {
      throw new Error("disk full");
    });
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const post = await fetch(url, { method: "POST", headers: { sign: sign(RAW) }, body: RAW });
    expect(post.status).toBe(500);
    expect(await post.json()).toEqual({ ok: false, error: "the update could not be stored" });
  });
});
