/**
 * The factor a recipe is multiplied by to reach what the user asked for:
 * a number of servings, a plain factor, or a batch mass.
 */
import type { Target } from '../domain/types.ts';
import { parseBatchMass } from './batch-mass.ts';
import { UnitsError } from './units-error.ts';

/**
 * The factors Brigade scales by. Outside them a result is no longer a
 * kitchen quantity (a 1e-9 pinch, a 4e11-fold batch); the request is
 * refused rather than answered with absurd figures.
 */
export const FACTOR_RANGE = { min: 0.001, max: 10_000 } as const;

/** Servings a recipe may state, as a number or in its yield. */
export const SERVINGS_RANGE = { min: 0.1, max: 10_000 } as const;

function invalid(message: string): UnitsError {
  return new UnitsError('invalid_target', message);
}

function positive(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalid(
      `${name} must be a finite number above zero, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Factor = target ÷ recipe. `recipeServings` is needed only for a servings
 * target and `recipeGrams` only for a batch target; when the one needed is
 * unknown the target cannot be met and 'invalid_target' says why. A batch
 * text that does not parse throws 'invalid_batch'.
 */
export function scaleFactor(
  target: Target,
  recipeServings: number | null | undefined,
  recipeGrams: number | null | undefined,
): number {
  const factor = rawFactor(target, recipeServings, recipeGrams);
  if (factor < FACTOR_RANGE.min || factor > FACTOR_RANGE.max) {
    throw invalid(
      `the target asks to scale the recipe by ` +
        `${Number(factor.toPrecision(3))}; Brigade scales by ` +
        `${FACTOR_RANGE.min} to ${FACTOR_RANGE.max}`,
    );
  }
  return factor;
}

function rawFactor(
  target: Target,
  recipeServings: number | null | undefined,
  recipeGrams: number | null | undefined,
): number {
  if (typeof target !== 'object' || target === null) {
    throw invalid('give servings, factor or batch');
  }
  if ('servings' in target) {
    const wanted = positive(target.servings, 'servings');
    if (
      !recipeServings ||
      !Number.isFinite(recipeServings) ||
      recipeServings <= 0
    ) {
      throw invalid(
        'the recipe states no servings, so it cannot be scaled to ' +
          'servings; give a factor or a batch mass',
      );
    }
    return wanted / recipeServings;
  }
  if ('factor' in target) return positive(target.factor, 'factor');
  if ('batch' in target) {
    const grams = parseBatchMass(String(target.batch));
    if (!recipeGrams || !Number.isFinite(recipeGrams) || recipeGrams <= 0) {
      throw invalid(
        'no ingredient of the recipe could be weighed, so it cannot be scaled to a batch mass',
      );
    }
    return grams / recipeGrams;
  }
  throw invalid('give servings, factor or batch');
}
