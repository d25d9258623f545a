/** Reads a stream one line at a time, without holding the whole input in memory. */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

export async function* readLines(input: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) yield line;
}
