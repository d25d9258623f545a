/**
 * Reads and writes in batches, so that 50,000 rows take seconds: at most 500 ids in an IN list or
 * 500 rows in an INSERT (21 columns x 500 rows, well below SQLite's 32,766 parameters).
 */
export const BATCH = 500;

/** Runs `work` on `values` a batch at a time, one batch after the other. */
export async function eachBatch<T>(
  values: readonly T[],
  work: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < values.length; start += BATCH) {
    await work(values.slice(start, start + BATCH));
  }
}

/** `eachBatch`, gathering the rows each batch returns. */
export async function inBatches<T, R>(
  values: readonly T[],
  work: (batch: T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const out: R[] = [];
  await eachBatch(values, async (batch) => {
    for (const row of await work(batch)) out.push(row);
  });
  return out;
}
