/**
 * Reading a source's answer as JSON, and telling apart the ways it can fail to be JSON: an empty
 * body, an HTML page (a captcha or a "too many visits" wall is `blocked`, any other page is a
 * `bad_response`), malformed or truncated JSON. A throttled source must never read as "no events".
 */
import type { FailureReason } from "./connector.ts";
import type { HttpResponse } from "./http.ts";

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: FailureReason; message: string };

/** Words of the pages sources show when they stop answering robots. */
const BLOCK_CUES =
  /captcha|punish|slide to verify|verify you are human|are you a robot|access denied|unusual traffic|too many (requests|visits)|x5sec|baxia|nocaptcha|请稍后|验证/i;

export function looksLikeHtml(text: string): boolean {
  // Only web pages: an XML or other non-JSON answer is a bad response, not a wall.
  return /^\s*(<!doctype html|<html|<head|<body|<script|<meta|<div|<title)/i.test(text);
}

export function isBlockPage(text: string): boolean {
  return BLOCK_CUES.test(text.slice(0, 20_000));
}

/** Reads the body as JSON; sets the exchange's outcome when it is not. */
export function readJson(response: HttpResponse): JsonRead {
  const failed = (reason: FailureReason, message: string): JsonRead => {
    response.exchange.outcome = reason;
    response.exchange.error = message;
    return { ok: false, reason, message };
  };
  const text = response.text();
  if (text.trim() === "") return failed("bad_response", `empty answer (HTTP ${response.status})`);
  const type = (response.contentType ?? "").toLowerCase();
  if (looksLikeHtml(text) || type.includes("text/html")) {
    if (isBlockPage(text)) return failed("blocked", "the source answered with a captcha or block page");
    return failed("bad_response", `the source answered with a web page, not JSON (HTTP ${response.status})`);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const truncated = /[[{,:"]\s*$/.test(text) || text.length < 2;
    return failed(
      "bad_response",
      truncated
        ? "the JSON answer was cut off"
        : `the answer is not valid JSON (content type ${type || "none"})`,
    );
  }
}

/** The failure an HTTP status means for a source that answered (after retries). */
export function statusFailure(status: number): { reason: FailureReason; message: string } | null {
  if (status === 401 || status === 403)
    return { reason: "unauthorized", message: `the source refused the credentials (HTTP ${status})` };
  if (status === 429) return { reason: "rate_limited", message: "too many requests (HTTP 429)" };
  if (status >= 500) return { reason: "unavailable", message: `the source answered HTTP ${status}` };
  if (status >= 400 && status !== 404)
    return { reason: "bad_response", message: `the source refused the request (HTTP ${status})` };
  return null;
}

/**
 * The failure of an answer refused by its HTTP status or by an error body of the source's own
 * (UPS and USPS send both): what the status means, else a bad response, then the source's code
 * and words, which tell what to fix. Null when the answer is neither.
 */
export function refusalFailure(
  status: number,
  error: { code: string | null; message: string | null } | null,
  source: string,
): { reason: FailureReason; message: string } | null {
  const refusal = statusFailure(status);
  if (!refusal && !error) return null;
  const said = error ? `: ${[error.code, error.message].filter(Boolean).join(" ")}` : "";
  const base = refusal?.message ?? `${source} answered with an error (HTTP ${status})`;
  return { reason: refusal?.reason ?? "bad_response", message: `${base}${said}`.slice(0, 300) };
}
