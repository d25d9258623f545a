/**
 * `parceltrail assess ID [--now ISO] [--lang L] [--json]` and `parceltrail assess --file
 * SCENARIO.json`: is this parcel fine, what to do now, and when to look again.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { assess } from "../../domain/assess/assess.ts";
import { readScenario, scenarioInput } from "../../domain/assess/scenario.ts";
import { assessStoredOrder } from "../../orders/assess-order.ts";
import { findOrder, loadOrderDetails } from "../../orders/order-details.ts";
import { ValidationError } from "../../orders/validation-error.ts";
import { type JudgementOptions, judgementFlags, judgementOf } from "../assess-options.ts";
import { assessmentText } from "../assessment-text.ts";
import { printable, withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

interface AssessOptions extends JudgementOptions {
  file?: string;
  json?: boolean;
}

function readScenarioFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError([`${path} is not valid JSON: ${(error as Error).message}.`]);
  }
}

export function registerAssess(program: Command): void {
  judgementFlags(
    program
      .command("assess")
      .description("judge an order: on track or not, what to do now, the messages, when to check again")
      .argument("[ref]", "order id, tracking number or order number")
      .option("--file <scenario.json>", "judge an order described in a file instead (see README)"),
  )
    .option("--json", "print the assessment as JSON")
    .action(async (ref: string | undefined, options: AssessOptions, command: Command) => {
      if ((ref === undefined) === (options.file === undefined)) {
        throw new UsageError(
          "give either an order (id, tracking number or order number) or --file SCENARIO.json.",
        );
      }
      const judgement = judgementOf(command, options);
      if (options.file !== undefined) {
        const read = readScenario(readScenarioFile(options.file));
        if (!read.ok)
          throw new ValidationError(read.problems.map((problem) => `${options.file}: ${problem}`));
        const scenario = options.now === undefined ? read.scenario : { ...read.scenario, now: judgement.now };
        const assessment = assess(scenarioInput(scenario, judgement.config.settings, judgement.lang), {
          methods: judgement.config.methods,
        });
        process.stdout.write(
          options.json
            ? `${JSON.stringify(assessment, null, 2)}\n`
            : assessmentText(assessment, `Scenario ${printable(scenario.order.number)}`),
        );
        return;
      }
      await withStore(command, async (store) => {
        const order = await findOrder(store.db, ref ?? "");
        const details = await loadOrderDetails(store.db, order, judgement.now);
        const assessment = await assessStoredOrder(store.db, details, {
          now: judgement.now,
          lang: judgement.lang,
          settings: judgement.config.settings,
          methods: judgement.config.methods,
        });
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ orderId: order.id, ...assessment }, null, 2)}\n`);
          return;
        }
        const name = order.order_number ? ` (${order.marketplace} ${printable(order.order_number)})` : "";
        const title = order.title ? ` - ${printable(order.title)}` : "";
        process.stdout.write(assessmentText(assessment, `Order ${order.id}${name}${title}`));
      });
    });
}
