/**
 * Deterministic data for the storage benchmark: orders with one or two tracking numbers, each
 * number with the history one source reported for it, drawn from the labelled event corpus. Every
 * order is a pure function of its index (its own seeded generator), so the data can be streamed in
 * batches, regenerated for the re-ingest run, and is the same on SQLite and PostgreSQL.
 */
import type { Status } from "../src/domain/status/statuses.ts";
import type { IngestItem } from "../src/store/ingest.ts";
import type { NewOrder } from "../src/store/orders.ts";
import type { ReportKind } from "../src/store/schema.ts";
import { type CorpusEvent, loadEventCorpus } from "./event-corpus.ts";

/** mulberry32 seeded with a hash of the order index: every order draws from its own stream. */
export function random(seed: number): () => number {
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x2545f491;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TimeStyle = "local-iso" | "offset-iso" | "dmy" | "us" | "epoch";

interface Profile {
  /** Our carrier id, stored on the number (the `list --carrier` filter). */
  carrier: string;
  /** The connector that reads it. */
  source: string;
  /** Corpus carriers whose events this number's history is drawn from first. */
  corpus: string[];
  weight: number;
  timeStyle: TimeStyle;
  timeZone: string | null;
  number: (serial: string, next: () => number) => string;
}

const digits = (next: () => number, n: number) => {
  let text = "";
  for (let i = 0; i < n; i++) text += Math.floor(next() * 10);
  return text;
};
const s10 = (prefix: string, serial: string, country: string) => {
  const body = serial.slice(-8);
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  return `${prefix}${body}${check === 10 ? 0 : check === 11 ? 5 : check}${country}`;
};

const CHINA = "Asia/Shanghai";
/** First legs: what AliExpress, Temu and SHEIN sellers ship with. */
const FIRST_LEG: Profile[] = [
  {
    carrier: "cainiao",
    source: "cainiao",
    corpus: ["Cainiao", "China Post", "XLC"],
    weight: 40,
    timeStyle: "local-iso",
    timeZone: CHINA,
    number: (serial, next) => `LP00${serial}${digits(next, 4)}`,
  },
  {
    carrier: "yanwen",
    source: "17track",
    corpus: ["Cainiao", "XLC", "China Post"],
    weight: 8,
    timeStyle: "local-iso",
    timeZone: CHINA,
    number: (serial) => s10("UG", serial, "YP"),
  },
  {
    carrier: "4px",
    source: "17track",
    corpus: ["XLC", "Cainiao", "Direct Link"],
    weight: 7,
    timeStyle: "local-iso",
    timeZone: CHINA,
    number: (serial, next) => `4PX30${digits(next, 3)}${serial}CN`,
  },
  {
    carrier: "yunexpress",
    source: "17track",
    corpus: ["YunExpress", "XLC", "Cainiao"],
    weight: 8,
    timeStyle: "local-iso",
    timeZone: CHINA,
    number: (serial, next) => `YT${digits(next, 6)}${serial}`,
  },
];
/** Direct couriers and the destination posts (also the last mile after a first leg). */
const OTHERS: Profile[] = [
  {
    carrier: "ups",
    source: "ups",
    corpus: ["UPS"],
    weight: 7,
    timeStyle: "offset-iso",
    timeZone: null,
    number: (serial, next) => `1Z${digits(next, 2)}W${digits(next, 3)}03${serial}`,
  },
  {
    carrier: "fedex",
    source: "fedex",
    corpus: ["FedEx"],
    weight: 4,
    timeStyle: "offset-iso",
    timeZone: null,
    number: (serial, next) => `77${digits(next, 2)}${serial}`,
  },
  {
    carrier: "dhl-express",
    source: "dhl",
    corpus: ["DHL Express"],
    weight: 4,
    timeStyle: "offset-iso",
    timeZone: null,
    number: (serial) => `49${serial}`,
  },
  {
    carrier: "post-br",
    source: "correios",
    corpus: ["Correios (Brazil)", "Anjun Express (Brazil)", "Loggi (Brazil)", "Shopee Xpress (Brazil)"],
    weight: 8,
    timeStyle: "dmy",
    timeZone: "America/Sao_Paulo",
    number: (serial) => s10("NM", serial, "BR"),
  },
  {
    carrier: "post-us",
    source: "usps",
    corpus: ["USPS", "USPS (via Stamps.com)", "Asendia US", "EasyPost (USPS)"],
    weight: 6,
    timeStyle: "us",
    timeZone: "America/New_York",
    number: (serial, next) => `9400${digits(next, 10)}${serial}`,
  },
  {
    carrier: "post-ca",
    source: "canadapost",
    corpus: ["Canada Post"],
    weight: 3,
    timeStyle: "offset-iso",
    timeZone: "America/Toronto",
    number: (serial) => s10("LM", serial, "CA"),
  },
  {
    carrier: "post-au",
    source: "auspost",
    corpus: ["Australia Post"],
    weight: 3,
    timeStyle: "offset-iso",
    timeZone: "Australia/Sydney",
    number: (serial) => s10("RR", serial, "AU"),
  },
  {
    carrier: "dhl-paket",
    source: "dhl",
    corpus: ["DHL Paket (Germany)", "Österreichische Post", "DHL Express"],
    weight: 3,
    timeStyle: "dmy",
    timeZone: "Europe/Berlin",
    number: (serial) => `0034${serial}${serial.slice(0, 4)}`,
  },
  {
    carrier: "post-nl",
    source: "postnl",
    corpus: ["PostNL", "17TRACK (PostNL)"],
    weight: 2,
    timeStyle: "dmy",
    timeZone: "Europe/Amsterdam",
    number: (serial) => `3S${serial}NL`,
  },
  {
    carrier: "post-ru",
    source: "pochta",
    corpus: ["Russian Post"],
    weight: 2,
    timeStyle: "dmy",
    timeZone: "Europe/Moscow",
    number: (serial) => s10("RU", serial, "RU"),
  },
  {
    carrier: "post-kr",
    source: "17track",
    corpus: [
      "Korea Post (EMS)",
      "eCargo (Korea)",
      "YelloExpress (Korea)",
      "Airbridge (Korea)",
      "eParcel (Korea)",
    ],
    weight: 1,
    timeStyle: "local-iso",
    timeZone: "Asia/Seoul",
    number: (serial) => s10("EG", serial, "KR"),
  },
  {
    carrier: "post-fr",
    source: "laposte",
    corpus: ["Colissimo", "Chronopost (via La Poste API)", "DPD France"],
    weight: 1,
    timeStyle: "dmy",
    timeZone: "Europe/Paris",
    number: (serial) => `6A${serial}`,
  },
];
const ALL = [...FIRST_LEG, ...OTHERS];
const COUNTRY_OF: Record<string, string> = {
  "post-br": "BR",
  "post-us": "US",
  "post-ca": "CA",
  "post-au": "AU",
  "dhl-paket": "DE",
  "post-nl": "NL",
  "post-ru": "RU",
  "post-kr": "KR",
  "post-fr": "FR",
};
const LAST_MILES = OTHERS.filter((profile) => COUNTRY_OF[profile.carrier]);
const CITIES: Record<string, string[]> = {
  CN: ["SHENZHEN", "Guangzhou", "Yiwu, Zhejiang", "Dongguan, CN", "HONG KONG", "Shanghai"],
  BR: ["CURITIBA - PR", "São Paulo / SP", "Cajamar, SP, BR", "Rio de Janeiro - RJ"],
  US: ["JAMAICA, NY 11430", "CHICAGO IL NETWORK DISTRIBUTION CENTER", "Los Angeles, CA, US"],
  CA: ["MISSISSAUGA, ON", "Richmond, BC, CA"],
  AU: ["SYDNEY NSW", "Melbourne, VIC, AU"],
  DE: ["Frankfurt am Main", "Leipzig, DE", "Köln"],
  NL: ["Amsterdam", "Utrecht, NL"],
  RU: ["Москва", "Vnukovo, RU"],
  KR: ["Incheon, KR", "Seoul"],
  FR: ["Roissy CDG", "Paris, FR"],
};

const pickWeighted = (profiles: readonly Profile[], next: () => number): Profile => {
  const total = profiles.reduce((sum, profile) => sum + profile.weight, 0);
  let at = next() * total;
  for (const profile of profiles) {
    at -= profile.weight;
    if (at < 0) return profile;
  }
  return profiles[profiles.length - 1] as Profile;
};
const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

/** Corpus events by label, and by corpus carrier and label. */
interface Corpus {
  byLabel: Map<Status, CorpusEvent[]>;
  byCarrierLabel: Map<string, CorpusEvent[]>;
}
let corpus: Corpus | null = null;
function loadCorpus(): Corpus {
  if (corpus) return corpus;
  const byLabel = new Map<Status, CorpusEvent[]>();
  const byCarrierLabel = new Map<string, CorpusEvent[]>();
  for (const event of loadEventCorpus()) {
    byLabel.set(event.label, [...(byLabel.get(event.label) ?? []), event]);
    const key = `${event.carrier}\u0000${event.label}`;
    byCarrierLabel.set(key, [...(byCarrierLabel.get(key) ?? []), event]);
  }
  corpus = { byLabel, byCarrierLabel };
  return corpus;
}

/** The journey, stage by stage, with how many events of each a source typically shows. */
const JOURNEY: Array<[Status, number, number]> = [
  ["info_received", 1, 1],
  ["accepted", 1, 1],
  ["origin_processing", 1, 3],
  ["departed_origin", 1, 1],
  ["in_transit", 1, 4],
  ["arrived_destination", 1, 1],
  ["customs", 1, 3],
  ["destination_processing", 1, 3],
  ["out_for_delivery", 1, 1],
];
/** Index in JOURNEY where a last-mile number's history starts. */
const HANDOFF = 5;

/** How far a parcel has got: the index of its last JOURNEY step, or past it (ended). */
function progressOfParcel(next: () => number): {
  last: number;
  ending: "delivered" | "pickup" | "returned" | null;
} {
  const roll = next();
  if (roll < 0.6) return { last: JOURNEY.length - 1, ending: "delivered" };
  if (roll < 0.64) return { last: JOURNEY.length - 1, ending: "pickup" };
  if (roll < 0.66) return { last: JOURNEY.length - 1, ending: "returned" };
  return { last: Math.floor(next() * JOURNEY.length), ending: null };
}

export interface GeneratedNumber {
  number: string;
  profile: Profile;
  role: "first_leg" | "last_mile";
  events: Array<{
    time: string | number;
    text: string;
    code: string | null;
    location: string | null;
    lang: string;
  }>;
}

export interface GeneratedOrder {
  order: NewOrder;
  numbers: GeneratedNumber[];
  reports: Array<{ kind: ReportKind; at: string; note: string | null }>;
  route: { origin: string | null; destination: string | null };
}

export const NOW = "2026-11-21T00:00:00.000Z";
const NOW_MS = Date.parse(NOW);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const ZONE_OFFSET: Record<string, number> = {
  "Asia/Shanghai": 8,
  "America/Sao_Paulo": -3,
  "America/New_York": -5,
  "America/Toronto": -5,
  "Australia/Sydney": 11,
  "Europe/Berlin": 1,
  "Europe/Amsterdam": 1,
  "Europe/Moscow": 3,
  "Asia/Seoul": 9,
  "Europe/Paris": 1,
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The time as the source writes it: local wall-clock (fixed offset for the region), or epoch. */
function formatTime(ms: number, style: TimeStyle, zone: string | null): string | number {
  if (style === "epoch") return ms;
  const hours = ZONE_OFFSET[zone ?? ""] ?? 0;
  const d = new Date(ms + hours * HOUR);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  switch (style) {
    case "local-iso":
      return `${date} ${time}`;
    case "offset-iso":
      return `${date}T${time}${hours < 0 ? "-" : "+"}${pad(Math.abs(hours))}:00`;
    case "dmy":
      return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${time.slice(0, 5)}`;
    case "us": {
      const h = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? "am" : "pm"}`;
    }
  }
}

function history(
  profile: Profile,
  labels: Status[],
  startMs: number,
  next: () => number,
  originCountry: string,
  destCountry: string,
): GeneratedNumber["events"] {
  const { byLabel, byCarrierLabel } = loadCorpus();
  // A third of the sources give epoch times (Cainiao's API, Shopee).
  const style = profile.timeStyle === "local-iso" && next() < 0.33 ? "epoch" : profile.timeStyle;
  const events: GeneratedNumber["events"] = [];
  let at = startMs;
  for (const label of labels) {
    at += HOUR + Math.floor(next() * 40 * HOUR);
    const own = profile.corpus.flatMap((name) => byCarrierLabel.get(`${name}\u0000${label}`) ?? []);
    const source = own.length > 0 && next() < 0.8 ? pick(own, next) : pick(byLabel.get(label) ?? [], next);
    const destinationSide =
      JOURNEY.findIndex(([status]) => status === label) >= HANDOFF || label === "delivered";
    const country = destinationSide ? destCountry : originCountry;
    const location =
      source.location ?? (next() < 0.6 ? pick(CITIES[country] ?? CITIES.CN ?? [], next) : null);
    events.push({
      time: formatTime(Math.min(at, NOW_MS - HOUR), style, profile.timeZone),
      text: source.text,
      code: source.code,
      location,
      lang: source.lang,
    });
  }
  // Most sources list the newest first.
  return next() < 0.7 ? events.reverse() : events;
}

function labelsOf(from: number, to: number, next: () => number): Status[] {
  const labels: Status[] = [];
  for (let step = from; step <= to; step++) {
    const [status, min, max] = JOURNEY[step] as [Status, number, number];
    const count = min + Math.floor(next() * (max - min + 1));
    for (let i = 0; i < count; i++) labels.push(status);
  }
  return labels;
}

const MARKETPLACES: Array<[string, number]> = [
  ["aliexpress", 60],
  ["temu", 12],
  ["shein", 8],
  ["ebay", 7],
  ["amazon", 5],
  ["joom", 4],
  ["banggood", 2],
  ["other", 2],
];
const DESTINATIONS = ["BR", "US", "CA", "AU", "DE", "NL", "RU", "KR", "FR", "IL", "ES", "PL"];
const ITEMS = [
  "USB-C cable 2 m",
  "Phone case",
  "LED strip 5 m",
  "Bluetooth earbuds",
  "Screwdriver set",
  "Silicone baking mat",
  "Kids' raincoat",
  "Mechanical keyboard switches (90 pcs)",
  "Fishing lure set",
  "Camping lantern",
  "Yoga socks",
  "Car phone holder",
];

/** Order number `index` (0-based): pure function of the index. */
export function generateOrder(index: number): GeneratedOrder {
  const next = random(index + 1);
  const marketplaceRoll = next() * 100;
  let marketplace = "other";
  for (let at = 0, i = 0; i < MARKETPLACES.length; i++) {
    const [id, weight] = MARKETPLACES[i] as [string, number];
    at += weight;
    if (marketplaceRoll < at) {
      marketplace = id;
      break;
    }
  }
  const parcel = progressOfParcel(next);
  const inProgress = parcel.ending === null;
  // Finished parcels spread over two years; parcels still moving started in the last weeks.
  const startMs = inProgress
    ? NOW_MS - (20 + Math.floor(next() * 40)) * DAY
    : NOW_MS - (40 + Math.floor(next() * 700)) * DAY;
  const serial = pad(index * 2, 8);
  const serial2 = pad(index * 2 + 1, 8);
  const numbers: GeneratedNumber[] = [];
  let destCountry: string;
  // A quarter of the orders show a first leg and the destination post's own number.
  const roll = next();
  if (roll < 0.25) {
    const first = pickWeighted(FIRST_LEG, next);
    const last = pickWeighted(LAST_MILES, next);
    destCountry = COUNTRY_OF[last.carrier] ?? "US";
    const firstLabels = labelsOf(0, Math.min(parcel.last, HANDOFF + 1), next);
    numbers.push({
      number: first.number(serial, next),
      profile: first,
      role: "first_leg",
      events: history(first, firstLabels, startMs, next, "CN", destCountry),
    });
    if (parcel.last >= HANDOFF) {
      const lastLabels = [...labelsOf(HANDOFF, parcel.last, next), ...endingOf(parcel.ending, next)];
      numbers.push({
        number: last.number(serial2, next),
        profile: last,
        role: "last_mile",
        events: history(last, lastLabels, startMs + 6 * DAY, next, "CN", destCountry),
      });
    } else {
      // The last-mile number is known before its carrier shows anything.
      numbers.push({ number: last.number(serial2, next), profile: last, role: "last_mile", events: [] });
    }
  } else {
    const profile = pickWeighted(ALL, next);
    destCountry = COUNTRY_OF[profile.carrier] ?? pick(DESTINATIONS, next);
    const labels = [...labelsOf(0, parcel.last, next), ...endingOf(parcel.ending, next)];
    // Now and then a carrier reports a problem on the way.
    if (next() < 0.04) labels.splice(Math.floor(next() * labels.length), 0, "exception");
    numbers.push({
      number: profile.number(serial, next),
      profile,
      role: "first_leg",
      events: history(profile, labels, startMs, next, "CN", destCountry),
    });
  }
  const placed = new Date(startMs - DAY).toISOString().slice(0, 10);
  const item = pick(ITEMS, next);
  const reports: GeneratedOrder["reports"] = [];
  if (next() < 0.05) {
    reports.push({ kind: "not_received", at: new Date(startMs + 45 * DAY).toISOString(), note: null });
    if (next() < 0.5)
      reports.push({
        kind: "dispute_opened",
        at: new Date(startMs + 50 * DAY).toISOString(),
        note: "Opened a dispute: tracking stopped moving.",
      });
  }
  return {
    order: {
      marketplace,
      order_number: `${marketplace === "aliexpress" ? "81" : "PO-"}${pad(index, 10)}${digits(next, 4)}`,
      title: item,
      items: JSON.stringify([item]),
      seller: `Store ${Math.floor(next() * 5000)}`,
      placed_on: placed,
      shipping_method: pick(
        ["AliExpress Standard Shipping", "Cainiao Super Economy", "Standard", null],
        next,
      ),
      protection_ends_on: new Date(startMs + 60 * DAY).toISOString().slice(0, 10),
      protection_estimated: 1,
      dest_country: destCountry,
      dest_region: null,
      dest_city: null,
      dest_postcode: null,
      labels: "[]",
      notes: null,
      // Some orders the buyer has put away.
      archived: !inProgress && next() < 0.03 ? 1 : 0,
    },
    numbers,
    reports,
    route: { origin: "CN", destination: destCountry },
  };
}

function endingOf(ending: "delivered" | "pickup" | "returned" | null, next: () => number): Status[] {
  switch (ending) {
    case "delivered":
      return next() < 0.1 ? ["delivery_failed", "out_for_delivery", "delivered"] : ["delivered"];
    case "pickup":
      return ["delivery_failed", "available_for_pickup", "delivered"];
    case "returned":
      return ["delivery_failed", "available_for_pickup", "returned", "returned"];
    case null:
      return [];
  }
}

/** What one source reported for a stored number, ready for prepareEvents. */
export function ingestItem(
  numberId: number,
  generated: GeneratedNumber,
  route: IngestItem["route"],
): IngestItem {
  return {
    numberId,
    report: {
      source: generated.profile.source,
      carrier: generated.profile.carrier,
      lang: null,
      timeZone: generated.profile.timeZone,
      dateOrder: generated.profile.timeStyle === "us" ? "mdy" : "dmy",
      events: generated.events,
    },
    route,
  };
}
