import { describe, expect, it } from "vitest";
import { readJson, statusFailure } from "./body.ts";
import type { Exchange, HttpResponse } from "./http.ts";

function response(body: string, contentType: string | null = "application/json", status = 200): HttpResponse {
  const exchange = { outcome: "ok", error: null } as Exchange;
  return {
    status,
    headers: new Headers(),
    contentType,
    body: Buffer.from(body),
    exchange,
    text: () => body,
  };
}

describe("readJson", () => {
  it("reads JSON whatever the content type says", () => {
    expect(readJson(response('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(readJson(response('{"a":1}', "text/plain"))).toEqual({ ok: true, value: { a: 1 } });
  });

  it("calls a captcha or block page blocked, and marks the exchange", () => {
    const page = response(
      '<!DOCTYPE html><html><body><div id="nocaptcha">Slide to verify</div></body></html>',
      "text/html",
    );
    expect(readJson(page)).toMatchObject({ ok: false, reason: "blocked" });
    expect(page.exchange.outcome).toBe("blocked");
  });

  it("calls another web page a bad response", () => {
    expect(readJson(response("<html><body>Maintenance</body></html>", "text/html", 200))).toMatchObject({
      ok: false,
      reason: "bad_response",
      message: "the source answered with a web page, not JSON (HTTP 200)",
    });
  });

  it("tells an empty, a truncated and a malformed answer apart", () => {
    expect(readJson(response(""))).toMatchObject({
      reason: "bad_response",
      message: "empty answer (HTTP 200)",
    });
    expect(readJson(response('{"module":[{"mailNo":"LP1",'))).toMatchObject({
      message: "the JSON answer was cut off",
    });
    expect(readJson(response("ok: true", "text/plain"))).toMatchObject({
      message: "the answer is not valid JSON (content type text/plain)",
    });
  });
});

describe("statusFailure", () => {
  it("maps statuses a connector reads to failure reasons", () => {
    expect(statusFailure(200)).toBeNull();
    expect(statusFailure(404)).toBeNull();
    expect(statusFailure(401)?.reason).toBe("unauthorized");
    expect(statusFailure(403)?.reason).toBe("unauthorized");
    expect(statusFailure(400)?.reason).toBe("bad_response");
    expect(statusFailure(429)?.reason).toBe("rate_limited");
    expect(statusFailure(502)?.reason).toBe("unavailable");
  });
});
