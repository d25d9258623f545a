import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makePack, PASTED, sha } from "./pack.fixture.ts";
import { type Manifest, PackDirectoryError, writePack } from "./write-pack.ts";

describe("writing the pack", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parceltrail-pack-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the page, the PDF, byte-exact raw copies and a manifest whose hashes match", async () => {
    const { pack, bodies } = makePack();
    const out = join(dir, "pack");
    const written = await writePack(out, pack, bodies);
    expect(readdirSync(out).sort()).toEqual([
      "evidence-8190000000000001.html",
      "evidence-8190000000000001.pdf",
      "manifest.json",
      "raw",
    ]);
    expect(readdirSync(join(out, "raw")).sort()).toEqual(["1-manual.txt", "2-cainiao.json"]);
    const manifest = JSON.parse(readFileSync(written.manifest, "utf8")) as Manifest;
    expect(manifest.order.orderNumber).toBe("8190000000000001");
    for (const file of [manifest.files.html, manifest.files.pdf, ...manifest.files.raw])
      expect(sha(readFileSync(join(out, file.path)))).toBe(file.sha256);
    for (const fetch of manifest.fetches)
      if (fetch.rawFile) expect(sha(readFileSync(join(out, fetch.rawFile)))).toBe(fetch.sha256);
    expect(readFileSync(join(out, "raw/1-manual.txt"), "utf8")).toBe(PASTED);
    expect(written).toMatchObject({ replaced: false, kept: [] });
  });

  it("replaces an earlier pack of the same order and leaves the buyer's own files alone", async () => {
    const { pack, bodies } = makePack();
    await writePack(dir, pack, bodies);
    writeFileSync(join(dir, "chat-screenshot.png"), "png");
    const again = await writePack(dir, { ...pack, generatedAt: "2026-11-22T10:00:00.000Z" }, bodies);
    expect(again.replaced).toBe(true);
    expect(readFileSync(join(dir, "chat-screenshot.png"), "utf8")).toBe("png");
    expect(readFileSync(again.manifest, "utf8")).toContain("2026-11-22T10:00:00.000Z");
  });

  it("refuses a directory holding other files or another order's pack, writing nothing", async () => {
    const { pack, bodies } = makePack();
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(writePack(dir, pack, bodies)).rejects.toThrow(PackDirectoryError);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);

    const other = join(dir, "other");
    await mkdir(other);
    await writePack(other, { ...pack, order: { ...pack.order, id: 8, orderNumber: "999" } }, bodies);
    await expect(writePack(other, pack, bodies)).rejects.toThrow(/another order \(999\)/);
    await expect(writePack(join(dir, "notes.txt"), pack, bodies)).rejects.toThrow(/is a file/);
  });
});
