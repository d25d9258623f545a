/**
 * Loads every tracking-number format, validates it against the schema and attaches what
 * ParcelTrail needs to rank it. Order matters: our AliExpress-world definitions come first, so
 * that between two equally confident candidates the one an AliExpress buyer is more likely to
 * hold wins; the vendored tracking_number_data formats follow in file order.
 */
import { z } from "zod";
import cainiao from "./data/formats/cainiao.json" with { type: "json" };
import chinaCouriers from "./data/formats/china-couriers.json" with { type: "json" };
import chinaPost from "./data/formats/china-post.json" with { type: "json" };
import consolidators from "./data/formats/consolidators.json" with { type: "json" };
import europe from "./data/formats/europe.json" with { type: "json" };
import amazon from "./data/vendor/tracking-number-data/couriers/amazon.json" with { type: "json" };
import canadapost from "./data/vendor/tracking-number-data/couriers/canadapost.json" with { type: "json" };
import canpar from "./data/vendor/tracking-number-data/couriers/canpar.json" with { type: "json" };
import dhl from "./data/vendor/tracking-number-data/couriers/dhl.json" with { type: "json" };
import dpd from "./data/vendor/tracking-number-data/couriers/dpd.json" with { type: "json" };
import fedex from "./data/vendor/tracking-number-data/couriers/fedex.json" with { type: "json" };
import gofo from "./data/vendor/tracking-number-data/couriers/gofo.json" with { type: "json" };
import landmark from "./data/vendor/tracking-number-data/couriers/landmark.json" with { type: "json" };
import lasership from "./data/vendor/tracking-number-data/couriers/lasership.json" with { type: "json" };
import oldDominion from "./data/vendor/tracking-number-data/couriers/old_dominion.json" with { type: "json" };
import ontrac from "./data/vendor/tracking-number-data/couriers/ontrac.json" with { type: "json" };
import purolator from "./data/vendor/tracking-number-data/couriers/purolator.json" with { type: "json" };
import s10 from "./data/vendor/tracking-number-data/couriers/s10.json" with { type: "json" };
import speedee from "./data/vendor/tracking-number-data/couriers/speedee.json" with { type: "json" };
import ups from "./data/vendor/tracking-number-data/couriers/ups.json" with { type: "json" };
import usps from "./data/vendor/tracking-number-data/couriers/usps.json" with { type: "json" };
import yodel from "./data/vendor/tracking-number-data/couriers/yodel.json" with { type: "json" };
import yunexpress from "./data/vendor/tracking-number-data/couriers/yunexpress.json" with { type: "json" };
import overlay from "./data/vendor-overlay.json" with { type: "json" };
import {
  type CourierFile,
  courierFileSchema,
  type FormatDefinition,
  type FormatExtension,
} from "./definition-schema.ts";

/** Our own definitions, in the vendored schema with a `parceltrail` member on every format. */
export const OWN_FILES: readonly unknown[] = [cainiao, consolidators, chinaPost, chinaCouriers, europe];

/** jkeen/tracking_number_data v2.0.0, unchanged (see data/vendor/tracking-number-data/SOURCE.md). */
export const VENDORED_FILES: readonly unknown[] = [
  s10,
  ups,
  fedex,
  usps,
  dhl,
  amazon,
  canadapost,
  canpar,
  dpd,
  gofo,
  landmark,
  lasership,
  oldDominion,
  ontrac,
  purolator,
  speedee,
  yodel,
  yunexpress,
];

export interface LoadedFormat {
  /** Unique key: the format id, or `courier_code/name` for the vendored formats without one. */
  key: string;
  origin: "parceltrail" | "tracking_number_data";
  courierCode: string;
  definition: FormatDefinition;
  extension: FormatExtension;
}

export function formatKey(courierCode: string, format: FormatDefinition): string {
  return format.id ?? `${courierCode}/${format.name}`;
}

function parseFile(raw: unknown, label: string): CourierFile {
  const parsed = courierFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`tracking-number format file ${label} is malformed:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function loadFormats(): LoadedFormat[] {
  const formats: LoadedFormat[] = [];
  const overlayEntries = overlay.formats as Record<string, FormatExtension>;
  for (const raw of OWN_FILES) {
    const file = parseFile(raw, "of ParcelTrail");
    for (const definition of file.tracking_numbers) {
      const key = formatKey(file.courier_code, definition);
      if (!definition.parceltrail) throw new Error(`format ${key} lacks its "parceltrail" member`);
      formats.push({
        key,
        origin: "parceltrail",
        courierCode: file.courier_code,
        definition,
        extension: definition.parceltrail,
      });
    }
  }
  for (const raw of VENDORED_FILES) {
    const file = parseFile(raw, "from tracking_number_data");
    for (const definition of file.tracking_numbers) {
      const key = formatKey(file.courier_code, definition);
      const extension = overlayEntries[key];
      if (!extension) throw new Error(`vendored format ${key} has no entry in data/vendor-overlay.json`);
      formats.push({
        key,
        origin: "tracking_number_data",
        courierCode: file.courier_code,
        definition,
        extension,
      });
    }
  }
  const seen = new Set<string>();
  for (const format of formats) {
    if (seen.has(format.key)) throw new Error(`two tracking-number formats share the key ${format.key}`);
    seen.add(format.key);
  }
  return formats;
}
