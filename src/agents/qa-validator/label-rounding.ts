import type { LabelNutrient } from '../../domain/types.ts';

/**
 * An amount as a Nutrition Facts label declares it. `lessThan` marks the
 * amounts the rules say to declare as "less than" `amount` ("<1 g").
 */
export interface LabelAmount {
  amount: number;
  lessThan: boolean;
}

/**
 * Rounds one nutrient as 21 CFR 101.9(c) requires on a label:
 * - calories (c)(1): < 5 → 0; ≤ 50 → nearest 5; above → nearest 10
 * - total and saturated fat (c)(2): < 0.5 g → 0; < 5 g → nearest 0.5 g;
 *   above → nearest 1 g
 * - cholesterol (c)(3): < 2 mg → 0; 2 to < 5 mg → "less than 5 mg";
 *   above → nearest 5 mg
 * - sodium (c)(4): < 5 mg → 0; ≤ 140 mg → nearest 5 mg; above → nearest 10
 * - carbohydrate, fiber, sugars (c)(6) and protein (c)(7): < 0.5 g → 0;
 *   < 1 g → "less than 1 g"; above → nearest 1 g
 * Halves round up. The rules for "insignificant amounts" and for serving
 * sizes are left out: Brigade labels dishes, not packages.
 */
export function roundForLabel(key: LabelNutrient, amount: number): LabelAmount {
  switch (key) {
    case 'energy_kcal':
      if (amount < 5) return exact(0);
      return exact(nearest(amount, amount <= 50 ? 5 : 10));
    case 'fat_g':
    case 'saturated_fat_g':
      if (amount < 0.5) return exact(0);
      return exact(nearest(amount, amount < 5 ? 0.5 : 1));
    case 'cholesterol_mg':
      if (amount < 2) return exact(0);
      if (amount < 5) return { amount: 5, lessThan: true };
      return exact(nearest(amount, 5));
    case 'sodium_mg':
      if (amount < 5) return exact(0);
      return exact(nearest(amount, amount <= 140 ? 5 : 10));
    case 'carbohydrate_g':
    case 'fiber_g':
    case 'sugars_g':
    case 'protein_g':
      if (amount < 0.5) return exact(0);
      if (amount < 1) return { amount: 1, lessThan: true };
      return exact(nearest(amount, 1));
  }
}

function exact(amount: number): LabelAmount {
  return { amount, lessThan: false };
}

/**
 * Nearest multiple of `step`, halves up. The small nudge keeps a value
 * such as 2.25 (stored as 2.2499999…) from rounding down.
 */
function nearest(amount: number, step: number): number {
  const steps = Math.floor(amount / step + 0.5 + 1e-9);
  return Number((steps * step).toFixed(1));
}
