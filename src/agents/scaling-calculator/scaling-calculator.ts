/**
 * ScalingCalculator: grams for every line (USDA densities and piece
 * weights, never water density by default), the factor that reaches the
 * target, the scaled amounts rounded for a kitchen, and the cost of each
 * line and of the batch from the price list.
 */
import type { Food, Price } from '../../catalog/food.ts';
import type {
  EngineeredLine,
  Finding,
  ScaledLine,
  Totals,
} from '../../domain/types.ts';
import { quantityOf } from '../../units/amount-grams.ts';
import { kitchenRound } from '../../units/kitchen-round.ts';
import { scaleFactor, SERVINGS_RANGE } from '../../units/scale-factor.ts';
import { toGrams, type GramsResult } from '../../units/to-grams.ts';
import { parseYield } from '../recipe-engineer/parse-yield.ts';
import { MissingInputError, type BrigadeAgent } from '../deps.ts';

const roundGrams = (g: number) => kitchenRound(g, 'g');
const cents = (usd: number) => Math.round(usd * 10_000) / 10_000;

/** The recipe's servings: given as a number, or read from its yield. */
export function recipeServings(recipe: {
  servings?: number;
  yield?: string;
}): number | null {
  if (recipe.servings !== undefined) return recipe.servings;
  const servings = parseYield(recipe.yield).servings;
  // The same range the API accepts for `servings`: a yield of "Serves
  // 99999999" or "Makes 1e309 cookies" is not a number of portions.
  return servings !== null &&
    servings >= SERVINGS_RANGE.min &&
    servings <= SERVINGS_RANGE.max
    ? servings
    : null;
}

/** "loaves" for "Makes 2 loaves"; null when servings are servings. */
export function servingUnit(recipe: {
  servings?: number;
  yield?: string;
}): string | null {
  if (recipe.servings !== undefined) return null;
  const unit = parseYield(recipe.yield).unit;
  return unit && !/^serv/.test(unit) ? unit : null;
}

function noPrice(line: EngineeredLine, food: Food): Finding {
  return {
    code: 'no_price',
    severity: 'info',
    message: `no price for ${food.name} in the price list; the batch cost is partial`,
    line: line.index,
  };
}

export const scalingCalculator: BrigadeAgent = {
  name: 'ScalingCalculator',
  needs: ['RecipeEngineer'],
  async run(state, { catalog }) {
    const { lines, foods } = state;
    if (!lines || !foods)
      throw new MissingInputError('no parsed lines to scale');

    // Grams of each line, through the density lookup of its food.
    const weighed = await Promise.all(
      lines.map(async (line) => {
        const master = line.match ? foods.get(line.match.fdcId) : undefined;
        const density = master && (await catalog.density(master.fdcId));
        const food: Food | null = master
          ? {
              ...master,
              portions: density?.portions ?? master.portions,
              derived: {
                ...master.derived,
                gPerMl: density?.gPerMl ?? undefined,
              },
            }
          : null;
        const price = master ? await catalog.price(master.fdcId) : undefined;
        return { line, food, price, ...plausible(line, toGrams(line, food)) };
      }),
    );

    // The factor that reaches the target.
    const grams = weighed.reduce((sum, w) => sum + (w.grams ?? 0), 0);
    const servings = recipeServings(state.recipe);
    const factor = scaleFactor(state.target ?? { factor: 1 }, servings, grams);

    let cost = 0;
    let costComplete = true;
    const scaled: ScaledLine[] = weighed.map(({ line, food, price, ...g }) => {
      const scaledGrams = g.grams === null ? null : g.grams * factor;
      const findings = [...line.findings, ...g.findings];
      let lineCost: number | null = null;
      if (scaledGrams !== null && food) {
        if (price) lineCost = linePrice(scaledGrams, price);
        else findings.push(noPrice(line, food));
      }
      if (lineCost !== null) cost += lineCost;
      else if (line.kind === 'ingredient') costComplete = false;
      const quantity = line.amount?.quantity ?? null;
      return {
        index: line.index,
        input: line.input,
        kind: line.kind,
        quantity,
        unit: line.amount?.unit ?? null,
        food: line.match && {
          fdcId: line.match.fdcId,
          name: line.match.name,
          description: line.match.description,
        },
        confidence: line.match?.confidence ?? null,
        grams: g.grams === null ? null : roundGrams(g.grams),
        gramsMethod: g.method,
        scaledGrams: scaledGrams === null ? null : roundGrams(scaledGrams),
        // A range scales from its midpoint, as its grams do.
        scaledQuantity: line.amount
          ? kitchenRound(quantityOf(line.amount) * factor, line.amount.unit)
          : null,
        cost: lineCost === null ? null : cents(lineCost),
        percent:
          g.grams === null || grams === 0 ? null : (g.grams / grams) * 100,
        optional: line.optional,
        findings,
      };
    });

    const totals: Totals = {
      grams: roundGrams(grams),
      scaledGrams: roundGrams(grams * factor),
      factor: Math.round(factor * 1e6) / 1e6,
      servings,
      scaledServings:
        servings === null ? null : Math.round(servings * factor * 100) / 100,
      servingUnit: servingUnit(state.recipe),
      cost: cents(cost),
      costComplete,
      costPerServing:
        servings === null ? null : cents(cost / (servings * factor)),
    };
    state.scaled = { lines: scaled, totals };
  },
};

/**
 * No kitchen line weighs more than this as written (a 50 lb sack of flour
 * is 22.7 kg). Above it the text is a typo or a test of the service, and
 * its grams would swamp the totals, so the line is not weighed.
 */
export const MAX_LINE_GRAMS = 100_000;

function plausible(line: EngineeredLine, g: GramsResult): GramsResult {
  if (g.grams === null || g.grams <= MAX_LINE_GRAMS) return g;
  const finding: Finding = {
    code: 'absurd_quantity',
    severity: 'error',
    message:
      `"${line.input}" weighs ${Number(g.grams.toPrecision(3))} g, more ` +
      `than the ${MAX_LINE_GRAMS / 1000} kg a kitchen line can; it is left ` +
      `out of the totals`,
    line: line.index,
  };
  return { grams: null, method: null, findings: [...g.findings, finding] };
}

function linePrice(grams: number, price: Price): number {
  return (grams / 1000) * price.usdPerKg;
}
