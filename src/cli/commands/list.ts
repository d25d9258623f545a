/**
 * `parceltrail list [--status S] [--stage S] [--carrier ID] [--archived] [--json]`: one line per
 * order, most recent activity first. `--needs-attention` lists the orders to watch or act on,
 * most urgent first, with their verdict and what to do.
 */
import type { Command } from "commander";
import { catalogFor } from "../../domain/messages/index.ts";
import { STAGES, STATUSES } from "../../domain/status/statuses.ts";
import { ordersNeedingAttention } from "../../orders/needs-attention.ts";
import { orderView } from "../../orders/order-row.ts";
import { carrierProblem } from "../../orders/tracking-input.ts";
import { numbersOfOrders } from "../../store/numbers.ts";
import { countOrders, listOrders, type OrderFilter } from "../../store/orders.ts";
import { type JudgementOptions, judgementOf } from "../assess-options.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { age, daysLeft, table } from "../format.ts";
import { UsageError } from "../usage-error.ts";

interface ListOptions extends JudgementOptions {
  needsAttention?: boolean;
  status?: string;
  stage?: string;
  carrier?: string;
  archived?: boolean;
  limit?: string;
  json?: boolean;
}

function readFilter(options: ListOptions): OrderFilter {
  if (options.status && !(STATUSES as readonly string[]).includes(options.status)) {
    throw new UsageError(`unknown status "${options.status}"; use one of ${STATUSES.join(", ")}.`);
  }
  if (options.stage && !(STAGES as readonly string[]).includes(options.stage)) {
    throw new UsageError(`unknown stage "${options.stage}"; use one of ${STAGES.join(", ")}.`);
  }
  if (options.carrier) {
    const problem = carrierProblem(options.carrier);
    if (problem) throw new UsageError(problem);
  }
  const limit = options.limit === undefined ? 200 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError("--limit must be a whole number of 1 or more.");
  return {
    status: options.status,
    stage: options.stage,
    carrier: options.carrier,
    archived: options.archived === true,
    limit,
  };
}

export function registerList(program: Command): void {
  program
    .command("list")
    .description("one line per order: stage, last event, Buyer Protection days left")
    .option("--status <status>", "only orders whose current status is this")
    .option("--stage <stage>", "only orders in this stage")
    .option("--carrier <id>", "only orders with a number of this carrier")
    .option("--archived", "list the archived orders instead")
    .option("--limit <n>", "at most this many orders (default 200)")
    .option("--needs-attention", "only orders to watch or act on, most urgent first, with what to do")
    .option("--lang <lang>", "language of the verdicts with --needs-attention")
    .option("--json", "one JSON object a line")
    .action(async (options: ListOptions, command: Command) => {
      const filter = readFilter(options);
      if (options.needsAttention) {
        if (options.archived)
          throw new UsageError("--needs-attention looks at active orders; drop --archived.");
        await listNeedingAttention(command, options, filter);
        return;
      }
      const now = currentTime();
      await withStore(command, async (store) => {
        const orders = await listOrders(store.db, filter);
        const numbers = await numbersOfOrders(
          store.db,
          orders.map((order) => order.id),
        );
        if (options.json) {
          for (const order of orders) {
            const view = orderView(order);
            const own = numbers.filter((number) => number.order_id === order.id);
            process.stdout.write(
              `${JSON.stringify({
                ...view,
                protectionDaysLeft: daysLeft(order.protection_ends_on, now),
                numbers: own.map((number) => ({
                  number: number.number,
                  carrier: number.carrier,
                  status: number.status,
                })),
              })}\n`,
            );
          }
          return;
        }
        if (orders.length === 0) {
          process.stdout.write(
            filter.status || filter.stage || filter.carrier || filter.archived
              ? "No orders match.\n"
              : "No orders yet. Add one with: parceltrail add NUMBER --order ORDER_NUMBER\n",
          );
          return;
        }
        const rows = [["ID", "ORDER", "STAGE", "STATUS", "LAST EVENT", "PROTECTION", "NUMBERS", "TITLE"]];
        for (const order of orders) {
          const own = numbers.filter((number) => number.order_id === order.id);
          const left = daysLeft(order.protection_ends_on, now);
          rows.push([
            String(order.id),
            printable(order.order_number) || "-",
            order.stage ?? "-",
            order.status ?? "no events",
            age(order.last_event_at, now) || "-",
            left === null ? "-" : left < 0 ? "ended" : `${left} d${order.protection_estimated ? "?" : ""}`,
            own.map((number) => number.number).join(" ") || "-",
            printable(order.title).slice(0, 40),
          ]);
        }
        process.stdout.write(`${table(rows).join("\n")}\n`);
        // Counting every match costs a scan: only when the list was cut short.
        const total = orders.length === filter.limit ? await countOrders(store.db, filter) : orders.length;
        if (total > orders.length) {
          process.stdout.write(`(${orders.length} of ${total} shown; use --limit or a filter for more)\n`);
        }
      });
    });
}

async function listNeedingAttention(
  command: Command,
  options: ListOptions,
  filter: OrderFilter,
): Promise<void> {
  const judgement = judgementOf(command, { lang: options.lang });
  const catalog = catalogFor(judgement.lang);
  await withStore(command, async (store) => {
    const found = await ordersNeedingAttention(
      store.db,
      { status: filter.status, stage: filter.stage, carrier: filter.carrier },
      {
        now: judgement.now,
        lang: judgement.lang,
        settings: judgement.config.settings,
        methods: judgement.config.methods,
      },
    );
    const shown = found.slice(0, filter.limit);
    if (options.json) {
      for (const { order, assessment } of shown) {
        process.stdout.write(
          `${JSON.stringify({
            ...orderView(order),
            verdict: assessment.verdict,
            playbook: assessment.playbook.id,
            reasons: assessment.reasons,
            protection: assessment.protection,
            nextCheckAt: assessment.nextCheckAt,
          })}\n`,
        );
      }
      return;
    }
    if (shown.length === 0) {
      process.stdout.write("Nothing needs your attention: every parcel is on track or waiting normally.\n");
      return;
    }
    const rows = [["ID", "ORDER", "VERDICT", "SITUATION", "PROTECTION", "WHY"]];
    for (const { order, assessment } of shown) {
      const left = assessment.protection?.daysLeft;
      rows.push([
        String(order.id),
        printable(order.order_number) || "-",
        catalog.verdicts[assessment.verdict],
        catalog.playbookTitles[assessment.playbook.id],
        left === undefined
          ? "-"
          : left < 0
            ? "ended"
            : `${left} d${assessment.protection?.estimated ? "?" : ""}`,
        printable(assessment.reasons[0]?.text ?? "").slice(0, 90),
      ]);
    }
    process.stdout.write(`${table(rows).join("\n")}\n`);
    if (found.length > shown.length) {
      process.stdout.write(`(${shown.length} of ${found.length} shown; use --limit for more)\n`);
    }
    process.stdout.write("See one with: parceltrail assess ID\n");
  });
}
