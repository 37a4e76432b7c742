/**
 * Rounding a scaled quantity to what a cook can measure. Scaling 1/3 cup
 * by 3 gives 1.0000000000000002 in floating point, and nobody owns a
 * 0.4166 cup; every result here is a value a kitchen tool shows.
 *
 * The precision, by unit:
 * - US measures (tsp, tbsp, cup, fl oz, pint, quart, gallon): below 10,
 *   the nearest eighth or third, since measuring cups and spoons come in
 *   both (a third comes back as 0.333, to three decimals); from 10 to 100,
 *   the nearest half; above, whole units. Below 1/8 there is no tool, so
 *   two significant figures are kept rather than rounding to nothing.
 * - grams, millilitres and milligrams: below 1, two significant figures
 *   (a pinch of saffron must not become 0); below 10, 0.1; below 1000,
 *   whole units; above, the nearest 5, the resolution of a bench scale.
 *   kg, l, dl and cl are rounded as the grams or millilitres they hold.
 * - oz and lb: the nearest quarter.
 * - counts (pieces, cloves, cans, a bare number): the nearest half, and
 *   below 1 the nearest quarter but never 0. With `whole: true`, for foods
 *   that are not split (eggs), whole pieces and at least 1.
 */
import type { Unit } from '../domain/types.ts';

const US_MEASURES = new Set([
  'tsp',
  'tbsp',
  'cup',
  'fl oz',
  'pint',
  'quart',
  'gallon',
]);

/** Metric units and the power of ten that turns them into g or ml. */
const METRIC_SCALE: Readonly<Record<string, number>> = {
  mg: 1,
  g: 1,
  kg: 1000,
  ml: 1,
  cl: 10,
  dl: 100,
  l: 1000,
};

const EIGHTHS_AND_THIRDS = [
  0,
  1 / 8,
  1 / 4,
  1 / 3,
  3 / 8,
  1 / 2,
  5 / 8,
  2 / 3,
  3 / 4,
  7 / 8,
  1,
];

/** Drops the binary noise of a decimal result: 1.0000000000000049 → 1. */
export function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

const toStep = (value: number, step: number) =>
  clean(Math.round(value / step) * step);

const significant = (value: number, digits: number) =>
  Number.parseFloat(value.toPrecision(digits));

function nearestFraction(value: number): number {
  const whole = Math.floor(value);
  const rest = value - whole;
  let best = 0;
  for (const f of EIGHTHS_AND_THIRDS) {
    if (Math.abs(rest - f) < Math.abs(rest - best)) best = f;
  }
  return Math.round((whole + best) * 1000) / 1000;
}

function roundUsMeasure(value: number): number {
  if (value < 1 / 8) return significant(value, 2);
  if (value < 10) return nearestFraction(value);
  if (value < 100) return toStep(value, 0.5);
  return Math.round(value);
}

function roundMetric(value: number, scale: number): number {
  const base = value * scale;
  let rounded: number;
  if (base < 1) rounded = significant(base, 2);
  else if (base < 10) rounded = toStep(base, 0.1);
  else if (base < 1000) rounded = Math.round(base);
  else rounded = toStep(base, 5);
  return clean(rounded / scale);
}

function roundCount(value: number, whole: boolean): number {
  if (whole) return Math.max(1, Math.round(value));
  if (value < 1) return Math.max(0.25, toStep(value, 0.25));
  return toStep(value, 0.5);
}

export interface KitchenRoundOptions {
  /** The food is counted in whole pieces only (eggs). */
  whole?: boolean;
}

/** `value` of `unit`, rounded to a precision a cook can measure. */
export function kitchenRound(
  value: number,
  unit: Unit | null,
  options: KitchenRoundOptions = {},
): number {
  if (!Number.isFinite(value)) return value;
  if (value <= 0) return 0;
  if (unit !== null && US_MEASURES.has(unit)) return roundUsMeasure(value);
  const scale = unit === null ? undefined : METRIC_SCALE[unit];
  if (scale !== undefined) return roundMetric(value, scale);
  if (unit === 'oz' || unit === 'lb') {
    return value < 0.25 ? significant(value, 2) : toStep(value, 0.25);
  }
  return roundCount(value, options.whole ?? false);
}
