/**
 * Pure readers of 17TRACK Tracking API v2.2 bodies: the `{code, data: {accepted, rejected}}`
 * envelope, and one accepted item (the same shape as a webhook's `data`) turned into one report
 * per provider. 17TRACK merges several carriers for a number (the origin post and the last-mile
 * carrier), each with its own event list: every provider becomes its own report so that each
 * carrier's code table reads its own events.
 *
 * Shapes from ../shared/reference/carrier-apis.md section 2 and the dashboard's webhook test body.
 * Every field is read by narrowing: a missing or odd field is skipped, never a crash.
 */
import { carrierIdForName, factsFrom17track } from "../../domain/timeline/handoffs.ts";
import type { SourceEvent } from "../../domain/timeline/input.ts";
import {
  type FailureReason,
  type FoundReport,
  found,
  type TrackFacts,
  type TrackResult,
} from "../connector.ts";
import type { Exchange } from "../http.ts";
import { arr, int, isObj, type Obj, obj, str } from "../lenient.ts";

/** 17TRACK's error codes the connector acts on (help.17track.net "Error Codes and Troubleshooting"). */
export const ST_CODE = {
  ok: 0,
  invalidValue: -18010011,
  invalidFormat: -18010012,
  invalidData: -18010013,
  tooManyNumbers: -18010014,
  invalidFieldValue: -18010015,
  alreadyRegistered: -18019901,
  notRegistered: -18019902,
  carrierNotDetected: -18019903,
  quotaA: -18019907,
  quotaB: -18019908,
} as const;

/** IP not whitelisted, invalid key, account disabled, unauthorized: the key is at fault. */
const UNAUTHORIZED_CODES: ReadonlySet<number> = new Set([-18010001, -18010002, -18010004, -18010005]);
const QUOTA_CODES: ReadonlySet<number> = new Set([ST_CODE.quotaA, ST_CODE.quotaB]);
const INVALID_NUMBER_CODES: ReadonlySet<number> = new Set([
  ST_CODE.invalidValue,
  ST_CODE.invalidFormat,
  ST_CODE.invalidData,
  ST_CODE.invalidFieldValue,
]);

/**
 * Our carrier id -> 17TRACK carrier code, for telling 17TRACK a pinned carrier. Only codes the
 * reference confirms: 3011 (official doc examples) and 100002 (provider key in the dashboard's
 * test push). Codes seen only in third-party code (USPS 21051, DHL 100001, ...) are left out until
 * checked against 17TRACK's apicarrier.all.json: a wrong code would make 17TRACK read the wrong carrier.
 */
export const CARRIER_CODES: Readonly<Record<string, number>> = {
  "china-post": 3011,
  ups: 100002,
};

const CARRIER_BY_CODE = new Map(Object.entries(CARRIER_CODES).map(([id, code]) => [code, id]));

export interface Rejection {
  number: string;
  code: number | null;
  message: string;
}

export type Envelope =
  | { ok: true; accepted: unknown[]; rejected: Rejection[] }
  | { ok: false; code: number | null; message: string };

/** Reads the API envelope. A non-zero `code` is a failure of the whole request. */
export function readEnvelope(value: unknown): Envelope {
  if (!isObj(value)) return { ok: false, code: null, message: "the answer is not a 17TRACK envelope" };
  const code = int(value.code);
  const data = obj(value.data);
  if (code !== ST_CODE.ok) {
    // The error text sits in data.errors[] in the answers we have seen described; fall back to a top-level one.
    const first = obj(arr(data.errors)[0]);
    const message = str(first.message) ?? str(value.message) ?? "no message";
    return { ok: false, code, message };
  }
  if (!Array.isArray(data.accepted) && !Array.isArray(data.rejected)) {
    return { ok: false, code, message: "the answer has neither accepted nor rejected numbers" };
  }
  const rejected = arr(data.rejected).flatMap((item): Rejection[] => {
    const entry = obj(item);
    const number = str(entry.number);
    if (!number) return [];
    const error = obj(entry.error);
    return [{ number, code: int(error.code), message: str(error.message) ?? "no message" }];
  });
  return { ok: true, accepted: arr(data.accepted), rejected };
}

/** What a non-zero envelope code means for the whole batch. */
export function envelopeFailure(
  code: number | null,
  message: string,
): { reason: FailureReason; message: string } {
  if (code !== null && UNAUTHORIZED_CODES.has(code))
    return { reason: "unauthorized", message: `17TRACK refused the API key (code ${code}: ${message})` };
  if (code === ST_CODE.tooManyNumbers)
    return {
      reason: "bad_response",
      message: `17TRACK refused more than 40 numbers in one call (code ${code})`,
    };
  if (code === null)
    return { reason: "bad_response", message: `17TRACK answered without a result code (${message})` };
  return { reason: "bad_response", message: `17TRACK answered with error code ${code} (${message})` };
}

/** The first moment of the next calendar month in UTC: when 17TRACK's monthly quota renews. */
export function startOfNextMonthUtc(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
}

export const QUOTA_MESSAGE = "17TRACK quota used up";
export const REGISTERED_MESSAGE = "registered with 17TRACK; first data usually within minutes";

/** The result for a number 17TRACK rejected (other than "not registered", which leads to register). */
export function rejectionResult(rejection: Rejection, exchange: Exchange | null, now: Date): TrackResult {
  const { number, code, message } = rejection;
  if (code === ST_CODE.alreadyRegistered)
    return { number, outcome: "not_found", message: REGISTERED_MESSAGE, exchange };
  if (code === ST_CODE.carrierNotDetected) {
    return {
      number,
      outcome: "not_found",
      message: `17TRACK cannot detect the carrier of this number (${message})`,
      exchange,
    };
  }
  if (code === ST_CODE.notRegistered)
    return { number, outcome: "not_found", message: "not registered with 17TRACK", exchange };
  if (code !== null && QUOTA_CODES.has(code)) {
    return {
      number,
      outcome: "failed",
      reason: "rate_limited",
      message: QUOTA_MESSAGE,
      retryAt: startOfNextMonthUtc(now),
      exchange,
    };
  }
  if (code !== null && INVALID_NUMBER_CODES.has(code)) {
    // 17TRACK will never know a number it calls malformed: that is "not found", not a failure to retry.
    return {
      number,
      outcome: "not_found",
      message: `17TRACK refused the number (code ${code}: ${message})`,
      exchange,
    };
  }
  if (code !== null && UNAUTHORIZED_CODES.has(code)) {
    return {
      number,
      outcome: "failed",
      reason: "unauthorized",
      message: `17TRACK refused the API key (code ${code})`,
      exchange,
    };
  }
  return {
    number,
    outcome: "failed",
    reason: "bad_response",
    message: `17TRACK refused the number (code ${code ?? "none"}: ${message})`,
    exchange,
  };
}

/** One accepted item read: its reports, facts and whether 17TRACK considers it done. */
export interface ParsedItem {
  number: string;
  /** The carrier code 17TRACK tracks the number under (`data.carrier`), not always a provider's key. */
  carrierCode: number | null;
  /** `latest_status.status` ("InTransit", "Delivered", ...). */
  status: string | null;
  subStatus: string | null;
  reports: FoundReport[];
  facts: TrackFacts;
  final: boolean;
}

/** An ISO offset or "Z"/"UTC+8"/"GMT+08:00"-style zone, the forms the timeline reads after a local time. */
const OFFSET = /^(?:[+-]\d{2}:?\d{2}|Z|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)$/i;

/** `time_raw {date, time, timezone}` as one string the timeline reads; null when it has no date. */
export function rawTime(value: unknown): string | null {
  const raw = obj(value);
  const date = str(raw.date);
  if (!date) return null;
  const time = str(raw.time);
  const zone = str(raw.timezone);
  const local = time ? `${date} ${time}` : date;
  return zone && OFFSET.test(zone) ? `${local} ${zone}` : local;
}

function addressText(value: unknown): string | null {
  const address = obj(value);
  const parts = [str(address.city), str(address.state), str(address.country)].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

function readEvent(value: unknown, lang: string | null): SourceEvent | null {
  const event = obj(value);
  // time_iso keeps the place's offset; time_utc is the same instant; time_raw is all some carriers give.
  const time = str(event.time_iso) ?? str(event.time_utc) ?? rawTime(event.time_raw);
  // The raw body is kept with the fetch; an event with no time cannot be placed on the timeline.
  if (!time) return null;
  return {
    time,
    text: str(event.description) ?? "",
    code: str(event.sub_status) ?? str(event.stage) ?? null,
    location: str(event.location) ?? addressText(event.address),
    lang,
  };
}

/** The provider as the classifier's code tables know it: our id when its name or key is known. */
export function providerCarrier(provider: Obj): string | null {
  const name = str(provider.name);
  const alias = str(provider.alias);
  const key = int(provider.key);
  return (
    carrierIdForName(name) ??
    carrierIdForName(alias) ??
    (key === null ? null : (CARRIER_BY_CODE.get(key) ?? null)) ??
    name ??
    alias ??
    (key === null ? null : String(key))
  );
}

function readProvider(value: unknown): FoundReport {
  const entry = obj(value);
  const lang = str(entry.provider_lang);
  return {
    carrier: providerCarrier(obj(entry.provider)),
    lang,
    events: arr(entry.events).flatMap((event) => readEvent(event, lang) ?? []),
  };
}

const FINAL_STATUSES: ReadonlySet<string> = new Set(["Delivered", "Expired"]);

/** Reads one accepted `gettrackinfo` item or a webhook's `data`; null when it names no number. */
export function parseTrackItem(value: unknown): ParsedItem | null {
  const item = obj(value);
  const number = str(item.number);
  if (!number) return null;
  const info = obj(item.track_info);
  const tracking = obj(info.tracking);
  const shipping = obj(info.shipping_info);
  const latest = obj(info.latest_status);
  const eta = obj(obj(info.time_metrics).estimated_delivery_date);
  const etaFrom = str(eta.from);
  const etaTo = str(eta.to);
  const status = str(latest.status);
  const subStatus = str(latest.sub_status);
  const handoff = factsFrom17track({
    misc_info: obj(info.misc_info),
    tracking: {
      providers: arr(tracking.providers).map((entry) => ({ provider: obj(obj(entry).provider) })),
    },
  });
  return {
    number,
    carrierCode: int(item.carrier),
    status,
    subStatus,
    reports: arr(tracking.providers).map(readProvider),
    facts: {
      ...handoff,
      originCountry: str(obj(shipping.shipper_address).country) ?? str(item.origin_country),
      destinationCountry: str(obj(shipping.recipient_address).country) ?? str(item.destination_country),
      eta: etaFrom || etaTo ? { from: etaFrom ?? etaTo ?? "", to: etaTo ?? etaFrom ?? "" } : null,
    },
    final: (status !== null && FINAL_STATUSES.has(status)) || subStatus === "Exception_Returned",
  };
}

/** A parsed item as a track result: found when any provider has an event, else not found yet. */
export function itemResult(parsed: ParsedItem, exchange: Exchange | null): TrackResult {
  const reports = parsed.reports.filter((report) => report.events.length > 0);
  if (reports.length === 0) {
    return {
      number: parsed.number,
      outcome: "not_found",
      message: `17TRACK has no events for this number yet (status ${parsed.status ?? "unknown"})`,
      exchange,
    };
  }
  return found(parsed.number, { ...parsed, reports }, exchange);
}
