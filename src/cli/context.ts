/**
 * What the commands that work on stored orders share: the data dir option, opening the store
 * (and always closing it), the clock, and reading stdin.
 */
import type { Command } from "commander";
import { storeLocation } from "../store/open-store.ts";
import { Store } from "../store/store.ts";

/** `--data-dir` is a program-wide option; every command sees it. */
export function dataDirOption(program: Command): void {
  program.option("--data-dir <dir>", "where the database lives (default ./data, or PARCELTRAIL_DATA_DIR)");
}

export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
  const store = await Store.open(storeLocation({ dataDir }));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * The current time as ISO 8601. PARCELTRAIL_NOW pins it (tests, reproducing a report); the
 * domain never reads the clock itself.
 */
export function currentTime(): string {
  const pinned = process.env.PARCELTRAIL_NOW;
  if (pinned && !Number.isNaN(Date.parse(pinned))) return new Date(pinned).toISOString();
  return new Date().toISOString();
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Shows text from the database on a terminal: control characters are printed as escapes, never run. */
export function printable(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(/\p{Cc}/gu, (char) =>
    char === "\n"
      ? "\\n"
      : char === "\t"
        ? "\\t"
        : `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}
