/**
 * `parceltrail message ID [--kind K] [--lang L]`: a ready message filled with the order's facts,
 * to paste into the seller chat (or, for carrier-delivery-query, to the local carrier). Without
 * --kind, the first message the order's current situation calls for.
 */
import type { Command } from "commander";
import { assess } from "../../domain/assess/assess.ts";
import { MESSAGE_KINDS, type MessageKind } from "../../domain/assess/types.ts";
import { catalogFor } from "../../domain/messages/index.ts";
import { toolsFor } from "../../domain/messages/tools.ts";
import { assessInputOf } from "../../orders/assess-order.ts";
import { findOrder, loadOrderDetails } from "../../orders/order-details.ts";
import { type JudgementOptions, judgementFlags, judgementOf } from "../assess-options.ts";
import { withStore } from "../context.ts";
import { UsageError } from "../usage-error.ts";

interface MessageOptions extends JudgementOptions {
  kind?: string;
  json?: boolean;
}

export function registerMessage(program: Command): void {
  judgementFlags(
    program
      .command("message")
      .description("print a ready message to the seller (or the local carrier) for an order")
      .argument("<ref>", "order id, tracking number or order number")
      .option("--kind <kind>", `which message: ${MESSAGE_KINDS.join(", ")}`),
  )
    .option("--json", "print { kind, text } as JSON")
    .action(async (ref: string, options: MessageOptions, command: Command) => {
      const wanted = options.kind?.trim().toLowerCase();
      if (wanted !== undefined && !(MESSAGE_KINDS as readonly string[]).includes(wanted)) {
        throw new UsageError(
          `unknown message kind "${options.kind}"; use one of ${MESSAGE_KINDS.join(", ")}.`,
        );
      }
      const judgement = judgementOf(command, options);
      await withStore(command, async (store) => {
        const order = await findOrder(store.db, ref);
        const details = await loadOrderDetails(store.db, order, judgement.now);
        // Learned durations change thresholds, not the facts a message quotes.
        const assessment = assess(
          assessInputOf(
            details,
            { now: judgement.now, lang: judgement.lang, settings: judgement.config.settings },
            null,
          ),
          { methods: judgement.config.methods },
        );
        let kind = wanted as MessageKind | undefined;
        if (kind === undefined) {
          kind = assessment.playbook.messages[0]?.kind;
          if (kind === undefined) {
            const catalog = catalogFor(judgement.lang);
            throw new UsageError(
              `order ${order.id} needs no message now (${catalog.verdicts[assessment.verdict]}: ${catalog.playbookTitles[assessment.playbook.id]}); choose one with --kind ${MESSAGE_KINDS.join("|")}.`,
            );
          }
        }
        const text = catalogFor(judgement.lang).messages[kind](assessment.facts, toolsFor(judgement.lang));
        process.stdout.write(
          options.json ? `${JSON.stringify({ kind, lang: judgement.lang, text })}\n` : `${text}\n`,
        );
      });
    });
}
