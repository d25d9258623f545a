/**
 * Which numbers Cainiao can know: the AliExpress world. Cainiao's public page tracks the parcels
 * of AliExpress orders whatever consolidator carries them, and the China Post / EMS numbers it
 * hands them to; it knows nothing of a UPS or a Royal Mail number the buyer pinned.
 */
import { getCarrier } from "../../domain/tracking-number/carriers.ts";
import type { TrackRequest } from "../connector.ts";

/** Our carrier ids whose numbers Cainiao's global tracking shows. */
export const CAINIAO_CARRIERS = [
  "cainiao",
  "4px",
  "yunexpress",
  "yanwen",
  "china-post",
  "china-ems",
  "flyt",
  "winit",
  "chukou1",
  "orange-connex",
  "panasia",
] as const;

const CHINESE_NETWORK: ReadonlySet<string> = new Set(CAINIAO_CARRIERS);

/** A UPU S10 number issued in China: two letters, nine digits, "CN". */
const S10_CN = /^[A-Z]{2}\d{9}CN$/;

export function cainiaoAnswers(request: TrackRequest, hints: { marketplace: string | null }): boolean {
  const carrierId = request.carrier;
  if (carrierId !== null && CHINESE_NETWORK.has(carrierId)) return true;
  const carrier = carrierId === null ? undefined : getCarrier(carrierId);
  const consolidator = carrier?.kind === "consolidator";
  // A buyer who chose a courier or a post outside China has told us it is not Cainiao's parcel.
  if (request.carrierPinned && carrierId !== null && !consolidator && carrier?.country !== "CN") return false;
  if (S10_CN.test(request.number.toUpperCase())) return true;
  const aliexpress = hints.marketplace?.trim().toLowerCase() === "aliexpress";
  return aliexpress && (carrierId === null || consolidator);
}
