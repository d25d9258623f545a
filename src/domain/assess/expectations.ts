/**
 * What is normal for this parcel: the shipping method's profile (configuration, see
 * `../order/data/shipping-methods.json`), refined by the durations this installation has seen on
 * earlier delivered parcels of the same route and method once there are enough of them.
 */
import {
  FALLBACK_METHOD_ID,
  methodKey,
  PROFILED_STAGES,
  type ProfiledStage,
  type ShippingMethod,
  type StageProfile,
} from "../order/shipping-methods.ts";
import type { LearnedDurations } from "./types.ts";

export interface Expectations {
  method: ShippingMethod;
  /** True when the order's method was not known and the widest profile stands in. */
  methodGuessed: boolean;
  stages: Record<ProfiledStage, StageProfile>;
  /** Days from the first scan (or shipment) to delivery: typical and long. */
  totalDays: [number, number];
  /** How many earlier parcels refined this; null when the profile alone decides. */
  learnedFrom: number | null;
}

/** The profile for a method name as stored on the order (its name, an alias or its id). */
export function findProfile(methods: readonly ShippingMethod[], name: string | null): ShippingMethod | null {
  if (!name) return null;
  const wanted = methodKey(name);
  return (
    methods.find((method) =>
      [method.id, method.name, ...method.aliases].some((alias) => methodKey(alias) === wanted),
    ) ?? null
  );
}

/** A learned value may stretch or shrink the profile, within these factors: one odd route does not erase it. */
const MIN_FACTOR = 0.5;
const MAX_FACTOR = 2.5;
const clamp = (value: number) => Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, value));

export function expectationsFor(
  methods: readonly ShippingMethod[],
  methodName: string | null,
  learned: LearnedDurations | null,
  learnFromParcels: number,
): Expectations {
  const known = findProfile(methods, methodName);
  const method = known ?? methods.find((candidate) => candidate.id === FALLBACK_METHOD_ID) ?? methods[0];
  if (!method) throw new Error("no shipping-method profile is configured");
  const useLearned = learned !== null && learned.parcels >= learnFromParcels;
  const stages = {} as Record<ProfiledStage, StageProfile>;
  for (const stage of PROFILED_STAGES) {
    const profile = method.stages[stage];
    const seen = useLearned ? learned.stages[stage] : undefined;
    if (!seen || profile.days[1] <= 0) {
      stages[stage] = profile;
      continue;
    }
    // The stage took this much longer (or shorter) on this route than the profile says: its
    // silences are allowed the same stretch.
    const factor = clamp(Math.max(seen.p90, 0.5) / profile.days[1]);
    stages[stage] = {
      days: [seen.p50, Math.max(seen.p50, seen.p90)],
      quietDays: [round(profile.quietDays[0] * factor), round(profile.quietDays[1] * factor)],
    };
  }
  const totalDays: [number, number] = useLearned
    ? [learned.total.p50, Math.max(learned.total.p50, learned.total.p90)]
    : [method.totalDays[0], method.totalDays[1]];
  return {
    method,
    methodGuessed: known === null,
    stages,
    totalDays,
    learnedFrom: useLearned ? learned.parcels : null,
  };
}

function round(days: number): number {
  return Math.round(days * 2) / 2;
}
