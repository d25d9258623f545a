/**
 * Buyer Protection: the end date the buyer gave, or an estimate from the marketplace's usual
 * period counted from the order date (marked as an estimate), and the whole days left.
 */
import { findMarketplace, protectionDays } from "../order/marketplaces.ts";
import type { OrderFacts } from "./types.ts";

export interface Protection {
  /** The last moment of the last day, UTC. */
  endsAt: string;
  endsOn: string;
  /** Whole days left; 0 on the last day, negative once it has ended. */
  daysLeft: number;
  estimated: boolean;
}

const DAY = 86_400_000;

/** The calendar day (UTC) `count` days after `start` (YYYY-MM-DD or ISO time); null when unreadable. */
function addDays(start: string, count: number): string | null {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(start) ? `${start}T00:00:00Z` : start);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + count * DAY).toISOString().slice(0, 10);
}

export function protectionOf(order: OrderFacts, nowMs: number): Protection | null {
  let endsOn = order.protectionEndsOn?.slice(0, 10) ?? null;
  let estimated = order.protectionEstimated;
  if (!endsOn) {
    const marketplace = findMarketplace(order.marketplace);
    const period = marketplace ? protectionDays(marketplace, order.destination.country) : null;
    const start = order.placedAt ?? order.shippedAt;
    if (period === null || !start) return null;
    endsOn = addDays(start, period);
    if (!endsOn) return null;
    estimated = true;
  }
  const endsAtMs = Date.parse(`${endsOn}T23:59:59.999Z`);
  if (Number.isNaN(endsAtMs)) return null;
  return {
    endsAt: new Date(endsAtMs).toISOString(),
    endsOn,
    daysLeft: Math.floor((endsAtMs - nowMs) / DAY),
    estimated,
  };
}
