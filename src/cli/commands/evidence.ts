/**
 * `parceltrail evidence REF --out DIR [--lang L] [--now ISO] [--json]`: the evidence pack of an
 * order for a dispute: an HTML page, the same as a PDF, byte-exact copies of every raw response
 * and a manifest with the SHA-256 of each file.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { catalogFor } from "../../domain/messages/index.ts";
import { buildEvidencePack } from "../../evidence/evidence-pack.ts";
import { writePack } from "../../evidence/write-pack.ts";
import { assessStoredOrder } from "../../orders/assess-order.ts";
import { findOrder, loadOrderDetails } from "../../orders/order-details.ts";
import { fetchBody } from "../../store/fetches.ts";
import { type JudgementOptions, judgementFlags, judgementOf } from "../assess-options.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

interface EvidenceOptions extends JudgementOptions {
  out?: string;
  json?: boolean;
}

function packageVersion(): string {
  // Three levels up from both src/cli/commands/evidence.ts and the built dist/cli/commands/evidence.js.
  const raw = readFileSync(new URL("../../../package.json", import.meta.url), "utf8");
  return (JSON.parse(raw) as { version: string }).version;
}

export function registerEvidence(program: Command): void {
  judgementFlags(
    program
      .command("evidence")
      .description("write an order's evidence pack for a dispute: HTML page, PDF, raw responses, manifest")
      .argument("<ref>", "order id, tracking number or order number")
      .option("--out <dir>", "directory to write the pack to (new, empty, or an earlier pack of this order)"),
  )
    .option("--json", "print what was written as JSON")
    .action(async (ref: string, options: EvidenceOptions, command: Command) => {
      if (!options.out) throw new UsageError("give the directory to write the pack to: --out DIR.");
      const out = options.out;
      const judgement = judgementOf(command, options);
      // Everything is read in one go, then the store is closed before the files are rendered.
      const { pack, bodies } = await withStore(command, async (store) => {
        const order = await findOrder(store.db, ref);
        const details = await loadOrderDetails(store.db, order, judgement.now);
        const assessment = await assessStoredOrder(store.db, details, {
          now: judgement.now,
          lang: judgement.lang,
          settings: judgement.config.settings,
          methods: judgement.config.methods,
        });
        const bodies = new Map<number, Uint8Array | null>();
        for (const fetch of details.fetches)
          if (!bodies.has(fetch.id)) bodies.set(fetch.id, await fetchBody(store.db, fetch.id));
        const pack = buildEvidencePack({
          details,
          assessment,
          catalog: catalogFor(judgement.lang),
          bodies,
          // The real time of writing (PARCELTRAIL_NOW pins it); --now only moves the judgement.
          generatedAt: currentTime(),
          asOf: judgement.now,
          version: packageVersion(),
        });
        return { pack, bodies };
      });
      const written = await writePack(out, pack, bodies);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ orderId: pack.order.id, ...written })}\n`);
        return;
      }
      const name = pack.order.orderNumber ? ` (${printable(pack.order.orderNumber)})` : "";
      const lines = [
        `${written.replaced ? "Replaced the evidence pack" : "Wrote the evidence pack"} of order ${pack.order.id}${name} in ${written.dir}:`,
        `  ${written.html}`,
        `  ${written.pdf}`,
        `  ${written.manifest}`,
        ...written.raw.map((file) => `  ${file}`),
      ];
      const missing = pack.checklist.filter((entry) => !entry.held);
      if (missing.length > 0) {
        const label = pack.words.toAdd;
        lines.push(
          `${label.charAt(0).toLocaleUpperCase(pack.lang)}${label.slice(1)}:`,
          ...missing.map((entry) => `  - ${entry.text}`),
        );
      }
      if (written.kept.length > 0)
        lines.push(
          "Left in place from the earlier pack (not part of this one):",
          ...written.kept.map((f) => `  ${f}`),
        );
      const mismatched = pack.fetches.filter((fetch) => fetch.sha256Verified === false);
      for (const fetch of mismatched)
        lines.push(`Warning: read #${fetch.id} (${fetch.connector}) no longer matches its SHA-256.`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
