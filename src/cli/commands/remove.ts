/**
 * `parceltrail remove REF [--yes]`: deletes an order with its numbers, events, reads and reports.
 * It asks first on a terminal; scripts pass --yes. Archive keeps the evidence; remove does not.
 */
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { findOrder } from "../../orders/order-details.ts";
import { numbersOfOrder } from "../../store/numbers.ts";
import { deleteOrder } from "../../store/orders.ts";
import { printable, withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

export function registerRemove(program: Command): void {
  program
    .command("remove")
    .description("delete an order and everything stored for it (asks first; --yes for scripts)")
    .argument("<ref>", "order id, tracking number or order number")
    .option("-y, --yes", "do not ask")
    .option("--json", "print what was removed as JSON")
    .action(async (ref: string, options: { yes?: boolean; json?: boolean }, command: Command) => {
      await withStore(command, async (store) => {
        const order = await findOrder(store.db, ref);
        const numbers = await numbersOfOrder(store.db, order.id);
        const what = `order ${order.id}${order.order_number ? ` (${printable(order.order_number)})` : ""} with ${numbers.length} number${numbers.length === 1 ? "" : "s"} and their history`;
        if (!options.yes) {
          if (!process.stdin.isTTY) throw new UsageError(`removing ${what} needs confirmation: add --yes.`);
          if (!(await confirm(`Remove ${what}? This cannot be undone (archive keeps it). [y/N] `))) {
            process.stderr.write("Nothing removed.\n");
            process.exitCode = 1;
            return;
          }
        }
        await store.write((tx) => deleteOrder(tx, order.id));
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ removed: order.id, numbers: numbers.map((number) => number.number) })}\n`,
          );
        } else process.stdout.write(`Removed ${what}.\n`);
      });
    });
}
