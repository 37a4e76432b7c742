/**
 * QAValidator: checks the scaled recipe and returns summaries only —
 * findings, nutrition per serving from USDA values, allergens.
 */
import type { Food } from '../../catalog/food.ts';
import { MissingInputError, type BrigadeAgent } from '../deps.ts';
import { qaReport } from './qa-report.ts';

export const qaValidator: BrigadeAgent = {
  name: 'QAValidator',
  needs: ['ScalingCalculator'],
  async run(state, { catalog }) {
    const { scaled, foods } = state;
    if (!scaled || !foods)
      throw new MissingInputError('no scaled recipe to check');

    // Nutrients come through their own lookup (the fdc_nutrients cache).
    const withNutrients = new Map<number, Food>();
    await Promise.all(
      [...foods.values()].map(async (food) => {
        const nutrients = await catalog.nutrients(food.fdcId);
        withNutrients.set(food.fdcId, {
          ...food,
          nutrientsPer100g: nutrients ?? food.nutrientsPer100g,
        });
      }),
    );
    state.qa = qaReport(scaled.lines, scaled.totals, (id) =>
      withNutrients.get(id),
    );
  },
};
