/** `parceltrail methods [--json]`: the shipping methods we know, with their usual total days. */
import type { Command } from "commander";
import { SHIPPING_METHODS } from "../../domain/order/shipping-methods.ts";
import { table } from "../format.ts";

export function registerMethods(program: Command): void {
  program
    .command("methods")
    .description("the shipping methods ParcelTrail knows, with their usual delivery times")
    .option("--json", "one JSON object a line")
    .action((options: { json?: boolean }) => {
      if (options.json) {
        for (const method of SHIPPING_METHODS) process.stdout.write(`${JSON.stringify(method)}\n`);
        return;
      }
      const rows = [["ID", "NAME", "USUAL DAYS", "TRACKING", "ALSO CALLED"]];
      for (const method of SHIPPING_METHODS) {
        rows.push([
          method.id,
          method.name,
          `${method.totalDays[0]}-${method.totalDays[1]}`,
          method.tracking,
          method.aliases.slice(0, 3).join(", "),
        ]);
      }
      process.stdout.write(`${table(rows).join("\n")}\n`);
    });
}
