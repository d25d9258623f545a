/** A mistake in how the command was called; printed as one sentence with exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
