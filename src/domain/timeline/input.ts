/**
 * What the timeline is built from: the events each source reported for each tracking number.
 * This is also the documented file format of `parceltrail timeline FILE.json` (see README).
 */
import { z } from "zod";

const timeValue = z.union([z.string(), z.number()]);

export const SourceEventSchema = z.object({
  /** ISO 8601 with or without offset, epoch seconds or milliseconds, or a carrier's own format. */
  time: timeValue,
  text: z.string().optional().default(""),
  code: z.union([z.string(), z.number()]).nullish(),
  location: z.string().nullish(),
  lang: z.string().nullish(),
});
export type SourceEvent = z.infer<typeof SourceEventSchema>;

export const SourceFactsSchema = z.object({
  /** The number the destination carrier uses, when the source reveals it. */
  lastMileNumber: z.string().nullish(),
  /** The destination carrier's id or name as the source gives it ("Israelpost", "correios"). */
  lastMileCarrier: z.string().nullish(),
  originCountry: z.string().nullish(),
  destinationCountry: z.string().nullish(),
});
export type SourceFacts = z.infer<typeof SourceFactsSchema>;

export const SourceReportSchema = z.object({
  /** Which connector read it: "cainiao", "17track", "usps", "manual"... */
  source: z.string().min(1),
  number: z.string().min(1),
  /** Carrier id or name, for its code table. */
  carrier: z.string().nullish(),
  lang: z.string().nullish(),
  /** When the source was read (ISO 8601). */
  fetchedAt: z.string().nullish(),
  /** IANA zone for this source's zone-less times when the event's place does not tell. */
  timeZone: z.string().nullish(),
  /** How the source writes numeric dates: day first (default) or month first (US). */
  dateOrder: z.enum(["dmy", "mdy"]).nullish(),
  events: z.array(z.unknown()),
  facts: SourceFactsSchema.nullish(),
});
export type SourceReport = z.infer<typeof SourceReportSchema>;

export const TimelineInputSchema = z.object({
  /** The moment the timeline is built for (ISO 8601); events after it are flagged. */
  now: z.string().nullish(),
  /** ISO 3166-1 alpha-2 countries of the parcel: they place generic scans. */
  originCountry: z.string().length(2).nullish(),
  destinationCountry: z.string().length(2).nullish(),
  sources: z.array(SourceReportSchema),
});
export type TimelineInput = z.infer<typeof TimelineInputSchema>;
