/**
 * `parceltrail webhooks [--port 8787] [--host 127.0.0.1]`: receive 17TRACK's pushes and store them
 * as they come, so a parcel's news is in the store without waiting for the next sync. Serves
 * `POST /webhooks/17track` (set that URL in the 17TRACK dashboard, behind a reverse proxy or tunnel
 * for a public address); every push is checked against the 17TRACK key before anything is read.
 * Runs until SIGINT or SIGTERM, then closes the store.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Command } from "commander";
import { webhookHandler } from "../../carriers/seventeen-track/webhook.ts";
import { envName } from "../../carriers/source-settings.ts";
import { dataDirOf, loadConfig } from "../../config/config.ts";
import type { Store } from "../../store/store.ts";
import { type PushStored, receivePush } from "../../sync/receive-push.ts";
import { sourcesFromConfig } from "../../sync/source-status.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { count } from "../format.ts";
import { UsageError } from "../usage-error.ts";

export const WEBHOOK_PATH = "/webhooks/17track";
/** The same cap as the handler's: a push far larger than any real one is refused before it is all read. */
const MAX_BODY_BYTES = 1024 * 1024;
/** On shutdown, how long a push being stored may take before its connection is cut. */
const DRAIN_MS = 5_000;

interface WebhooksOptions {
  port: string;
  host: string;
}

/** The 17TRACK key from config or the environment; without it no push can be verified. */
function seventeenTrackKey(sources: Record<string, Record<string, string | boolean>>): string {
  const settings = sourcesFromConfig(sources).find((each) => each.connector.id === "17track");
  const key = (settings?.credentials as { key?: unknown } | undefined)?.key;
  if (typeof key === "string" && key !== "") return key;
  throw new UsageError(
    `webhooks needs the 17TRACK key to check the pushes' signatures: set sources.17track.key in parceltrail.config.json or ${envName("17track", "key")}.`,
  );
}

function readPort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value.trim()) || port > 65_535) {
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${value}".`);
  }
  return port;
}

function answer(
  outgoing: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  outgoing.writeHead(status, { "content-type": "application/json", ...headers });
  outgoing.end(JSON.stringify(value));
}

/** The request body, or null when it is larger than the cap (the rest is not read). */
async function readBody(incoming: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A node:http request as a web `Request`, with the body bytes already read. */
function webRequest(incoming: IncomingMessage, url: URL, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? "GET";
  return new Request(url, {
    method,
    headers,
    // A web Request refuses a body on GET and HEAD; the handler answers those 405 anyway.
    ...(method === "GET" || method === "HEAD" ? {} : { body }),
  });
}

function pushLine(push: PushStored): string {
  const number = printable(push.number);
  if (!push.stored) return `${number}  ${push.event}  not tracked, ignored`;
  const parts = [`+${count(push.newEvents, "event")}`];
  if (push.statusBefore !== push.statusAfter)
    parts.push(`${push.statusBefore ?? "new"} → ${push.statusAfter ?? "?"}`);
  else if (push.statusAfter) parts.push(push.statusAfter);
  for (const link of push.linked) parts.push(`linked ${printable(link.number)}`);
  if (push.problems.length > 0) parts.push(`${count(push.problems.length, "event")} left out`);
  return `${number}  ${push.event}  order ${push.orderId}  ${parts.join(", ")}`;
}

/** The request listener: routes, reads the body, hands it to the 17TRACK handler, writes its answer. */
function listener(store: Store, key: string, base: string) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(incoming.url ?? "/", base);
    } catch {
      answer(outgoing, 400, { ok: false, error: "bad request target" });
      return;
    }
    if (url.pathname !== WEBHOOK_PATH) {
      answer(outgoing, 404, { ok: false, error: `the push URL is ${WEBHOOK_PATH}` });
      return;
    }
    const declared = Number(incoming.headers["content-length"] ?? 0);
    const body = declared > MAX_BODY_BYTES ? null : await readBody(incoming);
    if (body === null) {
      // The rest of the body is not read: the connection is closed after the answer.
      answer(outgoing, 413, { ok: false, error: "the body is larger than 1 MB" }, { connection: "close" });
      return;
    }
    const stored: PushStored[] = [];
    const handle = webhookHandler(key, async (update) => {
      try {
        // The raw bytes, not the handler's decoded text: the stored body's SHA-256 is over these.
        stored.push(await receivePush(store, update, body, currentTime()));
      } catch (error) {
        // The handler answers 500 without details (17TRACK retries); why is told here, to the operator.
        process.stderr.write(
          `parceltrail: could not store the push for ${printable(update.number)}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        throw error;
      }
    });
    const response = await handle(webRequest(incoming, url, body));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
    for (const push of stored) process.stdout.write(`${pushLine(push)}\n`);
  };
}

async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  const failed = once(server, "error").then(([error]) => {
    throw new Error(`cannot listen on ${host}:${port}: ${(error as Error).message}`);
  });
  server.listen(port, host);
  await Promise.race([once(server, "listening"), failed]);
  // Later errors (a client resetting its connection) are per request, never a reason to stop.
  failed.catch(() => undefined);
  return server.address() as AddressInfo;
}

/** Resolves at SIGINT or SIGTERM once the server has stopped taking and answering requests. */
function untilSignal(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // Pushes being stored finish (a transaction is never cut); idle keep-alive sockets go now.
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      server.closeIdleConnections();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerWebhooks(program: Command): void {
  program
    .command("webhooks")
    .description(`receive 17TRACK pushes on POST ${WEBHOOK_PATH} and store them as they come`)
    .option("--port <port>", "port to listen on", "8787")
    .option("--host <host>", "address to listen on (0.0.0.0 for every interface)", "127.0.0.1")
    .action(async (options: WebhooksOptions, command: Command) => {
      const port = readPort(options.port);
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const key = seventeenTrackKey(loadConfig(dataDirOf(dataDir)).sources);
      await withStore(command, async (store) => {
        const host = options.host;
        const hostInUrl = host.includes(":") ? `[${host}]` : host;
        const server = createServer((incoming, outgoing) => {
          listener(
            store,
            key,
            `http://${hostInUrl}`,
          )(incoming, outgoing).catch((error: unknown) => {
            process.stderr.write(
              `parceltrail: a push could not be answered: ${error instanceof Error ? error.message : String(error)}\n`,
            );
            if (!outgoing.headersSent) answer(outgoing, 500, { ok: false, error: "internal error" });
            else outgoing.destroy();
          });
        });
        const address = await listen(server, port, host);
        const stopped = untilSignal(server);
        // The port actually bound, so that --port 0 (any free port) prints a usable URL.
        process.stdout.write(`listening on http://${hostInUrl}:${address.port}${WEBHOOK_PATH}\n`);
        await stopped;
      });
    });
}
