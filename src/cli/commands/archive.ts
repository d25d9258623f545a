/**
 * `parceltrail archive REF...` and `unarchive REF...`: archived orders leave the list (and, later,
 * syncing) but keep everything; `list --archived` shows them.
 */
import type { Command } from "commander";
import { findOrder } from "../../orders/order-details.ts";
import { updateOrder } from "../../store/orders.ts";
import { currentTime, withStore } from "../context.ts";

function register(program: Command, name: "archive" | "unarchive"): void {
  const archived = name === "archive";
  program
    .command(name)
    .description(
      archived ? "move orders out of the list, keeping everything" : "bring archived orders back to the list",
    )
    .argument("<refs...>", "order ids, tracking numbers or order numbers")
    .option("--json", "print the ids changed as JSON")
    .action(async (refs: string[], options: { json?: boolean }, command: Command) => {
      const now = currentTime();
      const ids = await withStore(command, (store) =>
        store.write(async (tx) => {
          const changed: number[] = [];
          for (const ref of refs) {
            const order = await findOrder(tx, ref);
            if ((order.archived === 1) !== archived) {
              await updateOrder(tx, order.id, { archived: archived ? 1 : 0 }, now);
              changed.push(order.id);
            }
          }
          return changed;
        }),
      );
      if (options.json)
        process.stdout.write(`${JSON.stringify({ [archived ? "archived" : "unarchived"]: ids })}\n`);
      else if (ids.length === 0)
        process.stdout.write(`Nothing to do: already ${archived ? "archived" : "in the list"}.\n`);
      else
        process.stdout.write(
          `${archived ? "Archived" : "Unarchived"} order${ids.length > 1 ? "s" : ""} ${ids.join(", ")}.\n`,
        );
    });
}

export function registerArchive(program: Command): void {
  register(program, "archive");
  register(program, "unarchive");
}
