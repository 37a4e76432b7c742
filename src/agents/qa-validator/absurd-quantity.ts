import type { Finding, ScaledLine, Totals } from '../../domain/types.ts';

/**
 * Where a quantity stops being believable. These catch unit slips ("2 cups
 * cinnamon" for "2 tsp", "20 lb flour" for "2 lb"), not bold cooking, so
 * they are generous and only warn, except for a mass that cannot exist.
 */
export const ABSURD_LIMITS = {
  /** One line of the recipe as written; scaled batches may be larger. */
  maxLineGrams: 20_000,
  /** Share of the recipe's mass in one line of salt or leavening. */
  maxSeasoningPercent: 60,
  /** A ground or dried spice, per serving of the scaled batch. */
  maxSpiceGramsPerServing: 100,
} as const;

const SALT_OR_LEAVENING = /^salt\b|^leavening agents\b/i;
const SPICE = /^spices\b/i;

/** Findings with code 'absurd_quantity', at most one per line. */
export function absurdQuantities(
  lines: readonly ScaledLine[],
  totals: Totals,
): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    if (line.kind !== 'ingredient') continue;
    const problem = absurdity(line, totals);
    if (problem) findings.push(absurd(line, problem.severity, problem.why));
  }
  return findings;
}

interface Absurdity {
  severity: Finding['severity'];
  why: string;
}

function absurdity(line: ScaledLine, totals: Totals): Absurdity | null {
  const grams = line.grams;
  if (grams === null) return null;
  if (!Number.isFinite(grams) || grams <= 0) {
    return { severity: 'error', why: `a mass of ${grams} g is impossible` };
  }
  if (grams > ABSURD_LIMITS.maxLineGrams) {
    const kg = (grams / 1000).toFixed(1);
    return { severity: 'warning', why: `${kg} kg in one line of a recipe` };
  }
  const description = line.food?.description ?? '';
  const percent = line.percent ?? 0;
  if (
    SALT_OR_LEAVENING.test(description) &&
    percent > ABSURD_LIMITS.maxSeasoningPercent
  ) {
    const share = percent.toFixed(0);
    return { severity: 'warning', why: `${share} % of the recipe's mass` };
  }
  const perServing = spiceGramsPerServing(line, totals);
  if (SPICE.test(description) && perServing !== null) {
    if (perServing > ABSURD_LIMITS.maxSpiceGramsPerServing) {
      const each = perServing.toFixed(0);
      return { severity: 'warning', why: `${each} g of spice per serving` };
    }
  }
  return null;
}

function spiceGramsPerServing(line: ScaledLine, totals: Totals) {
  const servings = totals.scaledServings;
  if (line.scaledGrams === null || !servings || servings <= 0) return null;
  return line.scaledGrams / servings;
}

function absurd(
  line: ScaledLine,
  severity: Finding['severity'],
  why: string,
): Finding {
  return {
    code: 'absurd_quantity',
    severity,
    message: `"${line.input}": ${why}; check the quantity and unit`,
    line: line.index,
  };
}
