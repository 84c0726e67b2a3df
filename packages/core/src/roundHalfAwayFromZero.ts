import { InvalidArgumentError } from "./errors.js";

/**
 * Rounds half away from zero to `decimals` places: 26.5 → 27, −26.5 → −27, 1.005 → 1.01 (2 places).
 *
 * Rounding happens only at display; npskit keeps exact values inside. The number is rounded as it is
 * written in its shortest decimal form (what `String(x)` prints), so binary artefacts such as
 * 1.005 being stored as 1.00499999999999989… do not tip a visible half the wrong way.
 *
 * @example
 * roundHalfAwayFromZero(-26.5)     // -27
 * roundHalfAwayFromZero(26.666, 1) // 26.7
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  assertDecimals(decimals);
  if (!Number.isFinite(value)) {
    throw new InvalidArgumentError(`cannot round ${String(value)}: not a finite number`);
  }
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  // Shifting the decimal point in the text keeps the value exactly as printed; exponent forms
  // (1e-7, 1e+21) are tiny or huge, where plain scaling is accurate enough.
  const scaled = text.includes("e") ? magnitude * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.floor(scaled + 0.5);
  const result = text.includes("e") ? rounded / 10 ** decimals : Number(`${rounded}e-${decimals}`);
  return value < 0 && result !== 0 ? -result : result;
}

/**
 * Rounds the ratio `numerator / denominator × 10^decimals` half away from zero in exact integer arithmetic,
 * and scales it back: the correctly rounded value of a fraction such as a share in percent.
 *
 * @example
 * roundRatio(8000, 150, 0) // 53 (53.333…)
 * roundRatio(-4000, 150, 1) // -26.7
 */
export function roundRatio(numerator: number, denominator: number, decimals = 0): number {
  assertDecimals(decimals);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new InvalidArgumentError(
      `roundRatio needs whole numbers and a positive denominator (got ${numerator}/${denominator})`,
    );
  }
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(Math.abs(numerator)) * scale;
  const d = BigInt(denominator);
  const quotient = n / d;
  const remainder = n - quotient * d;
  const rounded = 2n * remainder >= d ? quotient + 1n : quotient;
  const magnitude = Number(`${rounded}e-${decimals}`);
  return numerator < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new InvalidArgumentError(`decimals must be an integer from 0 to 10 (got ${String(decimals)})`);
  }
}
