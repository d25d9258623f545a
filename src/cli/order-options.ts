/** The order options `add` and `edit` share, and how they become OrderFieldsInput. */
import type { Command } from "commander";
import type { OrderFieldsInput } from "../domain/order/order-fields.ts";

export interface OrderOptions {
  order?: string;
  marketplace?: string;
  title?: string;
  items?: string;
  seller?: string;
  placed?: string;
  method?: string;
  protectionUntil?: string;
  protectionDays?: string;
  dest?: string;
  labels?: string;
  notes?: string;
}

export function orderOptions(command: Command): Command {
  return command
    .option("--order <number>", "the marketplace's order number")
    .option("--marketplace <id>", "aliexpress (default), temu, shein, joom, banggood, ebay, amazon, other")
    .option("--title <text>", "what was ordered, in a few words")
    .option("--items <list>", "item names, separated by ;")
    .option("--seller <name>", "the seller or store")
    .option("--placed <date>", "the day the order was placed (YYYY-MM-DD)")
    .option(
      "--method <name>",
      'the shipping method ("AliExpress Standard Shipping"; parceltrail methods lists them)',
    )
    .option("--protection-until <date>", "the day Buyer Protection ends (YYYY-MM-DD)")
    .option("--protection-days <n>", "Buyer Protection lasts N days from the placed date")
    .option("--dest <place>", 'where it is going: "City, CC" (for example "Madrid, ES")')
    .option("--labels <list>", "your labels, separated by commas")
    .option("--notes <text>", "your notes");
}

export function fieldsInput(options: OrderOptions): OrderFieldsInput {
  return {
    marketplace: options.marketplace,
    orderNumber: options.order,
    title: options.title,
    items: options.items,
    seller: options.seller,
    placed: options.placed,
    method: options.method,
    protectionUntil: options.protectionUntil,
    protectionDays: options.protectionDays,
    destination: options.dest,
    labels: options.labels,
    notes: options.notes,
  };
}
