/**
 * Writes an evidence pack to a directory: the HTML page, the PDF, byte-exact copies of every raw
 * response under raw/, and manifest.json (the pack's data and the SHA-256 of every file) last,
 * so a directory with a manifest holds a complete pack.
 *
 * The directory may be new, empty, or hold an earlier pack of the same order (then the pack's own
 * files are replaced and anything else, such as the buyer's screenshots, is left alone). Any other
 * non-empty directory is refused: nothing is ever deleted, and another order's pack or unrelated
 * files are never mixed into this one.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  type EvidencePack,
  type ManifestData,
  manifestData,
  PACK_FORMAT,
  packFileStem,
} from "./evidence-pack.ts";
import { renderHtml } from "./render-html.ts";
import { renderPdf } from "./render-pdf.ts";

export const MANIFEST = "manifest.json";

export interface PackFile {
  /** Relative to the pack directory, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest extends ManifestData {
  files: { html: PackFile; pdf: PackFile; raw: PackFile[] };
}

export interface WrittenPack {
  dir: string;
  html: string;
  pdf: string;
  manifest: string;
  raw: string[];
  /** True when an earlier pack of the same order was in the directory and its files were replaced. */
  replaced: boolean;
  /** Files the earlier pack listed that this one does not (left in place, never deleted). */
  kept: string[];
}

/** A directory the pack must not be written to; the message says why and what to do. */
export class PackDirectoryError extends Error {
  override name = "PackDirectoryError";
}

function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function code(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** The earlier manifest in the directory, when it is one of ours; null otherwise. */
async function earlierManifest(dir: string): Promise<Manifest | null> {
  try {
    const value = JSON.parse(await readFile(join(dir, MANIFEST), "utf8")) as Partial<Manifest>;
    return value.format === PACK_FORMAT && value.order && value.files ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

function sameOrder(earlier: Manifest, pack: EvidencePack): boolean {
  return (
    earlier.order.id === pack.order.id &&
    earlier.order.marketplace === pack.order.marketplace &&
    earlier.order.orderNumber === pack.order.orderNumber
  );
}

/** Checks the directory (creating it when missing); returns the earlier pack it holds, if any. */
async function prepareDirectory(dir: string, pack: EvidencePack): Promise<Manifest | null> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (error) {
    if (code(error) !== "ENOENT") throw error;
    await mkdir(dir, { recursive: true });
    return null;
  }
  if (!info.isDirectory())
    throw new PackDirectoryError(`${dir} is a file, not a directory; give --out a directory.`);
  if ((await readdir(dir)).length === 0) return null;
  const earlier = await earlierManifest(dir);
  const name = pack.order.orderNumber ?? `#${pack.order.id}`;
  if (!earlier)
    throw new PackDirectoryError(
      `${dir} is not empty and holds no evidence pack; nothing was written. Give --out a new or empty directory.`,
    );
  if (!sameOrder(earlier, pack))
    throw new PackDirectoryError(
      `${dir} holds the evidence pack of another order (${earlier.order.orderNumber ?? `#${earlier.order.id}`}), not of ${name}; nothing was written. Give --out a new or empty directory.`,
    );
  return earlier;
}

/** Written beside and renamed: an interrupted run never leaves half a file under the real name. */
async function writeAtomically(dir: string, path: string, data: string | Uint8Array): Promise<PackFile> {
  const target = join(dir, path);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return { path, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

export async function writePack(
  out: string,
  pack: EvidencePack,
  bodies: ReadonlyMap<number, Uint8Array | null>,
): Promise<WrittenPack> {
  const dir = resolve(out);
  const earlier = await prepareDirectory(dir, pack);
  // Rendered before anything is written: a rendering failure leaves the directory as it was.
  const html = renderHtml(pack);
  const pdf = await renderPdf(pack);

  const raw: PackFile[] = [];
  for (const fetch of pack.fetches) {
    const body = bodies.get(fetch.id);
    if (!fetch.rawFile || !body) continue;
    raw.push(await writeAtomically(dir, fetch.rawFile, body));
  }
  const stem = packFileStem(pack.order);
  const htmlFile = await writeAtomically(dir, `${stem}.html`, html);
  const pdfFile = await writeAtomically(dir, `${stem}.pdf`, pdf);
  const manifest: Manifest = { ...manifestData(pack), files: { html: htmlFile, pdf: pdfFile, raw } };
  await writeAtomically(dir, MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);

  const written = new Set([htmlFile.path, pdfFile.path, ...raw.map((file) => file.path)]);
  const before = earlier ? [earlier.files.html, earlier.files.pdf, ...(earlier.files.raw ?? [])] : [];
  return {
    dir,
    html: join(dir, htmlFile.path),
    pdf: join(dir, pdfFile.path),
    manifest: join(dir, MANIFEST),
    raw: raw.map((file) => join(dir, file.path)),
    replaced: earlier !== null,
    kept: before.filter((file) => file && !written.has(file.path)).map((file) => join(dir, file.path)),
  };
}
