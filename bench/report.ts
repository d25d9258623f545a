/** Keeps one section per benchmark in BENCHMARKS.md, replacing only the section that was re-run. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";

const FILE = new URL("../BENCHMARKS.md", import.meta.url);
const INTRO = `# Benchmarks

Produced by \`npm run bench\` (one section per benchmark; \`npm run bench -- NAME\` re-runs one).
Figures are medians of interleaved rounds measured side by side in one process; absolute
throughput depends on the machine, the ratios much less.
`;

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, "utf8") : INTRO;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
