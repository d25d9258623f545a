/**
 * `parceltrail show ID|NUMBER|ORDER_NUMBER [--json]`: the order, its numbers and sources, the
 * buyer's reports, and the merged timeline with the sources of each event.
 */
import type { Command } from "commander";
import type { TimelineEvent } from "../../domain/timeline/build-timeline.ts";
import { findOrder, loadOrderDetails, type OrderDetails } from "../../orders/order-details.ts";
import { orderView } from "../../orders/order-row.ts";
import { currentTime, printable, withStore } from "../context.ts";
import { age, daysLeft } from "../format.ts";

function when(event: TimelineEvent): string {
  const time = event.time;
  if (time.local && time.offset)
    return `${time.local.replace("T", " ").slice(0, 16)} ${time.offset}${time.zoneGuessed ? "?" : ""}`;
  return `${time.instant.replace("T", " ").slice(0, 16)} UTC`;
}

function describe(details: OrderDetails, now: string): string[] {
  const { order, numbers, sources, reports, timeline } = details;
  const lines: string[] = [];
  const title = order.title ? ` - ${printable(order.title)}` : "";
  lines.push(
    `Order ${order.id}${order.order_number ? ` (${order.marketplace} ${printable(order.order_number)})` : ` (${order.marketplace})`}${title}${order.archived ? " [archived]" : ""}`,
  );
  const facts: string[] = [];
  if (order.seller) facts.push(`seller ${printable(order.seller)}`);
  if (order.placed_on) facts.push(`placed ${order.placed_on}`);
  if (order.shipping_method) facts.push(printable(order.shipping_method));
  const dest = [order.dest_postcode, order.dest_city, order.dest_region, order.dest_country]
    .filter(Boolean)
    .join(", ");
  if (dest) facts.push(`to ${printable(dest)}`);
  if (facts.length > 0) lines.push(`  ${facts.join("; ")}`);
  if (order.protection_ends_on) {
    const left = daysLeft(order.protection_ends_on, now) ?? 0;
    const estimated = order.protection_estimated ? " (estimated)" : "";
    lines.push(
      `  Buyer Protection ends ${order.protection_ends_on}${estimated}: ${left < 0 ? `ended ${-left} d ago` : `${left} d left`}`,
    );
  }
  const overall = timeline.overall;
  lines.push(
    overall
      ? `  Now: ${overall.status}${overall.stage ? ` (${overall.stage})` : ""}, last event ${age(order.last_event_at, now)} ago`
      : "  Now: no events yet",
  );
  if (order.notes) lines.push(`  Notes: ${printable(order.notes)}`);
  lines.push("", "Numbers:");
  for (const number of numbers) {
    const from = number.handed_off_from
      ? ` handed off from ${numbers.find((other) => other.id === number.handed_off_from)?.number ?? number.handed_off_from}`
      : "";
    const own = sources.filter((source) => source.tracking_number_id === number.id);
    const read = own.map(
      (source) =>
        `${source.connector} ${source.state}${source.last_error ? ` (${printable(source.last_error)})` : ""}`,
    );
    lines.push(
      `  ${number.number}  ${number.carrier ?? "carrier unknown"}${number.carrier_pinned ? " (pinned)" : ""}  ${number.role}${from}  ${number.event_count} events${read.length ? `  sources: ${read.join(", ")}` : ""}${number.archived ? " [archived]" : ""}`,
    );
  }
  if (reports.length > 0) {
    lines.push("", "Your reports:");
    for (const report of reports)
      lines.push(
        `  ${report.at.slice(0, 10)}  ${report.kind}${report.note ? `: ${printable(report.note)}` : ""}`,
      );
  }
  lines.push("", "Timeline:");
  if (timeline.events.length === 0)
    lines.push("  (no events yet: paste a history with parceltrail paste NUMBER < history.txt)");
  for (const event of timeline.events) {
    const place = event.location ? `  @ ${printable(event.location)}` : "";
    lines.push(
      `  ${when(event).padEnd(24)} ${event.status.padEnd(22)} ${printable(event.text).slice(0, 90)}${place}  [${event.sources.join("+")}]`,
    );
  }
  for (const problem of timeline.problems)
    lines.push(`  ! ${problem.number} ${problem.source} event ${problem.index + 1}: ${problem.error}`);
  return lines;
}

export function registerShow(program: Command): void {
  program
    .command("show")
    .description("an order with its numbers, sources, reports and merged timeline")
    .argument("<ref>", "order id, tracking number or order number")
    .option("--json", "print everything as one JSON object")
    .action(async (ref: string, options: { json?: boolean }, command: Command) => {
      const now = currentTime();
      await withStore(command, async (store) => {
        const details = await loadOrderDetails(store.db, await findOrder(store.db, ref), now);
        if (options.json) {
          const numberOf = new Map(details.numbers.map((number) => [number.id, number.number]));
          process.stdout.write(
            `${JSON.stringify({
              order: {
                ...orderView(details.order),
                protectionDaysLeft: daysLeft(details.order.protection_ends_on, now),
              },
              numbers: details.numbers.map((number) => ({
                number: number.number,
                carrier: number.carrier,
                carrierPinned: number.carrier_pinned === 1,
                role: number.role,
                handedOffFrom:
                  number.handed_off_from === null ? null : (numberOf.get(number.handed_off_from) ?? null),
                archived: number.archived === 1,
                status: number.status,
                stage: number.stage,
                lastEventAt: number.last_event_at,
                events: number.event_count,
                sources: details.sources
                  .filter((source) => source.tracking_number_id === number.id)
                  .map((source) => ({
                    connector: source.connector,
                    state: source.state,
                    lastFetchAt: source.last_fetch_at,
                    lastSuccessAt: source.last_success_at,
                    lastError: source.last_error,
                  })),
              })),
              reports: details.reports.map((report) => ({
                kind: report.kind,
                at: report.at,
                note: report.note,
              })),
              fetches: details.fetches.map((fetch) => ({
                id: fetch.id,
                number: numberOf.get(fetch.tracking_number_id) ?? null,
                connector: fetch.connector,
                startedAt: fetch.started_at,
                durationMs: fetch.duration_ms,
                outcome: fetch.outcome,
                httpStatus: fetch.http_status,
                bodyBytes: fetch.body_bytes,
                bodySha256: fetch.body_sha256,
              })),
              timeline: details.timeline,
            })}\n`,
          );
          return;
        }
        process.stdout.write(`${describe(details, now).join("\n")}\n`);
      });
    });
}
