/**
 * Buffered writing to stdout that respects back-pressure. Lines are gathered and written at the
 * end of the current event-loop turn (or sooner when the buffer is large), so streaming 100,000
 * results costs few write calls, yet a result for a line typed into a pipe shows at once.
 */
import type { Writable } from "node:stream";

const FLUSH_AT = 64 * 1024;

export class LineWriter {
  private buffer = "";
  private scheduled = false;
  private readonly out: Writable;

  constructor(out: Writable) {
    this.out = out;
  }

  async write(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    if (this.buffer.length >= FLUSH_AT) {
      await this.flush();
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.writeOut();
      });
    }
  }

  /** Writes what is buffered and waits until the stream can take more. */
  async flush(): Promise<void> {
    if (!this.writeOut()) await new Promise<void>((resolve) => this.out.once("drain", resolve));
  }

  private writeOut(): boolean {
    if (this.buffer === "") return true;
    const chunk = this.buffer;
    this.buffer = "";
    return this.out.write(chunk);
  }
}
