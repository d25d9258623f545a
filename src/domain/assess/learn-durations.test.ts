import { describe, expect, it } from "vitest";
import { learnDurations, percentile } from "./learn-durations.ts";

const DAY = 86_400_000;

describe("learnDurations", () => {
  it("interpolates percentiles", () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([0, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("measures each stage up to the next one reached, and the whole trip from the first scan", () => {
    const parcels = [10, 12, 14, 16, 30].map((customsDays) => ({
      stageStart: { origin: 0, line_haul: 2 * DAY, destination: 10 * DAY },
      deliveredAt: (10 + customsDays) * DAY,
    }));
    const learned = learnDurations(parcels);
    expect(learned?.parcels).toBe(5);
    expect(learned?.stages.origin).toEqual({ p50: 2, p90: 2 });
    expect(learned?.stages.line_haul).toEqual({ p50: 8, p90: 8 });
    expect(learned?.stages.destination).toEqual({ p50: 14, p90: 24.4 });
    expect(learned?.total).toEqual({ p10: 20.8, p50: 24, p90: 34.4 });
  });

  it("skips a stage that was never reached, and parcels it cannot measure", () => {
    const learned = learnDurations([
      { stageStart: { origin: 0, final_mile: 20 * DAY }, deliveredAt: 21 * DAY },
      { stageStart: {}, deliveredAt: 5 * DAY },
    ]);
    expect(learned?.parcels).toBe(1);
    expect(learned?.stages).toEqual({ origin: { p50: 20, p90: 20 }, final_mile: { p50: 1, p90: 1 } });
    expect(learnDurations([])).toBeNull();
  });
});
