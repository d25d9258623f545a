/**
 * One scenario for every row of the seeds' tables ("when no updates are normal", "when to open a
 * dispute") and every playbook, at a fixed `now`, with the day before and after each threshold.
 * Thresholds come from the AliExpress Standard profile unless a test says otherwise:
 * pre_transit quiet [3, 7], origin [5, 8], line_haul [10, 16], destination [7, 12], final_mile [3, 6].
 */
import { describe, expect, it } from "vitest";
import { assess } from "./assess.ts";
import { readScenario, scenarioInput } from "./scenario.ts";
import {
  type Assessment,
  type AssessSettings,
  DEFAULT_SETTINGS,
  type LearnedDurations,
  PLAYBOOK_IDS,
} from "./types.ts";

const NOW = "2026-11-21T12:00:00.000Z";
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(Date.parse(NOW) - daysAgo * DAY).toISOString();
const dayFromNow = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString().slice(0, 10);

interface Case {
  method?: string;
  /** Days before now; null for unknown. */
  shipped?: number | null;
  placed?: number | null;
  /** Days from now to the last day of Buyer Protection; null for none given (estimated). */
  protectionIn?: number | null;
  numbers?: string[];
  events?: [daysAgo: number, text: string, location?: string][];
  reports?: [kind: string, daysAgo: number][];
  dest?: { country: string; city?: string };
  learned?: LearnedDurations;
  settings?: Partial<AssessSettings>;
  lang?: string;
}

function run(c: Case): Assessment {
  const numbers = c.numbers ?? ["LP00123456789012"];
  const read = readScenario({
    now: NOW,
    order: {
      number: "8190000000000001",
      placedAt: c.placed === undefined ? at(40) : c.placed === null ? null : at(c.placed),
      shippedAt: c.shipped === undefined || c.shipped === null ? null : at(c.shipped),
      shippingMethod: c.method ?? "AliExpress Standard Shipping",
      protectionEndsAt:
        c.protectionIn === undefined
          ? dayFromNow(40)
          : c.protectionIn === null
            ? null
            : dayFromNow(c.protectionIn),
      destination: c.dest ?? { country: "ES", city: "Madrid" },
    },
    shipments: numbers.map((trackingNumber, index) => ({
      trackingNumber,
      events:
        index === 0
          ? (c.events ?? []).map(([daysAgo, text, location]) => ({ time: at(daysAgo), text, location }))
          : [],
    })),
    reports: (c.reports ?? []).map(([kind, daysAgo]) => ({ kind, at: at(daysAgo) })),
  });
  if (!read.ok) throw new Error(read.problems.join("; "));
  const input = scenarioInput(read.scenario, { ...DEFAULT_SETTINGS, ...c.settings }, c.lang ?? "en");
  return assess({ ...input, learned: c.learned ?? null });
}

const codes = (a: Assessment) => a.reasons.map((reason) => reason.code);
const seen = new Set<string>();
function expectSituation(a: Assessment, verdict: string, playbook: string) {
  seen.add(playbook);
  expect({ verdict: a.verdict, playbook: a.playbook.id }).toEqual({ verdict, playbook });
}

const SHIPPED = (daysAgo: number, location = "Shenzhen, CN"): [number, string, string][] => [
  [daysAgo, "Accepted by carrier", location],
];

describe("seeds: when no tracking updates are normal", () => {
  it("a number issued today: wait for the first scan, look again tomorrow", () => {
    const a = run({ shipped: 0.1 });
    expectSituation(a, "wait", "wait-first-scan");
    expect(codes(a)).toContain("first-scan-window");
    expect(a.nextCheckAt).toBe(new Date(Date.parse(NOW) + DAY).toISOString());
    // 2.5 days in, the window closes before tomorrow: look again when it does.
    expect(run({ shipped: 2.5 }).nextCheckAt).toBe(new Date(Date.parse(at(2.5)) + 3 * DAY).toISOString());
  });

  it("no scan: 2.9 days after shipping is still the normal window, 3.1 days is not", () => {
    expectSituation(run({ shipped: 2.9 }), "wait", "wait-first-scan");
    const late = run({ shipped: 3.1 });
    expectSituation(late, "watch", "invalid-number");
    expect(codes(late)).toContain("no-events-yet");
    expect(late.playbook.messages.map((m) => m.kind)).toEqual(["invalid-number"]);
  });

  it("label only: normal under 3 days, watched from 3, the seller has not handed it over after 7", () => {
    const label = (days: number) =>
      run({ events: [[days, "Shipment information received", "Shenzhen, CN"]] });
    expectSituation(label(2.9), "wait", "wait-first-scan");
    expectSituation(label(3.1), "watch", "wait-first-scan");
    expectSituation(label(6.9), "watch", "wait-first-scan");
    const slow = label(7.1);
    expectSituation(slow, "watch", "seller-not-shipped");
    expect(codes(slow)).toContain("seller-slow");
    expect(slow.playbook.messages[0]?.kind).toBe("not-shipped");
  });

  it("2 to 5 days after shipment without news is normal (origin), a day more is worth watching", () => {
    expectSituation(run({ events: SHIPPED(1) }), "on_track", "normal-transit");
    const four = run({ events: SHIPPED(4.9) });
    expectSituation(four, "wait", "normal-transit");
    expect(codes(four)).toEqual(["quiet-normal"]);
    const six = run({ events: SHIPPED(5.1) });
    expectSituation(six, "watch", "long-silence");
    expect(codes(six)).toContain("quiet-long");
    expect(six.playbook.dispute).toBeNull();
  });

  it("international transit is quiet: normal up to 10 days, watched after, a long silence after 16", () => {
    const transit = (days: number) =>
      run({
        shipped: days + 2,
        events: [...SHIPPED(days + 2), [days, "Departed from origin country", "Shenzhen, CN"]],
      });
    expectSituation(transit(9.9), "wait", "normal-transit");
    expectSituation(transit(10.1), "watch", "long-silence");
    const long = transit(16.1);
    expectSituation(long, "watch", "long-silence");
    expect(codes(long)).toContain("quiet-very-long");
  });

  it("customs is usually normal: wait up to 7 days, watch to 12, then act", () => {
    const customs = (days: number) =>
      run({
        shipped: days + 8,
        events: [...SHIPPED(days + 8), [days, "Customs clearance started", "Madrid, ES"]],
      });
    const normal = customs(6.9);
    expectSituation(normal, "wait", "customs");
    expect(codes(normal)).toEqual(["in-customs"]);
    expectSituation(customs(7.1), "watch", "customs");
    const long = customs(12.1);
    expectSituation(long, "act_soon", "customs");
    expect(long.playbook.dispute).toContain("customs");
  });

  it("after arrival: check the local carrier; quiet beyond 7 days is watched", () => {
    const arrived = (days: number) =>
      run({
        shipped: days + 9,
        events: [...SHIPPED(days + 9), [days, "Arrived at destination country", "Madrid, ES"]],
      });
    expectSituation(arrived(1), "on_track", "arrived-check-local");
    expectSituation(arrived(6.9), "wait", "arrived-check-local");
    const quiet = arrived(7.1);
    expectSituation(quiet, "watch", "arrived-check-local");
    expect(codes(quiet)).toContain("local-quiet");
  });

  it("Buyer Protection almost over is risky: act soon at 7 days left, act now at 3", () => {
    const moving = (protectionIn: number) =>
      run({
        protectionIn,
        shipped: 12,
        events: [...SHIPPED(12), [1, "Departed from origin country", "Shenzhen, CN"]],
      });
    expectSituation(moving(8), "on_track", "normal-transit");
    const seven = moving(7);
    expectSituation(seven, "act_soon", "protection-expiring");
    expect(codes(seven)).toContain("protection-soon");
    expect(seven.playbook.messages[0]?.kind).toBe("protection-ending");
    expect(seven.playbook.dispute).toBeNull();
    expectSituation(moving(4), "act_soon", "protection-expiring");
    const three = moving(3);
    expectSituation(three, "act_now", "protection-expiring");
    expect(three.playbook.dispute).toContain("8190000000000001");
    const ended = moving(-1);
    expectSituation(ended, "act_now", "protection-expiring");
    expect(codes(ended)).toContain("protection-ended");
  });

  it("the warning days are configurable", () => {
    const a = run({ protectionIn: 10, events: SHIPPED(1), settings: { actSoonDays: 10, actNowDays: 5 } });
    expectSituation(a, "act_soon", "protection-expiring");
    const b = run({ protectionIn: 5, events: SHIPPED(1), settings: { actSoonDays: 10, actNowDays: 5 } });
    expect(b.verdict).toBe("act_now");
  });
});

describe("seeds: when to open a dispute", () => {
  it("wrong country: act now, as soon as the mismatch is clear", () => {
    const a = run({
      events: [...SHIPPED(10), [2, "Arrived at destination country", "Lisboa, PT"]],
    });
    expectSituation(a, "act_now", "wrong-destination");
    expect(codes(a)).toContain("wrong-country");
    expect(a.facts.wrongPlace).toBe("Lisboa, PT");
    expect(a.playbook.dispute).toContain("Lisboa, PT");
    expect(a.playbook.evidence.find((e) => e.item === "wrong-place")?.held).toBe(true);
  });

  it("a transit country on the way is not a wrong destination", () => {
    const a = run({ events: [...SHIPPED(5), [1, "Arrived at transit hub", "Liege, BE"]] });
    expect(a.playbook.id).not.toBe("wrong-destination");
  });

  it("delivered in another city: act soon (check it first)", () => {
    const a = run({ events: [...SHIPPED(12), [1, "Delivered", "Sevilla, ES"]] });
    expectSituation(a, "act_soon", "wrong-destination");
    expect(codes(a)).toEqual(["delivered", "wrong-city"]);
  });

  it("delivered but not received, after checking with the carrier: act now, with both messages", () => {
    const delivered: Case = { events: [...SHIPPED(12), [2, "Delivered", "Madrid, ES"]] };
    expectSituation(run(delivered), "delivered", "delivered");
    const missing = run({ ...delivered, reports: [["not-received", 1]] });
    expectSituation(missing, "act_now", "delivered-not-received");
    expect(missing.playbook.messages.map((m) => m.kind)).toEqual([
      "delivered-not-received",
      "carrier-delivery-query",
    ]);
    expect(missing.playbook.dispute).toMatch(/delivered/);
  });

  it("a not-received report from before the delivered scan does not contradict it", () => {
    const a = run({
      events: [...SHIPPED(12), [1, "Delivered", "Madrid, ES"]],
      reports: [["not-received", 5]],
    });
    expectSituation(a, "delivered", "delivered");
  });

  it("no updates for a long time: the dispute waits until protection is close or the date has passed", () => {
    const silent: Case = { shipped: 20, events: [...SHIPPED(20), [17, "Departed from origin country"]] };
    const far = run({ ...silent, protectionIn: 30 });
    expectSituation(far, "watch", "long-silence");
    expect(far.playbook.dispute).toBeNull();
    const close = run({ ...silent, protectionIn: 3 });
    expectSituation(close, "act_now", "protection-expiring");
    expect(close.playbook.dispute).not.toBeNull();
  });

  it("the expected date passed during a long silence: act soon, dispute text ready", () => {
    // Standard promises 30 days from shipment.
    const late = run({ shipped: 31, events: [...SHIPPED(31), [17, "Departed from origin country"]] });
    expectSituation(late, "act_soon", "long-silence");
    expect(codes(late)).toContain("eta-passed");
    expect(late.playbook.dispute).not.toBeNull();
    const onTime = run({ shipped: 29, events: [...SHIPPED(29), [17, "Departed from origin country"]] });
    expect(codes(onTime)).not.toContain("eta-passed");
    expect(onTime.verdict).toBe("watch");
  });

  it("a seller's recent answer holds a late parcel at watch; not when protection is almost over", () => {
    const late: Case = { shipped: 31, events: [...SHIPPED(31), [17, "Departed from origin country"]] };
    const replied = run({ ...late, reports: [["seller-replied", 2]] });
    expect(replied.verdict).toBe("watch");
    expect(codes(replied)).toContain("seller-replied");
    expect(run({ ...late, reports: [["seller-replied", 2]], protectionIn: 2 }).verdict).toBe("act_now");
  });

  it("returned to sender: act now", () => {
    const a = run({ events: [...SHIPPED(20), [3, "Returned to sender", "Madrid, ES"]] });
    expectSituation(a, "act_now", "returned-to-sender");
    expect(a.playbook.dispute).not.toBeNull();
  });

  it("customs asks the buyer for something: act soon", () => {
    const a = run({ events: [...SHIPPED(12), [1, "Awaiting payment of import duties", "Madrid, ES"]] });
    expectSituation(a, "act_soon", "customs");
    expect(codes(a)).toEqual(["customs-needs-you"]);
  });

  it("lost or damaged: act now", () => {
    const a = run({ events: [...SHIPPED(12), [1, "Parcel lost"]] });
    expectSituation(a, "act_now", "lost-or-damaged");
  });
});

describe("the other playbooks", () => {
  it("no tracking number yet: wait for the seller's processing time, then watch", () => {
    const early = run({ numbers: [], placed: 3 });
    expectSituation(early, "wait", "seller-not-shipped");
    expect(codes(early)).toEqual(["no-tracking-yet"]);
    expectSituation(run({ numbers: [], placed: 8 }), "watch", "seller-not-shipped");
  });

  it("a number whose check digit fails is invalid at once", () => {
    const a = run({ numbers: ["RR123456784CN"], shipped: 1 });
    expectSituation(a, "watch", "invalid-number");
    expect(codes(a)).toEqual(["number-invalid"]);
  });

  it("out for delivery: on track, look again within hours", () => {
    const a = run({ events: [...SHIPPED(10), [0.1, "Out for delivery", "Madrid, ES"]] });
    expectSituation(a, "on_track", "out-for-delivery");
    expect(Date.parse(a.nextCheckAt ?? "")).toBeLessThanOrEqual(Date.parse(NOW) + 4 * 3_600_000);
    const stale = run({ events: [...SHIPPED(10), [1.5, "Out for delivery", "Madrid, ES"]] });
    expectSituation(stale, "watch", "out-for-delivery");
  });

  it("a failed attempt or an address problem: act soon", () => {
    expectSituation(
      run({ events: [...SHIPPED(10), [0.5, "Delivery attempt failed, recipient absent"]] }),
      "act_soon",
      "delivery-failed",
    );
    const address = run({ events: [...SHIPPED(10), [0.5, "Incorrect address"]] });
    expectSituation(address, "act_soon", "delivery-failed");
    expect(codes(address)).toContain("address-problem");
  });

  it("waiting at a pickup point: act soon; the last days of storage: act now", () => {
    expectSituation(
      run({ events: [...SHIPPED(10), [1, "Available for pickup at post office"]] }),
      "act_soon",
      "pickup-waiting",
    );
    const lastDays = run({ events: [...SHIPPED(10), [1, "Истекает срок хранения"]] });
    expectSituation(lastDays, "act_now", "pickup-waiting");
    expect(codes(lastDays)).toContain("pickup-final-notice");
  });

  it("a protection deadline does not replace the door-step playbooks", () => {
    const a = run({ protectionIn: 2, events: [...SHIPPED(10), [0.1, "Out for delivery", "Madrid, ES"]] });
    expectSituation(a, "act_soon", "out-for-delivery");
    // Out for delivery five days ago and nothing since: that is a silence, and protection ends.
    const stale = run({ protectionIn: 1, events: [...SHIPPED(10), [5, "Out for delivery", "Madrid, ES"]] });
    expectSituation(stale, "act_now", "protection-expiring");
  });

  it("receipt confirmed closes the order; nothing more to check", () => {
    const a = run({ events: [...SHIPPED(12), [2, "Delivered", "Madrid, ES"]], reports: [["received", 1]] });
    expectSituation(a, "closed", "delivered");
    expect(a.nextCheckAt).toBeNull();
  });

  it("an open dispute: watch it, no dispute text, protection no longer forces act now", () => {
    const a = run({
      protectionIn: 1,
      shipped: 31,
      events: [...SHIPPED(31), [17, "Departed from origin country"]],
      reports: [["dispute-opened", 1]],
    });
    expect(a.verdict).toBe("watch");
    expect(a.playbook.dispute).toBeNull();
    expect(codes(a)).toContain("dispute-open");
    expect(a.facts.disputeOpenedOn).toBe(at(1).slice(0, 10));
  });

  it("every playbook is reached by some scenario above", () => {
    // Runs last in this file: the describe blocks above fill `seen`.
    expect([...PLAYBOOK_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe("Buyer Protection, ETA, next check and learning", () => {
  it("estimates protection from the marketplace when the buyer gave none, and says so", () => {
    const a = run({ protectionIn: null, placed: 10, events: SHIPPED(1) });
    expect(a.protection).toMatchObject({ estimated: true, daysLeft: 50 });
    expect(codes(a)).toContain("protection-estimated");
    const ru = run({ protectionIn: null, placed: 10, events: SHIPPED(1), dest: { country: "RU" } });
    expect(ru.protection?.daysLeft).toBe(80);
  });

  it("counts whole days to the end of the last day", () => {
    expect(run({ protectionIn: 0, events: SHIPPED(1) }).protection?.daysLeft).toBe(0);
    expect(run({ protectionIn: 1, events: SHIPPED(1) }).protection?.daysLeft).toBe(1);
    expect(run({ protectionIn: -1, events: SHIPPED(1) }).protection?.daysLeft).toBe(-1);
  });

  it("the ETA window follows the stage: the rest of this one and the later ones", () => {
    // Arrived 1 day ago: destination [4, 8] + final mile [1, 3] days from arrival.
    const a = run({ events: [...SHIPPED(10), [1, "Arrived at destination country", "Madrid, ES"]] });
    expect(a.eta).toEqual({ from: at(1 - 5).slice(0, 10), to: at(1 - 11).slice(0, 10) });
    expect(run({ events: [...SHIPPED(12), [1, "Delivered", "Madrid, ES"]] }).eta).toBeNull();
  });

  it("looks again when a threshold is crossed, and before protection reaches its warning days", () => {
    const transit = run({ protectionIn: 40, events: [...SHIPPED(12), [9, "Departed from origin country"]] });
    // Line-haul is normal up to 10 days: the answer changes 1 day from now.
    expect(transit.nextCheckAt).toBe(new Date(Date.parse(at(9)) + 10 * DAY).toISOString());
    const protection = run({
      protectionIn: 8,
      events: [...SHIPPED(12), [0.5, "Departed from origin country"]],
    });
    expect(Date.parse(protection.nextCheckAt ?? "")).toBeLessThanOrEqual(
      Date.parse(`${dayFromNow(8)}T23:59:59.999Z`) - 8 * DAY + 1,
    );
  });

  it("durations learned on this route stretch a stage's normal silence, and it says so", () => {
    const customs: Case = {
      shipped: 20,
      events: [...SHIPPED(20), [13, "Customs clearance started", "Madrid, ES"]],
    };
    expect(run(customs).verdict).toBe("act_soon");
    const learned: LearnedDurations = {
      parcels: 12,
      stages: { destination: { p50: 12, p90: 20 } },
      total: { p10: 20, p50: 26, p90: 38 },
    };
    const slowRoute = run({ ...customs, learned });
    expect(slowRoute.verdict).toBe("wait");
    expect(codes(slowRoute)).toContain("learned-route");
    expect(slowRoute.facts.learnedParcels).toBe(12);
    const tooFew = run({ ...customs, learned: { ...learned, parcels: 3 } });
    expect(tooFew.verdict).toBe("act_soon");
  });
});

describe("texts", () => {
  it("speaks the chosen language and fills in the order's facts", () => {
    const late: Case = { shipped: 31, events: [...SHIPPED(31), [17, "Departed from origin country"]] };
    for (const lang of ["en", "es", "fr", "pt", "ru", "pl", "de"]) {
      const a = run({ ...late, lang });
      expect(a.lang).toBe(lang);
      const message = a.playbook.messages[0]?.text ?? "";
      expect(message).toContain("8190000000000001");
      expect(message).toContain("LP00123456789012");
      expect(a.playbook.dispute).toContain("LP00123456789012");
    }
    expect(run({ ...late, lang: "pt-BR" }).lang).toBe("pt");
    expect(run({ ...late, lang: "xx" }).lang).toBe("en");
  });

  it("the same input gives the same answer", () => {
    const c: Case = { events: [...SHIPPED(5), [3, "Departed from origin country"]] };
    expect(run(c)).toEqual(run(c));
  });
});
