/**
 * RecipeEngineer: parses every line as written and matches each to a
 * catalog food. Nothing is dropped: header and note lines stay in the
 * list with their kind, unusable lines carry a finding.
 */
import type { Food } from '../../catalog/food.ts';
import type {
  EngineeredLine,
  FoodMatch,
  Finding,
  ParsedLine,
} from '../../domain/types.ts';
import type { BrigadeAgent } from '../deps.ts';
import { matchName } from './match-name.ts';
import { parseLine } from './parse-line.ts';

/** Below this a match is reported as weak, with its alternatives. */
const WEAK_MATCH = 0.6;
/**
 * Below this the best candidate is a guess (on the real recipes: "chiles
 * de arbol" → ground ginger at 0.21, "pepper" → monterey jack at 0.32), so
 * the line stays unmatched and the candidate is only named as a hint.
 * Attaching it would put a wrong food into the nutrition and the cost.
 */
export const MIN_MATCH = 0.45;

function unmatched(line: ParsedLine, guess: FoodMatch | null): Finding {
  const hint = guess
    ? `; closest is ${guess.name} at ${guess.confidence.toFixed(2)}, too weak to use`
    : '';
  return {
    code: 'unmatched',
    severity: 'warning',
    message: `no catalog food matches "${line.name || line.input}"${hint}`,
    line: line.index,
  };
}

function weakMatch(line: EngineeredLine): Finding[] {
  if (!line.match) return [];
  if (line.match.confidence >= WEAK_MATCH) return [];
  const alts = line.match.alternatives.map((a) => a.name).join(', ');
  return [
    {
      code: 'ambiguous_match',
      severity: 'warning',
      message:
        `"${line.name}" matched ${line.match.name} with confidence ` +
        `${line.match.confidence.toFixed(2)}` +
        (alts ? `; alternatives: ${alts}` : ''),
      line: line.index,
    },
  ];
}

export const recipeEngineer: BrigadeAgent = {
  name: 'RecipeEngineer',
  needs: [],
  async run(state, { catalog }) {
    const lines = state.recipe.ingredients.map((input, i) => {
      const parsed = parseLine(input, i);
      if (parsed.kind !== 'ingredient') return { ...parsed, match: null };
      const guess = parsed.name ? catalog.match(matchName(parsed)) : null;
      const match = guess && guess.confidence >= MIN_MATCH ? guess : null;
      const line: EngineeredLine = { ...parsed, match };
      line.findings = [
        ...parsed.findings,
        ...(match ? weakMatch(line) : [unmatched(parsed, guess)]),
      ];
      return line;
    });

    // Master data of each matched food, once per food.
    const ids = new Set(lines.flatMap((l) => (l.match ? [l.match.fdcId] : [])));
    const foods = new Map<number, Food>();
    await Promise.all(
      [...ids].map(async (id) => {
        const food = await catalog.food(id);
        if (food) foods.set(id, food);
      }),
    );
    state.lines = lines;
    state.foods = foods;
  },
};
