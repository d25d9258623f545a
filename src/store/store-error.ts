/** A failure the user can act on; its message is one sentence that says what to do. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** The thing asked for is not there. */
export class NotFoundError extends StoreError {
  override name = "NotFoundError";
}

/** The write would create a second copy of something that must be unique. */
export class ConflictError extends StoreError {
  override name = "ConflictError";
}
