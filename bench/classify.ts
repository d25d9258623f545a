/**
 * `npm run bench -- classify`: the classifier against the labelled event corpus
 * (test/fixtures/event-corpus, a copy of the development set): accuracy overall and without
 * the events marked ambiguous, the confusion matrix, accuracy per language, and throughput on
 * one core (median of interleaved rounds over the whole corpus).
 */
import { classifyEvent, defaultClassifier } from "../src/domain/status/default-classifier.ts";
import { STATUSES, type Status } from "../src/domain/status/statuses.ts";
import { type CorpusEvent, loadEventCorpus } from "./event-corpus.ts";
import { machineLine, median } from "./report.ts";

const ROUNDS = 7;
const EVENTS_PER_ROUND = 100_000;

const SHORT: Record<Status, string> = {
  info_received: "info",
  accepted: "acc",
  origin_processing: "orig",
  departed_origin: "dep",
  in_transit: "trans",
  arrived_destination: "arr",
  customs: "cust",
  destination_processing: "dest",
  out_for_delivery: "ofd",
  delivery_failed: "fail",
  available_for_pickup: "pick",
  delivered: "dlv",
  returned: "ret",
  exception: "exc",
};

const pct = (right: number, total: number) => (total === 0 ? "–" : `${((100 * right) / total).toFixed(1)}%`);

export async function runClassifyBenchmark(): Promise<string> {
  const events = loadEventCorpus();
  defaultClassifier(); // load and compile the data outside the timed rounds
  const confusion = new Map<Status, Map<Status, number>>();
  const byLang = new Map<string, { right: number; total: number; clearRight: number; clear: number }>();
  let right = 0;
  let clearRight = 0;
  let clear = 0;
  for (const event of events) {
    const got = classifyEvent(event).status;
    const ok = got === event.label;
    const row = confusion.get(event.label) ?? new Map<Status, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    confusion.set(event.label, row);
    const lang = byLang.get(event.lang) ?? { right: 0, total: 0, clearRight: 0, clear: 0 };
    lang.total++;
    if (ok) lang.right++;
    if (!event.ambiguous) {
      clear++;
      lang.clear++;
      if (ok) {
        clearRight++;
        lang.clearRight++;
      }
    }
    if (ok) right++;
    byLang.set(event.lang, lang);
  }

  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < EVENTS_PER_ROUND; i++) {
      sink += classifyEvent(events[i % events.length] as CorpusEvent).confidence;
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const ms = median(times);
  const perSecond = Math.round((EVENTS_PER_ROUND / ms) * 1000);
  if (sink < 0) console.log(sink);

  const lines: string[] = [];
  lines.push("## Event classification (`npm run bench -- classify`)", "");
  lines.push(
    `${machineLine()}; corpus: ${events.length} labelled events (${events.length - clear} marked ambiguous).`,
    "",
  );
  lines.push("| measure | result | goal |", "|---|---|---|");
  lines.push(
    `| accuracy, non-ambiguous events | ${clearRight}/${clear} = ${pct(clearRight, clear)} | ≥ 97% |`,
  );
  lines.push(`| accuracy, all events | ${right}/${events.length} = ${pct(right, events.length)} | ≥ 85% |`);
  lines.push(
    `| throughput, one core | ${perSecond.toLocaleString("en-US")} events/s (median of ${ROUNDS} rounds of ${EVENTS_PER_ROUND.toLocaleString("en-US")}, ${ms.toFixed(0)} ms) | ≥ 200,000 events/s |`,
  );
  lines.push("", "Per language (all events; non-ambiguous in brackets):", "");
  lines.push("| lang | events | accuracy | non-ambiguous |", "|---|---|---|---|");
  for (const [lang, stats] of [...byLang].sort((a, b) => b[1].total - a[1].total)) {
    lines.push(
      `| ${lang} | ${stats.total} | ${pct(stats.right, stats.total)} | ${pct(stats.clearRight, stats.clear)} (${stats.clearRight}/${stats.clear}) |`,
    );
  }
  lines.push("", "Confusion matrix (rows: label, columns: classifier; all events):", "");
  lines.push(`| label \\ got | ${STATUSES.map((status) => SHORT[status]).join(" | ")} | recall |`);
  lines.push(`|---|${STATUSES.map(() => "---:").join("|")}|---:|`);
  for (const label of STATUSES) {
    const row = confusion.get(label);
    if (!row) continue;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const cells = STATUSES.map((got) => {
      const count = row.get(got) ?? 0;
      return count === 0 ? "·" : got === label ? `**${count}**` : String(count);
    });
    lines.push(`| ${label} | ${cells.join(" | ")} | ${pct(row.get(label) ?? 0, total)} |`);
  }
  return lines.join("\n");
}
