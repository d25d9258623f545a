/**
 * Made-up stored data for the evidence pack's tests: an order with a first-leg and a last-mile
 * number, events from two sources, a pasted history and a JSON read, hostile text in the title.
 * Imported by the tests beside it only; the build leaves *.fixture.ts out (tsconfig.build.json).
 */
import { createHash } from "node:crypto";
import { readPdf } from "../../test/support/read-pdf.ts";
import type { Assessment } from "../domain/assess/types.ts";
import type { Catalog } from "../domain/messages/catalog.ts";
import { en } from "../domain/messages/en.ts";
import { buildTimeline } from "../domain/timeline/build-timeline.ts";
import { type OrderDetails, timelineSources } from "../orders/order-details.ts";
import type { FetchSummary } from "../store/fetches.ts";
import type { EventRow, NumberRow, OrderRow } from "../store/schema.ts";
import { buildEvidencePack, type EvidencePack } from "./evidence-pack.ts";

export const NOW = "2026-11-21T10:00:00.000Z";
export const HOSTILE = `<script>alert("x")</script> & "quotes" 'too'`;
export const PASTED =
  "2026-11-03 10:00:00\tShenzhen, CN\tParcel picked up by the carrier\r\n2026-11-10 09:00:00\tМосква, RU\tПрибыло в сортировочный центр\r\n";
export const JSON_BODY = '{"data":[{"mailNo":"LP00123456789012","status":"ARRIVED"}]}';

export const sha = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

export function orderRow(patch: Partial<OrderRow> = {}): OrderRow {
  return {
    id: 7,
    marketplace: "aliexpress",
    order_number: "8190000000000001",
    title: HOSTILE,
    items: JSON.stringify(["USB-C cable 1 m", "Кабель <b>"]),
    seller: "Cable Store",
    placed_on: "2026-11-01",
    shipping_method: "AliExpress Standard Shipping",
    protection_ends_on: "2026-12-20",
    protection_estimated: 1,
    dest_country: "ES",
    dest_region: null,
    dest_city: "Madrid",
    dest_postcode: "28001",
    labels: "[]",
    notes: "Neighbour: ask at door 3\u0007",
    archived: 0,
    created_at: NOW,
    updated_at: NOW,
    status: "arrived_destination",
    stage: "destination",
    last_event_at: "2026-11-10T06:00:00.000Z",
    activity_at: NOW,
    ...patch,
  };
}

export function numberRow(id: number, number: string, patch: Partial<NumberRow> = {}): NumberRow {
  return {
    id,
    order_id: 7,
    number,
    carrier: "cainiao",
    carrier_pinned: 0,
    handed_off_from: null,
    role: "first_leg",
    archived: 0,
    created_at: NOW,
    status: null,
    stage: null,
    last_event_at: null,
    event_count: 0,
    ...patch,
  };
}

export function eventRow(
  id: number,
  numberId: number,
  source: string,
  time: string,
  text: string,
  fetchId: number,
): EventRow {
  return {
    id,
    tracking_number_id: numberId,
    source,
    dedupe_key: `k${id}`,
    time_given: time,
    time_utc: null,
    text,
    code: null,
    location: text.includes("Прибыло") ? "Москва, RU" : "Shenzhen, CN",
    lang: null,
    status: "in_transit",
    stage: null,
    sub_status: null,
    confidence: 1,
    fetch_id: fetchId,
    recorded_at: NOW,
  };
}

export function fetchRow(
  id: number,
  numberId: number,
  connector: string,
  body: string | null,
  type: string | null,
): FetchSummary {
  return {
    id,
    connector,
    started_at: id === 1 ? "2026-11-10T12:00:00.000Z" : "2026-11-11T08:30:00.000Z",
    duration_ms: 120,
    outcome: body === null ? "not_found" : connector === "manual" ? "manual" : "ok",
    http_status: connector === "manual" ? null : body === null ? 404 : 200,
    error: null,
    url: connector === "manual" ? null : `https://example.test/${connector}`,
    content_type: type,
    body_bytes: body === null ? null : Buffer.byteLength(body),
    body_sha256: body === null ? null : sha(body),
    tracking_number_id: numberId,
  };
}

export function fixture(catalog: Catalog = en): {
  details: OrderDetails;
  bodies: Map<number, Uint8Array | null>;
  assessment: Assessment;
} {
  const order = orderRow();
  const numbers = [
    numberRow(1, "LP00123456789012"),
    numberRow(2, "PQ4F6P0703476860128001B", { carrier: "correos", role: "last_mile", handed_off_from: 1 }),
  ];
  const events = [
    eventRow(1, 1, "manual", "2026-11-03 10:00:00", "Parcel picked up by the carrier", 1),
    eventRow(2, 1, "manual", "2026-11-10 09:00:00", "Прибыло в сортировочный центр", 1),
    eventRow(3, 2, "cainiao", "2026-11-11T08:00:00+01:00", HOSTILE, 2),
  ];
  // The Cainiao read was about both numbers: the store lists it once per number.
  const fetches = [
    fetchRow(2, 1, "cainiao", JSON_BODY, "application/json"),
    fetchRow(2, 2, "cainiao", JSON_BODY, "application/json"),
    fetchRow(1, 1, "manual", PASTED, "text/plain; charset=utf-8"),
    fetchRow(3, 2, "correos", null, null),
  ];
  const timeline = buildTimeline({
    now: NOW,
    destinationCountry: "ES",
    sources: timelineSources(numbers, events),
  });
  const details: OrderDetails = {
    order,
    numbers,
    sources: [],
    fetches,
    reports: [
      {
        id: 1,
        order_id: 7,
        kind: "not_received",
        at: "2026-11-20T09:00:00.000Z",
        note: `Seller said <wait>`,
        created_at: NOW,
      },
    ],
    events,
    timeline,
  };
  const bodies = new Map<number, Uint8Array | null>([
    [1, Buffer.from(PASTED, "utf8")],
    [2, Buffer.from(JSON_BODY, "utf8")],
    [3, null],
  ]);
  const assessment: Assessment = {
    stage: "destination",
    status: "arrived_destination",
    verdict: "act_soon",
    reasons: [
      { code: "quiet-long", text: "No update for 11 days, longer than the usual 7 days for this stage." },
    ],
    protection: { endsAt: "2026-12-20", daysLeft: 29, estimated: true },
    eta: { from: "2026-11-15", to: "2026-11-30" },
    nextCheckAt: null,
    playbook: {
      id: "long-silence",
      steps: ["Look it up."],
      messages: [],
      dispute: `The parcel has not been delivered. ${HOSTILE}`,
      evidence: [
        { item: "tracking-numbers", held: true, text: catalog.evidence["tracking-numbers"] },
        { item: "tracking-history", held: true, text: catalog.evidence["tracking-history"] },
        { item: "seller-messages", held: false, text: catalog.evidence["seller-messages"] },
        { item: "carrier-response", held: false, text: catalog.evidence["carrier-response"] },
      ],
    },
    lang: catalog.language,
    facts: {} as Assessment["facts"],
  };
  return { details, bodies, assessment };
}

export function makePack(catalog: Catalog = en): {
  pack: EvidencePack;
  bodies: Map<number, Uint8Array | null>;
} {
  const { details, bodies, assessment } = fixture(catalog);
  const pack = buildEvidencePack({
    details,
    assessment,
    catalog,
    bodies,
    generatedAt: NOW,
    version: "9.9.9",
  });
  return { pack, bodies };
}

export function pdfText(data: Uint8Array): Promise<{ pages: number; text: string }> {
  return readPdf(data);
}
