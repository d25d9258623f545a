/**
 * `parceltrail report REF KIND [--at DATE] [--note TEXT]`: what the buyer knows that no carrier
 * says: not received, the seller replied, a dispute opened, receipt confirmed.
 */
import type { Command } from "commander";
import { readDate, readText } from "../../domain/order/fields.ts";
import { findOrder } from "../../orders/order-details.ts";
import { ValidationError } from "../../orders/validation-error.ts";
import { insertReport } from "../../store/reports.ts";
import { REPORT_KINDS, type ReportKind } from "../../store/schema.ts";
import { currentTime, withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      "record what happened on your side: not-received, seller-replied, dispute-opened, received (receipt confirmed)",
    )
    .argument("<ref>", "order id, tracking number or order number")
    .argument("<kind>", `${REPORT_KINDS.map((kind) => kind.replace("_", "-")).join(" | ")} | received`)
    .option("--at <date>", "when it happened (YYYY-MM-DD; default now)")
    .option("--note <text>", "a short note (what the seller said, the dispute number)")
    .option("--json", "print the stored report as JSON")
    .action(
      async (
        ref: string,
        kindText: string,
        options: { at?: string; note?: string; json?: boolean },
        command: Command,
      ) => {
        const spelled = kindText.trim().toLowerCase().replace(/-/g, "_");
        // "received" is how the issue and most buyers say it; the stored kind is receipt_confirmed.
        const kind = (spelled === "received" ? "receipt_confirmed" : spelled) as ReportKind;
        if (!REPORT_KINDS.includes(kind)) {
          throw new UsageError(
            `unknown report "${kindText}"; use one of ${REPORT_KINDS.map((k) => k.replace("_", "-")).join(", ")}.`,
          );
        }
        const now = currentTime();
        const at =
          options.at === undefined ? { ok: true as const, value: now } : readDate("--at", options.at);
        const note = readText("the note", options.note ?? "", 2_000);
        const problems = [at, note].flatMap((read) => (read.ok ? [] : [read.error]));
        if (problems.length > 0) throw new ValidationError(problems);
        const stored = await withStore(command, (store) =>
          store.write(async (tx) => {
            const order = await findOrder(tx, ref);
            return insertReport(
              tx,
              {
                orderId: order.id,
                kind,
                // Stored as an instant like every other time: a date given alone is its start (UTC).
                at:
                  at.ok && at.value ? (at.value.length === 10 ? `${at.value}T00:00:00.000Z` : at.value) : now,
                note: note.ok ? note.value : null,
              },
              now,
            );
          }),
        );
        if (options.json) process.stdout.write(`${JSON.stringify(stored)}\n`);
        else
          process.stdout.write(
            `Recorded ${kind.replace("_", " ")} for order ${stored.order_id} on ${stored.at.slice(0, 10)}.\n`,
          );
      },
    );
}
