/**
 * Tracking-number detection: ParcelTrail against ts-tracking-number (the only TypeScript peer)
 * on the same inputs in the same process. Throughput on a mixed list of 100,000 numbers, and
 * accuracy on the tracking_number_data vectors and on our AliExpress-world vectors.
 */
import { createRequire } from "node:module";
import { postalOperatorFor } from "../src/domain/tracking-number/carriers.ts";
import { mod10CheckDigit, s10CheckDigit } from "../src/domain/tracking-number/checksum.ts";
import { candidatesFor, detectCarrier } from "../src/domain/tracking-number/detect.ts";
import { type LoadedFormat, loadFormats } from "../src/domain/tracking-number/formats.ts";
import { normalizeTrackingNumber } from "../src/domain/tracking-number/normalize.ts";
import { machineLine, median } from "./report.ts";

interface PeerResult {
  courier: { code: string };
}
const require = createRequire(import.meta.url);
const peer = require("ts-tracking-number") as { getTracking(n: string): PeerResult | undefined };
const PEER_COURIERS = new Set(["amazon", "dhl", "fedex", "ontrac", "s10", "ups", "usps"]);

const INPUTS = 100_000;
const ROUNDS = 7;

/** mulberry32: a small seeded generator, so every run measures the same list. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mixedInputs(formats: LoadedFormat[]): string[] {
  const next = random(20261121);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join("");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const countries = [
    "CN",
    "GB",
    "US",
    "FR",
    "DE",
    "ES",
    "PT",
    "BR",
    "IT",
    "NL",
    "PL",
    "RU",
    "UA",
    "IL",
    "KR",
    "JP",
    "AU",
    "CA",
  ];
  const vectors = formats.flatMap((f) => [
    ...f.definition.test_numbers.valid,
    ...f.definition.test_numbers.invalid,
  ]);
  const generators: Array<() => string> = [
    () => {
      const serial = digits(8);
      return `${pick(["R", "L", "E", "C", "U"])}${pick([...letters])}${serial}${s10CheckDigit(serial)}${pick(countries)}`;
    },
    () => `LP00${digits(12)}`,
    () => `CNUSUP${digits(11)}`,
    () => {
      const body = `30${digits(10)}`;
      return `4PX${body}${mod10CheckDigit(body, { evensMultiplier: 1, oddsMultiplier: 3 })}CN`;
    },
    () => `YT${digits(16)}`,
    () => {
      const serial = digits(8);
      return `U${pick([...letters])}${serial}${s10CheckDigit(serial)}YP`;
    },
    () => {
      const serial = `${digits(6)}03${digits(7)}`;
      return `1Z${serial}${mod10CheckDigit(serial, { evensMultiplier: 1, oddsMultiplier: 2 })}`;
    },
    () => pick(vectors),
    () => pick(vectors),
    () => digits(10 + Math.floor(next() * 13)),
    () => `${pick(["3", "8"])}${digits(15)}`, // order numbers pasted by mistake
    () =>
      Array.from({ length: 5 + Math.floor(next() * 20) }, () => pick([...`${letters}0123456789`])).join(""),
  ];
  return Array.from({ length: INPUTS }, () => pick(generators)());
}

function timeRound(inputs: string[], detect: (n: string) => unknown): number {
  let sink = 0;
  const start = performance.now();
  for (const input of inputs) if (detect(input)) sink++;
  const elapsed = performance.now() - start;
  if (sink < 0) throw new Error("unreachable"); // keeps the results alive
  return elapsed;
}

interface Accuracy {
  correct: number;
  total: number;
}
const pct = (a: Accuracy) =>
  `${a.correct}/${a.total} (${((100 * a.correct) / Math.max(1, a.total)).toFixed(1)}%)`;

function expectedCarrier(format: LoadedFormat, normalized: string): string | undefined {
  return format.extension.carrier ?? postalOperatorFor(normalized.slice(-2))?.id;
}

function oursAcceptsValid(format: LoadedFormat, vector: string): boolean {
  const detection = detectCarrier(vector);
  return detection.candidates[0]?.carrier === expectedCarrier(format, detection.normalized);
}

function oursRejectsInvalid(format: LoadedFormat, vector: string): boolean {
  const { candidates } = candidatesFor(normalizeTrackingNumber(vector).normalized);
  return !candidates.some((c) => c.format === format.key && c.checksum !== "invalid");
}

export async function runNumbersBenchmark(): Promise<string> {
  const formats = loadFormats();
  const vendored = formats.filter((f) => f.origin === "tracking_number_data");
  const peerKnown = vendored.filter((f) => PEER_COURIERS.has(f.courierCode));
  const own = formats.filter((f) => f.origin === "parceltrail");

  const score = (
    list: LoadedFormat[],
    kind: "valid" | "invalid",
    check: (f: LoadedFormat, v: string) => boolean,
  ) => {
    const result: Accuracy = { correct: 0, total: 0 };
    for (const format of list) {
      for (const vector of format.definition.test_numbers[kind]) {
        result.total++;
        if (check(format, vector)) result.correct++;
      }
    }
    return result;
  };
  const peerValid = (f: LoadedFormat, v: string) => peer.getTracking(v)?.courier.code === f.courierCode;
  const peerInvalid = (f: LoadedFormat, v: string) => peer.getTracking(v)?.courier.code !== f.courierCode;
  const peerSeesAnything = (_: LoadedFormat, v: string) => peer.getTracking(v) !== undefined;

  const rows = {
    knownValid: [score(peerKnown, "valid", oursAcceptsValid), score(peerKnown, "valid", peerValid)],
    knownInvalid: [score(peerKnown, "invalid", oursRejectsInvalid), score(peerKnown, "invalid", peerInvalid)],
    allValid: [
      score(vendored, "valid", oursAcceptsValid),
      score(vendored, "valid", (f, v) => PEER_COURIERS.has(f.courierCode) && peerValid(f, v)),
    ],
    allInvalid: [score(vendored, "invalid", oursRejectsInvalid), score(vendored, "invalid", peerInvalid)],
    ownValid: [
      score(own, "valid", oursAcceptsValid),
      { correct: 0, total: score(own, "valid", () => true).total },
    ],
  };
  const peerMisreadsOwn = score(own, "valid", peerSeesAnything);
  const misreadAs = new Map<string, number>();
  for (const format of own) {
    for (const vector of format.definition.test_numbers.valid) {
      const code = peer.getTracking(vector)?.courier.code;
      if (code) misreadAs.set(code, (misreadAs.get(code) ?? 0) + 1);
    }
  }
  const misreadList = [...misreadAs].map(([code, n]) => `${code} ${n}`).join(", ");

  const inputs = mixedInputs(formats);
  const ours = (n: string) => detectCarrier(n);
  const theirs = (n: string) => peer.getTracking(n);
  timeRound(inputs, ours); // warm-up, both
  timeRound(inputs, theirs);
  const oursTimes: number[] = [];
  const theirTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursTimes.push(timeRound(inputs, ours));
    theirTimes.push(timeRound(inputs, theirs));
  }
  const oursMs = median(oursTimes);
  const theirMs = median(theirTimes);
  const perSecond = (ms: number) => Math.round((INPUTS / ms) * 1000).toLocaleString("en-US");

  return `## numbers: tracking-number detection

Command: \`npm run bench -- numbers\` · ${machineLine()} · ts-tracking-number 1.0.17

Throughput on the same mixed list of ${INPUTS.toLocaleString("en-US")} numbers (S10 of many posts, Cainiao,
4PX, YunExpress, Yanwen, UPS, the dataset's vectors, random digits, order numbers, junk), median
of ${ROUNDS} interleaved rounds, one core. ParcelTrail returns every ranked candidate with its
check-digit state and tracking page; ts-tracking-number returns its first match.

| | ParcelTrail | ts-tracking-number |
|---|---:|---:|
| median time for ${INPUTS.toLocaleString("en-US")} numbers | ${oursMs.toFixed(0)} ms | ${theirMs.toFixed(0)} ms |
| numbers a second | ${perSecond(oursMs)} | ${perSecond(theirMs)} |
| ratio | **${(theirMs / oursMs).toFixed(1)}×** | 1× |

Accuracy on the tracking_number_data v2.0.0 vectors. A valid vector counts when the tool names
its courier (ParcelTrail: as the top candidate; S10: the post of the suffix's country); an
invalid one counts when the tool does not accept it as that courier's format.

| vectors | ParcelTrail | ts-tracking-number |
|---|---:|---:|
| valid, formats the peer knows (amazon, dhl, fedex, ontrac, s10, ups, usps) | ${pct(rows.knownValid[0] as Accuracy)} | ${pct(rows.knownValid[1] as Accuracy)} |
| invalid, formats the peer knows | ${pct(rows.knownInvalid[0] as Accuracy)} | ${pct(rows.knownInvalid[1] as Accuracy)} |
| valid, all 39 formats | ${pct(rows.allValid[0] as Accuracy)} | ${pct(rows.allValid[1] as Accuracy)} |
| invalid, all 39 formats | ${pct(rows.allInvalid[0] as Accuracy)} | ${pct(rows.allInvalid[1] as Accuracy)} |
| valid, our AliExpress-world formats (${own.length}) | ${pct(rows.ownValid[0] as Accuracy)} | ${pct(rows.ownValid[1] as Accuracy)} |

ts-tracking-number has none of the AliExpress-world carriers; it misreads ${peerMisreadsOwn.correct} of those
${peerMisreadsOwn.total} valid numbers as another courier's (${misreadList}) and finds nothing for the rest.
`;
}
