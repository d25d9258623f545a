/**
 * A real HTTP server on 127.0.0.1 that plays a carrier: each request is answered by a function
 * (replaying a fixture, counting, checking headers), and any answer can be a fault a real source
 * produces: a hang, a reset connection, a body dripped a byte at a time. Tests, the demo and the
 * benchmarks point a connector at it with `PARCELTRAIL_<ID>_BASE_URL`.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface FakeRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
  /** Epoch ms when it arrived. */
  at: number;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /**
   * hang: never answer. reset: destroy the connection before answering. reset-mid-body: send the
   * headers and half the body, then destroy. drip: send the body one byte every `dripMs`.
   */
  fault?: "hang" | "reset" | "reset-mid-body" | "drip";
  dripMs?: number;
  /** Wait this long before answering. */
  delayMs?: number;
}

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeServer {
  /** "http://127.0.0.1:PORT": what goes in PARCELTRAIL_<ID>_BASE_URL. */
  url: string;
  requests: FakeRequest[];
  /** Replaces the handler (for a test that changes what the source does half-way). */
  handle(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A JSON reply with the right content type. */
export function json(value: unknown, status = 200, headers: Record<string, string> = {}): FakeReply {
  return {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", ...headers },
    body: typeof value === "string" ? value : JSON.stringify(value),
  };
}

async function readRequestBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(response: ServerResponse, reply: FakeReply, closing: () => boolean): Promise<void> {
  if (reply.delayMs) await wait(reply.delayMs);
  if (reply.fault === "hang") return;
  if (reply.fault === "reset") {
    response.socket?.destroy();
    return;
  }
  const body =
    typeof reply.body === "string" ? Buffer.from(reply.body, "utf8") : Buffer.from(reply.body ?? []);
  response.writeHead(reply.status ?? 200, { ...reply.headers, "content-length": String(body.byteLength) });
  if (reply.fault === "reset-mid-body") {
    response.write(body.subarray(0, Math.floor(body.byteLength / 2)));
    await wait(20);
    response.socket?.destroy();
    return;
  }
  if (reply.fault === "drip") {
    for (const byte of body) {
      if (closing() || response.destroyed) return;
      response.write(Buffer.from([byte]));
      await wait(reply.dripMs ?? 200);
    }
  } else {
    response.write(body);
  }
  response.end();
}

export async function startFakeCarrierServer(handler: FakeHandler): Promise<FakeServer> {
  let current = handler;
  let closing = false;
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
      const request: FakeRequest = {
        method: incoming.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        body: await readRequestBody(incoming),
        at: Date.now(),
      };
      requests.push(request);
      try {
        await send(response, await current(request), () => closing);
      } catch (error) {
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
        response.end(`fake server handler failed: ${String(error)}`);
      }
    })();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    async close() {
      closing = true;
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, "close").catch(() => undefined);
    },
  };
}
