/**
 * Check-digit algorithms used by carriers. Each function returns the expected check value for a
 * serial, so callers can both validate and explain ("expected 5, found 6").
 *
 * The parameter names follow the tracking_number_data schema (`evens_multiplier`, `weightings`,
 * `modulo1`...), whose CHECKSUM_ALGORITHMS.md describes them; the UPU S10 rules are from the S10
 * standard as summarised in shared/reference/tracking-numbers.md, section 5.
 */

const CODE_0 = 48;
const CODE_A = 65;

/** Digit value of a character; letters map to (ASCII code - 3) mod 10, as UPS 1Z numbers need. */
function mod10Value(code: number): number {
  if (code >= CODE_0 && code <= CODE_0 + 9) return code - CODE_0;
  return (code - 3) % 10;
}

/** UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits; 11 - (sum mod 11), 10 -> 0, 11 -> 5. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (serial.charCodeAt(i) - CODE_0) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

export interface Mod10Options {
  evensMultiplier: number;
  oddsMultiplier: number;
  /** Walk the serial right to left (USPS IMpb). */
  reverse?: boolean;
}

/** Weighted mod 10: positions counted from 0, even positions x evens, odd positions x odds. */
export function mod10CheckDigit(serial: string, options: Mod10Options): number {
  const { evensMultiplier, oddsMultiplier, reverse = false } = options;
  const length = serial.length;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const code = serial.charCodeAt(reverse ? length - 1 - i : i);
    sum += mod10Value(code) * (i % 2 === 0 ? evensMultiplier : oddsMultiplier);
  }
  return (10 - (sum % 10)) % 10;
}

/** DHL Express: the serial read as an integer, mod 7. Serials fit easily in a double (<= 10 digits). */
export function mod7CheckDigit(serial: string): number {
  let remainder = 0;
  for (let i = 0; i < serial.length; i++) remainder = (remainder * 10 + serial.charCodeAt(i) - CODE_0) % 7;
  return remainder;
}

/** Luhn: the check digit that makes serial + check pass the Luhn test. */
export function luhnCheckDigit(serial: string): number {
  let sum = 0;
  // Counting from the right of the serial, the first digit (next to the check digit) is doubled.
  for (let i = serial.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = serial.charCodeAt(i) - CODE_0;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Sum of digit x weight, then mod `modulo1`, then mod `modulo2` (FedEx: mod 11 then mod 10). */
export function sumProductCheckDigit(
  serial: string,
  weightings: readonly number[],
  modulo1: number,
  modulo2: number,
): number {
  let sum = 0;
  for (let i = 0; i < serial.length; i++) {
    sum += (serial.charCodeAt(i) - CODE_0) * (weightings[i % weightings.length] ?? 0);
  }
  return (sum % modulo1) % modulo2;
}

const ALPHABET_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** ISO/IEC 7064 hybrid MOD 37,36 over 0-9A-Z (DPD). Returns the check character. */
export function mod37_36CheckCharacter(serial: string): string {
  let product = 36;
  for (let i = 0; i < serial.length; i++) {
    const code = serial.charCodeAt(i);
    const value = code >= CODE_A ? code - CODE_A + 10 : code - CODE_0;
    let sum = (product + value) % 36;
    if (sum === 0) sum = 36;
    product = (sum * 2) % 37;
  }
  return ALPHABET_36.charAt((37 - product) % 36);
}
