/**
 * A CSV file (src/import/README.md) read into a plan: each row checked by the order readers, the
 * tracking-number reader and the carrier list; rows with the same marketplace and order number
 * are one order. Every problem starts with its line ("line 7: ...").
 */
import { readOrderFields } from "../../domain/order/order-fields.ts";
import { parseOrdersCsv } from "../../import/orders-csv.ts";
import { carrierProblem, readTrackingNumber } from "../tracking-input.ts";
import {
  type FilePlan,
  type ImportProgress,
  NumberRegistry,
  newOrderRow,
  orderKey,
  type PlannedOrder,
  type Problem,
} from "./plan.ts";

export function planCsv(text: string, now: string, progress: ImportProgress): FilePlan {
  const today = now.slice(0, 10);
  const parsed = parseOrdersCsv(text);
  const problems: Problem[] = parsed.problems.map((problem) => ({
    at: problem.line,
    text: `line ${problem.line}: ${problem.reason}`,
  }));
  progress.setTotal(parsed.rows.length * 2);
  const orders: PlannedOrder[] = [];
  const byKey = new Map<string, PlannedOrder>();
  const registry = new NumberRegistry();

  parsed.rows.forEach((row, index) => {
    progress.report(index + 1);
    const where = `line ${row.line}`;
    const say = (reason: string) => {
      problems.push({ at: row.line, text: `${where}: ${reason}` });
    };
    const rowProblems: string[] = [];
    const carrier = row.carrier?.toLowerCase();
    const carrierError = carrier ? carrierProblem(carrier) : null;
    if (carrierError) rowProblems.push(carrierError);
    const reads = row.numbers.map((raw) => readTrackingNumber(raw, carrierError ? null : carrier));
    for (const read of reads) if (!read.ok) rowProblems.push(read.error);
    const fields = readOrderFields(row.input, today);
    if (!fields.ok) rowProblems.push(...fields.errors);
    if (rowProblems.length > 0 || !fields.ok) {
      for (const reason of rowProblems) say(reason);
      return;
    }
    const value = fields.value;
    const key = value.orderNumber ? orderKey(value.marketplace, value.orderNumber) : null;
    let order = key ? byKey.get(key) : undefined;
    if (order) {
      order.units++;
    } else {
      order = {
        where,
        at: row.line,
        units: 1,
        key,
        row: newOrderRow(value, { archived: row.archived ?? false, createdAt: now, updatedAt: now }),
        matchByCreation: false,
        numbers: [],
        reports: [],
      };
      orders.push(order);
      if (key) byKey.set(key, order);
    }
    for (const read of reads) {
      if (!read.ok) continue;
      const problem = registry.add(order, {
        where,
        at: row.line,
        number: read.value.number,
        carrier: read.value.carrier,
        pinned: read.value.pinned,
        role: "first_leg",
        handedOffFrom: null,
        archived: false,
        createdAt: now,
        events: [],
      });
      if (problem) say(problem);
    }
  });
  return { orders, problems, units: parsed.rows.length };
}
