/** `parceltrail edit REF [order options] [--carrier ID|auto]`: change an order, or pin a number's carrier. */
import type { Command } from "commander";
import { editOrder } from "../../orders/edit-order.ts";
import { orderView } from "../../orders/order-row.ts";
import { currentTime, withStore } from "../context.ts";
import { fieldsInput, type OrderOptions, orderOptions } from "../order-options.ts";

export function registerEdit(program: Command): void {
  orderOptions(
    program
      .command("edit")
      .description("change an order's details (an empty value clears one), or pin a number's carrier")
      .argument("<ref>", "order id, tracking number or order number"),
  )
    .option("--carrier <id>", 'with a tracking number: pin its carrier ("auto" detects it again)')
    .option("--json", "print the order as JSON")
    .action(
      async (ref: string, options: OrderOptions & { carrier?: string; json?: boolean }, command: Command) => {
        const result = await withStore(command, (store) =>
          editOrder(store, { ref, fields: fieldsInput(options), carrier: options.carrier }, currentTime()),
        );
        if (options.json)
          process.stdout.write(
            `${JSON.stringify({ order: orderView(result.order), changed: result.changed })}\n`,
          );
        else process.stdout.write(`Order ${result.order.id}: changed ${result.changed.join(", ")}.\n`);
      },
    );
}
