/**
 * `parceltrail add NUMBER... [--order NO] [order options] [--carrier ID]`: tracks numbers. With an
 * order number that is already stored, the numbers join that order.
 */
import type { Command } from "commander";
import { addNumbers } from "../../orders/add-numbers.ts";
import { orderView } from "../../orders/order-row.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { fieldsInput, type OrderOptions, orderOptions } from "../order-options.ts";

interface AddOptions extends OrderOptions {
  carrier?: string;
  json?: boolean;
}

export function registerAdd(program: Command): void {
  orderOptions(
    program
      .command("add")
      .description("track one or more numbers, in a new order or in the order given with --order")
      .argument("<numbers...>", "tracking numbers"),
  )
    .option("--carrier <id>", "the carrier, when detection gets it wrong (pins it)")
    .option("--json", "print the order and the added numbers as JSON")
    .action(async (numbers: string[], options: AddOptions, command: Command) => {
      const result = await withStore(command, (store) =>
        addNumbers(store, { numbers, carrier: options.carrier, order: fieldsInput(options) }, currentTime()),
      );
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ order: orderView(result.order), createdOrder: result.createdOrder, added: result.added })}\n`,
        );
        return;
      }
      const order = result.order;
      const name = order.order_number ? `order ${order.order_number}` : `order #${order.id}`;
      process.stdout.write(
        `${result.createdOrder ? "Created" : "Added to"} ${name} (id ${order.id}${order.title ? `, ${printable(order.title)}` : ""}).\n`,
      );
      for (const number of result.added) {
        const carrier = number.carrier
          ? `${number.carrier}${number.pinned ? " (pinned)" : ""}`
          : "carrier unknown";
        process.stdout.write(`  ${number.number}  ${carrier}\n`);
        if (number.note) process.stdout.write(`    note: ${number.note}\n`);
      }
      const details = Object.entries(fieldsInput(options)).filter(
        ([key, value]) => value !== undefined && key !== "orderNumber" && key !== "marketplace",
      );
      if (!result.createdOrder && details.length > 0) {
        process.stdout.write(
          `  The order's details were not changed; change them with: parceltrail edit ${order.id}\n`,
        );
      }
      if (result.createdOrder && order.protection_ends_on) {
        process.stdout.write(
          `  Buyer Protection ends ${order.protection_ends_on}${order.protection_estimated ? " (estimated; give the real date with parceltrail edit --protection-until)" : ""}.\n`,
        );
      }
    });
}
