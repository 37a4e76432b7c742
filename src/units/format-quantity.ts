/**
 * Quantities as a cook reads them: "2 1/2" cups, "1/3" cup, "1235" g.
 * Fractions are plain ASCII so they survive any terminal or CSV.
 */
import type { Unit } from '../domain/types.ts';

/** Denominators measuring tools come in; sixteenths only for a pinch. */
const FRACTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 16],
  [1, 8],
  [1, 4],
  [1, 3],
  [3, 8],
  [1, 2],
  [5, 8],
  [2, 3],
  [3, 4],
  [7, 8],
];

/** kitchenRound writes thirds to three decimals: 0.333 must still read 1/3. */
const TOLERANCE = 0.005;

/** Units weighed or measured on a metric scale show decimals, not fractions. */
const DECIMAL_UNITS = new Set(['mg', 'g', 'kg', 'ml', 'cl', 'dl', 'l']);

function decimal(value: number): string {
  return String(Number.parseFloat(value.toFixed(value < 10 ? 2 : 1)));
}

function fraction(rest: number): string | undefined {
  const hit = FRACTIONS.find(([n, d]) => Math.abs(rest - n / d) < TOLERANCE);
  return hit && `${hit[0]}/${hit[1]}`;
}

/**
 * A quantity for display: a whole number and a kitchen fraction when the
 * value is one ("1/3", "2 1/2"), else a short decimal.
 */
export function formatQuantity(value: number, unit: Unit | null = null) {
  if (!Number.isFinite(value)) return String(value);
  if (unit !== null && DECIMAL_UNITS.has(unit)) return decimal(value);
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) < TOLERANCE) return String(nearest);

  const whole = Math.floor(value);
  const part = fraction(value - whole);
  if (!part) return decimal(value);
  return whole === 0 ? part : `${whole} ${part}`;
}
