/**
 * How long each stage took on earlier delivered parcels of one route and method: the medians and
 * 90th percentiles that refine a profile (see expectations.ts). Pure: the store hands in when each
 * parcel entered each stage.
 */
import { PROFILED_STAGES } from "../order/shipping-methods.ts";
import type { Stage } from "../status/statuses.ts";
import type { LearnedDurations } from "./types.ts";

export type { LearnedDurations };

export interface DeliveredParcel {
  /** When the parcel first reached each stage, ms since the epoch. */
  stageStart: Partial<Record<Stage, number>>;
  deliveredAt: number;
}

const DAY = 86_400_000;

/** Linear-interpolated percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? 0;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (position - low);
}

const days = (ms: number) => Math.round((ms / DAY) * 10) / 10;

export function learnDurations(parcels: readonly DeliveredParcel[]): LearnedDurations | null {
  const perStage = new Map<Stage, number[]>();
  const totals: number[] = [];
  for (const parcel of parcels) {
    const order: [Stage, number][] = [];
    for (const stage of [...PROFILED_STAGES, "done"] as const) {
      const start = stage === "done" ? parcel.deliveredAt : parcel.stageStart[stage];
      if (start !== undefined) order.push([stage, start]);
    }
    for (let index = 0; index + 1 < order.length; index++) {
      const current = order[index];
      const next = order[index + 1];
      if (!current || !next || current[0] === "done") continue;
      const span = next[1] - current[1];
      if (span < 0) continue;
      const list = perStage.get(current[0]) ?? [];
      list.push(span);
      perStage.set(current[0], list);
    }
    const start = parcel.stageStart.origin ?? parcel.stageStart.pre_transit ?? parcel.stageStart.line_haul;
    if (start !== undefined && parcel.deliveredAt >= start) totals.push(parcel.deliveredAt - start);
  }
  if (totals.length === 0) return null;
  totals.sort((a, b) => a - b);
  const stages: LearnedDurations["stages"] = {};
  for (const [stage, spans] of perStage) {
    spans.sort((a, b) => a - b);
    stages[stage] = { p50: days(percentile(spans, 0.5)), p90: days(percentile(spans, 0.9)) };
  }
  return {
    parcels: totals.length,
    stages,
    total: {
      p10: days(percentile(totals, 0.1)),
      p50: days(percentile(totals, 0.5)),
      p90: days(percentile(totals, 0.9)),
    },
  };
}
