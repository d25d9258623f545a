/**
 * `parceltrail assess --file SCENARIO.json`: an order that is not in the database, written by
 * hand or by a test. The documented format (README, "Assessing a scenario"):
 *
 * { "now", "order": { "number", "marketplace", "placedAt", "shippedAt", "shippingMethod",
 *   "protectionEndsAt", "destination": { "country", "city" } },
 *   "shipments": [{ "trackingNumber", "events": [{ "time", "text", "location", "code", "source" }] }],
 *   "reports": [{ "kind", "at" }] }
 *
 * Every field but `now`, `order.number` and `shipments` is optional. Reading it returns every
 * problem at once, each with where it is and how to fix it.
 */
import { z } from "zod";
import { buildTimeline } from "../timeline/build-timeline.ts";
import type { SourceReport } from "../timeline/input.ts";
import { detectCarrier } from "../tracking-number/index.ts";
import { type AssessInput, type AssessSettings, BUYER_REPORT_KINDS, type ShipmentFacts } from "./types.ts";

const instant = z
  .string()
  .refine(
    (value) => !Number.isNaN(Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)),
    {
      message: 'expected a date or an ISO 8601 time such as "2026-11-21" or "2026-11-21T09:30:00Z"',
    },
  );

const ScenarioEvent = z.object({
  time: z.union([z.string(), z.number()]),
  text: z.string().default(""),
  location: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
  source: z.string().min(1).default("scenario"),
});

export const ScenarioSchema = z.object({
  now: instant,
  order: z.object({
    number: z.string().min(1),
    marketplace: z.string().min(1).default("aliexpress"),
    placedAt: instant.nullish(),
    shippedAt: instant.nullish(),
    shippingMethod: z.string().nullish(),
    protectionEndsAt: instant.nullish(),
    destination: z
      .object({
        country: z
          .string()
          .regex(/^[A-Za-z]{2}$/, "expected a two-letter country code such as ES")
          .nullish(),
        city: z.string().nullish(),
      })
      .nullish(),
  }),
  shipments: z.array(
    z.object({
      trackingNumber: z
        .string()
        .refine((value) => /[A-Za-z0-9]/.test(value), "expected a tracking number (letters and digits)"),
      carrier: z.string().nullish(),
      events: z.array(ScenarioEvent).default([]),
    }),
  ),
  reports: z
    .array(
      z.object({
        kind: z
          .string()
          .transform((kind) => kind.trim().toLowerCase().replace(/-/g, "_"))
          .transform((kind) => (kind === "received" ? "receipt_confirmed" : kind))
          .pipe(z.enum(BUYER_REPORT_KINDS)),
        at: instant,
      }),
    )
    .default([]),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export type ScenarioRead = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

export function readScenario(json: unknown): ScenarioRead {
  const parsed = ScenarioSchema.safeParse(json);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join(".") : "the file";
      return `${where}: ${issue.message}`;
    }),
  };
}

/** Valid unless every format it matches fails its check digit, or it matches none. */
export function numberLooksValid(number: string): boolean {
  const detection = detectCarrier(number);
  return detection.candidates.some((candidate) => candidate.checksum !== "invalid");
}

export function scenarioInput(scenario: Scenario, settings: AssessSettings, lang: string): AssessInput {
  const destination = {
    country: scenario.order.destination?.country?.toUpperCase() ?? null,
    city: scenario.order.destination?.city ?? null,
  };
  const sources = new Map<string, SourceReport>();
  const shipments: ShipmentFacts[] = [];
  for (const shipment of scenario.shipments) {
    const number = shipment.trackingNumber.toUpperCase().replace(/[\s-]/g, "");
    shipments.push({ trackingNumber: number, valid: numberLooksValid(number), addedAt: null });
    for (const event of shipment.events) {
      const key = `${number}\u0000${event.source}`;
      let report = sources.get(key);
      if (!report) {
        report = { source: event.source, number, carrier: shipment.carrier ?? null, events: [] };
        sources.set(key, report);
      }
      report.events.push({ time: event.time, text: event.text, location: event.location, code: event.code });
    }
  }
  const timeline = buildTimeline({
    now: scenario.now,
    destinationCountry: destination.country,
    sources: [...sources.values()],
  });
  return {
    now: scenario.now,
    order: {
      number: scenario.order.number,
      marketplace: scenario.order.marketplace,
      placedAt: scenario.order.placedAt ?? null,
      shippedAt: scenario.order.shippedAt ?? null,
      shippingMethod: scenario.order.shippingMethod ?? null,
      protectionEndsOn: scenario.order.protectionEndsAt?.slice(0, 10) ?? null,
      protectionEstimated: false,
      destination,
    },
    shipments,
    timeline,
    reports: scenario.reports,
    learned: null,
    settings,
    lang,
  };
}
