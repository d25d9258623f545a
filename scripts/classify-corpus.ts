/**
 * Development aid: classifies the labelled corpus (../shared/event-corpus/events.jsonl) and
 * prints accuracy and every miss, or classifies the texts given on the command line.
 *
 *   node scripts/classify-corpus.ts [--lang pt] [--all]        misses (--all: every event)
 *   node scripts/classify-corpus.ts --text "Zugestellt" [--code X --carrier Y]
 */
import { parseArgs } from "node:util";
import { EVENT_CORPUS, loadEventCorpus } from "../bench/event-corpus.ts";
import { classifyEvent } from "../src/domain/status/default-classifier.ts";

const { values } = parseArgs({
  options: {
    lang: { type: "string" },
    all: { type: "boolean", default: false },
    text: { type: "string" },
    code: { type: "string" },
    carrier: { type: "string" },
    corpus: { type: "string", default: EVENT_CORPUS.pathname },
  },
});

if (values.text !== undefined) {
  console.log(
    JSON.stringify(classifyEvent({ text: values.text, code: values.code, carrier: values.carrier }), null, 1),
  );
  process.exit(0);
}

const events = loadEventCorpus(values.corpus);
let right = 0;
let clearRight = 0;
let clear = 0;
for (const event of events) {
  if (values.lang && event.lang !== values.lang) continue;
  const result = classifyEvent(event);
  const ok = result.status === event.label;
  if (ok) right++;
  if (!event.ambiguous) {
    clear++;
    if (ok) clearRight++;
  }
  if (!ok || values.all) {
    const why = result.signals
      .map((s) =>
        s.kind === "text"
          ? `${s.lang}:${s.phrases.join("+")}→${s.status}`
          : s.kind === "code"
            ? `${s.table}:${s.code}→${s.status}`
            : s.kind,
      )
      .join(" | ");
    console.log(
      `${ok ? "ok  " : "MISS"} ${event.ambiguous ? "~" : " "} want ${event.label.padEnd(22)} got ${result.status.padEnd(22)} ${result.confidence} [${event.lang} ${event.carrier} ${event.code ?? ""}] ${event.text.slice(0, 90)}  ⟨${why}⟩`,
    );
  }
}
const total = values.lang ? events.filter((e) => e.lang === values.lang).length : events.length;
console.log(
  `\n${right}/${total} right (${((100 * right) / total).toFixed(1)}%), non-ambiguous ${clearRight}/${clear} (${((100 * clearRight) / clear).toFixed(1)}%)`,
);
