/** The tracking-number module: normalise, validate check digits, detect carriers, find numbers in text. */
export { ALL_CARRIERS, type Carrier, type CarrierKind, getCarrier, postalOperatorFor } from "./carriers.ts";
export { type CarrierCandidate, compiledFormats, type Detection, detectCarrier } from "./detect.ts";
export { type FoundNumber, findTrackingNumbers } from "./find-in-text.ts";
export { CHANGE_DESCRIPTIONS, type NormalizationChange, normalizeTrackingNumber } from "./normalize.ts";
