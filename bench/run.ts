/**
 * `npm run bench -- NAME...`: runs the named benchmarks (all when none is named) and updates
 * their sections of BENCHMARKS.md. Benchmarks measure side by side in one process and quote
 * medians: the machines are shared and noisy, so absolute figures vary and ratios matter.
 */
import { runClassifyBenchmark } from "./classify.ts";
import { runNumbersBenchmark } from "./numbers.ts";
import { writeSection } from "./report.ts";

const BENCHMARKS: Record<string, () => Promise<string>> = {
  numbers: runNumbersBenchmark,
  classify: runClassifyBenchmark,
  store: async () => (await import("./store.ts")).runStoreBenchmark(),
};

const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
for (const name of names) {
  const benchmark = BENCHMARKS[name];
  if (!benchmark) {
    process.stderr.write(
      `Unknown benchmark "${name}"; choose from: ${Object.keys(BENCHMARKS).join(", ")}.\n`,
    );
    process.exit(2);
  }
  const markdown = await benchmark();
  process.stdout.write(`${markdown}\n`);
  writeSection(name, markdown);
}
