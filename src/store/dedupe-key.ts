/**
 * What makes a stored event the same event: its number (the unique index's other column), the
 * source, the time exactly as given, the code, the text and the place. 96 bits of SHA-256 in
 * base64url: 16 characters, and a collision among a number's events is out of reach.
 */
import { createHash } from "node:crypto";

export interface DedupeFields {
  source: string;
  timeGiven: string;
  code: string | null;
  text: string;
  location: string | null;
}

export function dedupeKey(event: DedupeFields): string {
  return createHash("sha256")
    .update(
      `${event.source}\u001f${event.timeGiven}\u001f${event.code ?? ""}\u001f${event.text}\u001f${event.location ?? ""}`,
    )
    .digest("base64url")
    .slice(0, 16);
}
