/**
 * Buffered writing to stdout that respects back-pressure, so streaming 100,000 results neither
 * makes one write call per line nor piles up unbounded memory when the reader is slow.
 */
import type { Writable } from "node:stream";

const FLUSH_AT = 64 * 1024;

export class LineWriter {
  private buffer = "";
  private readonly out: Writable;

  constructor(out: Writable) {
    this.out = out;
  }

  async write(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once("drain", resolve));
  }
}
