/**
 * RecipeEngineer: parses every line as written and matches each to a
 * catalog food. Nothing is dropped: header and note lines stay in the
 * list with their kind, unusable lines carry a finding.
 */
import type { Food } from '../../catalog/food.ts';
import type { EngineeredLine, Finding } from '../../domain/types.ts';
import type { BrigadeAgent } from '../deps.ts';
import { parseLine } from './parse-line.ts';

/** Below this a match is reported as weak, with its alternatives. */
const WEAK_MATCH = 0.6;

function matchFindings(line: EngineeredLine): Finding[] {
  if (line.kind !== 'ingredient') return [];
  if (!line.match) {
    return [
      {
        code: 'unmatched',
        severity: 'warning',
        message: `no catalog food matches "${line.name || line.input}"`,
        line: line.index,
      },
    ];
  }
  if (line.match.confidence >= WEAK_MATCH) return [];
  const alts = line.match.alternatives.map((a) => a.name).join(', ');
  return [
    {
      code: 'ambiguous_match',
      severity: 'warning',
      message:
        `"${line.name}" matched ${line.match.name} with confidence ${line.match.confidence.toFixed(2)}` +
        (alts ? `; alternatives: ${alts}` : ''),
      line: line.index,
    },
  ];
}

export const recipeEngineer: BrigadeAgent = {
  name: 'RecipeEngineer',
  needs: [],
  async run(state, { catalog }) {
    const lines: EngineeredLine[] = state.recipe.ingredients.map((input, i) => {
      const parsed = parseLine(input, i);
      const match =
        parsed.kind === 'ingredient' && parsed.name
          ? catalog.match(parsed.name)
          : null;
      const line: EngineeredLine = { ...parsed, match };
      line.findings = [...parsed.findings, ...matchFindings(line)];
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
