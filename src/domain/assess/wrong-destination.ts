/**
 * A parcel going somewhere else: an event of the destination stages (arrival, customs, local
 * delivery) placed in another country than the order's, or a delivery in another city. Transit
 * hubs abroad are normal on the way, so only events that claim the parcel has reached its
 * destination count, and only places the location parser is sure of (a code or a name, not a
 * guess from a hub list).
 */
import { stageOf } from "../status/statuses.ts";
import type { TimelineEvent } from "../timeline/build-timeline.ts";
import { GUESS } from "../timeline/overall-status.ts";

export interface WrongPlace {
  kind: "country" | "city";
  event: TimelineEvent;
  /** "Lisboa, PT" as the event gave it. */
  place: string;
}

const SURE_COUNTRY = new Set(["code", "name", "region", "postal-prefix"]);

function cityKey(city: string): string {
  return city
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

export function findWrongPlace(
  events: readonly TimelineEvent[],
  destination: { country: string | null; city: string | null },
): WrongPlace | null {
  if (!destination.country) return null;
  const wantedCountry = destination.country.toUpperCase();
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index];
    if (!event || event.confidence < GUESS || !event.place) continue;
    const stage = stageOf(event.status);
    if (stage !== "destination" && stage !== "final_mile" && stage !== "done") continue;
    if (event.status === "returned") continue;
    const place = event.place;
    if (
      place.country &&
      place.countryFrom &&
      SURE_COUNTRY.has(place.countryFrom) &&
      place.country !== wantedCountry
    ) {
      return { kind: "country", event, place: event.location ?? place.raw };
    }
    // A city only matters for the delivery itself: sorting centres sit in other towns.
    if (
      event.status === "delivered" &&
      destination.city &&
      place.city &&
      (!place.country || place.country === wantedCountry) &&
      cityKey(place.city) !== cityKey(destination.city)
    ) {
      return { kind: "city", event, place: event.location ?? place.raw };
    }
  }
  return null;
}
