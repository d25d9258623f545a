/**
 * Every read of a source, kept with its raw body: in a dispute the buyer shows what the carrier
 * said and when, and the SHA-256 shows the copy was not changed since.
 */
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { FetchRow } from "./schema.ts";
import type { Executor } from "./store.ts";

export interface NewFetch {
  connector: string;
  startedAt: string;
  durationMs: number;
  /** "ok", "not_found", "blocked", "rate_limited", "unauthorized", "unavailable", "bad_response", "manual". */
  outcome: string;
  httpStatus?: number | null;
  error?: string | null;
  contentType?: string | null;
  body?: string | Uint8Array | null;
  /** The URL asked, without secrets. */
  url?: string | null;
  /** The numbers this read was about. */
  numberIds: readonly number[];
}

export async function insertFetch(db: Executor, fetch: NewFetch): Promise<number> {
  const raw =
    fetch.body == null ? null : typeof fetch.body === "string" ? Buffer.from(fetch.body, "utf8") : fetch.body;
  const row = await db
    .insertInto("fetches")
    .values({
      connector: fetch.connector,
      started_at: fetch.startedAt,
      duration_ms: Math.max(0, Math.round(fetch.durationMs)),
      outcome: fetch.outcome,
      http_status: fetch.httpStatus ?? null,
      error: fetch.error ?? null,
      content_type: fetch.contentType ?? null,
      body: raw ? gzipSync(raw) : null,
      body_bytes: raw ? raw.byteLength : null,
      body_sha256: raw ? createHash("sha256").update(raw).digest("hex") : null,
      url: fetch.url ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const links = [...new Set(fetch.numberIds)].map((numberId) => ({
    fetch_id: row.id,
    tracking_number_id: numberId,
  }));
  if (links.length > 0) await db.insertInto("fetch_numbers").values(links).execute();
  return row.id;
}

export type FetchSummary = Omit<FetchRow, "body"> & { tracking_number_id: number };

/** The reads of these numbers, newest first, without their bodies. */
export function fetchesOfNumbers(db: Executor, numberIds: readonly number[]): Promise<FetchSummary[]> {
  if (numberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("fetches")
    .innerJoin("fetch_numbers", "fetch_numbers.fetch_id", "fetches.id")
    .select([
      "fetches.id",
      "fetches.connector",
      "fetches.started_at",
      "fetches.duration_ms",
      "fetches.outcome",
      "fetches.http_status",
      "fetches.error",
      "fetches.content_type",
      "fetches.body_bytes",
      "fetches.body_sha256",
      "fetches.url",
      "fetch_numbers.tracking_number_id",
    ])
    .where("fetch_numbers.tracking_number_id", "in", numberIds)
    .orderBy("fetches.started_at", "desc")
    .orderBy("fetches.id", "desc")
    .execute();
}

/** The raw body exactly as it was received, or null when the read had none. */
export async function fetchBody(db: Executor, fetchId: number): Promise<Buffer | null> {
  const row = await db.selectFrom("fetches").select("body").where("id", "=", fetchId).executeTakeFirst();
  return row?.body ? gunzipSync(row.body) : null;
}
