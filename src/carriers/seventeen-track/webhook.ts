/**
 * 17TRACK pushes: `POST {"event": "TRACKING_UPDATED"|"TRACKING_STOPPED", "data": {…}}` to the URL set
 * in its dashboard, signed in the `sign` header with the hex SHA-256 of `<raw body> + "/" + <key>`
 * (as ../shared/reference/carrier-apis.md section 2 states it, from a third-party SPEC: the
 * official webhook page was not retrievable). `data` has the shape of a `gettrackinfo` item, so
 * it is read by the same parser. The signature is checked over the raw text, before any parsing.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { TrackResult } from "../connector.ts";
import { itemResult, parseTrackItem } from "./parse.ts";

export type WebhookEvent = "TRACKING_UPDATED" | "TRACKING_STOPPED";

export interface WebhookUpdate {
  event: WebhookEvent;
  number: string;
  result: TrackResult;
}

export type WebhookRead = ({ ok: true } & WebhookUpdate) | { ok: false; status: 400 | 401; error: string };

/** Pushes far larger than any real one are refused unread. */
const MAX_BODY_BYTES = 1024 * 1024;
const EVENTS: readonly string[] = ["TRACKING_UPDATED", "TRACKING_STOPPED"] satisfies WebhookEvent[];

/** True when `signHeader` is the signature 17TRACK computes for this body with this key. */
export function verifyWebhook(rawBody: string, signHeader: string | null, key: string): boolean {
  if (!signHeader || key === "") return false;
  const expected = Buffer.from(
    createHash("sha256").update(`${rawBody}/${key}`, "utf8").digest("hex"),
    "utf8",
  );
  const given = Buffer.from(signHeader.trim().toLowerCase(), "utf8");
  // timingSafeEqual throws on different lengths; a length says nothing about the key.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  }
  return null;
}

/** Checks and reads one push. Never throws: a bad push is a value with the HTTP status to answer. */
export function readWebhook(rawBody: string, headers: HeaderBag, key: string): WebhookRead {
  if (!verifyWebhook(rawBody, header(headers, "sign"), key)) {
    return { ok: false, status: 401, error: "the sign header does not match this body and the 17TRACK key" };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, status: 400, error: "the body is not valid JSON" };
  }
  const { event, data } = (typeof body === "object" && body !== null ? body : {}) as {
    event?: unknown;
    data?: unknown;
  };
  if (typeof event !== "string" || !EVENTS.includes(event)) {
    return { ok: false, status: 400, error: "event is not TRACKING_UPDATED or TRACKING_STOPPED" };
  }
  const parsed = parseTrackItem(data);
  if (!parsed) return { ok: false, status: 400, error: "data has no tracking number" };
  // A push is not a fetch: the runner stores the body itself and links the events to that record.
  const result = itemResult(parsed, null);
  if (event === "TRACKING_STOPPED" && result.outcome === "not_found") {
    result.message = "17TRACK stopped tracking this number";
  }
  return { ok: true, event: event as WebhookEvent, number: parsed.number, result };
}

function reply(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function readCapped(request: Request): Promise<string | null> {
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A Web-standard handler for the push URL: checks, reads, hands the update on, then answers 200. */
export function webhookHandler(
  key: string,
  onUpdate: (update: WebhookUpdate) => Promise<void>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== "POST") return reply(405, { ok: false, error: "use POST" }, { allow: "POST" });
    const raw = await readCapped(request);
    if (raw === null) return reply(413, { ok: false, error: "the body is larger than 1 MB" });
    const read = readWebhook(raw, request.headers, key);
    if (!read.ok) return reply(read.status, { ok: false, error: read.error });
    try {
      await onUpdate({ event: read.event, number: read.number, result: read.result });
    } catch {
      // A 5xx makes 17TRACK push again later; the details stay in our logs, not in its dashboard.
      return reply(500, { ok: false, error: "the update could not be stored" });
    }
    return reply(200, { ok: true });
  };
}
