/** Input that cannot be stored as given; `problems` lists every reason, the message the first. */
export class ValidationError extends Error {
  override name = "ValidationError";
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? "invalid input")
        : `${problems.length} problems: ${problems.join(" ")}`,
    );
    this.problems = problems;
  }
}
