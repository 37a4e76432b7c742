import { describe, expect, it } from 'vitest';
import { qaReport } from '../../../src/agents/qa-validator/qa-report.ts';
import { buildViewModel } from '../../../src/agents/ui-designer/view-model.ts';
import {
  line,
  lookup,
  totals,
  withPercents,
} from '../qa-validator/fixtures.ts';

// The first 20 lines of "The Best Cinnamon Rolls Ever" in
// data/recipes/recipes.json, as written, doubled to 24 rolls. Grams are
// the author's where given; the rest are rough, as size is what counts.
const LINES: Array<[string, string | null, number | null, string | null]> = [
  [
    '1 1/4 cups (300 ml) whole milk, warmed to about 110 degrees',
    'whole milk',
    309,
    'cup',
  ],
  ['2 1/4 tsp active dry yeast', 'active dry yeast', 9, 'tsp'],
  [
    '1 tsp granulated white sugar (to bloom the yeast)',
    'granulated sugar',
    4.2,
    'tsp',
  ],
  [
    '4 3/4 cups (593 g) all-purpose flour, spooned and leveled',
    'all-purpose flour',
    593,
    'cup',
  ],
  ['1 1/2 tsp salt', 'salt', 9, 'tsp'],
  ['2 tbsp (25 g) granulated white sugar', 'granulated sugar', 25, 'tbsp'],
  ['2 eggs, whisked', 'egg', 100, null],
  ['1 tbsp vanilla', 'vanilla extract', 13, 'tbsp'],
  [
    '1/2 cup (112 g) unsalted butter, very softened',
    'unsalted butter',
    112,
    'cup',
  ],
  [
    '1/2 cup (112 g) unsalted butter, very softened',
    'unsalted butter',
    112,
    'cup',
  ],
  ['1 cup (220 g) light brown sugar, packed', 'brown sugar', 220, 'cup'],
  ['2 tsp cinnamon', 'cinnamon', 5.2, 'tsp'],
  ['1/3 cup (116 g) honey', 'honey', 116, 'cup'],
  ['1/2 tbsp vanilla', 'vanilla extract', 6.5, 'tbsp'],
  ['3 tbsp (45 ml) heavy cream', 'heavy cream', 45, 'tbsp'],
  ['1/4 tsp salt', 'salt', 1.5, 'tsp'],
  [
    '1/2 cup (112 g) unsalted butter, very softened',
    'unsalted butter',
    112,
    'cup',
  ],
  ['1 cup (220 g) light brown sugar, packed', 'brown sugar', 220, 'cup'],
  ['2 tbsp cinnamon', 'cinnamon', 15.6, 'tbsp'],
  ['a splash of something', null, null, null],
];

function cinnamonRolls() {
  return withPercents(
    LINES.map(([input, alias, grams, unit]) =>
      line(alias, grams, {
        input,
        unit,
        quantity: grams === null ? null : 1,
        scaledQuantity: grams === null ? null : 2.5,
        scaledGrams: grams === null ? null : grams * 2,
        cost: grams === null ? null : grams * 0.004,
      }),
    ),
  );
}

describe('view model size', () => {
  it('stays under 8 KB of JSON for a 20-line recipe', () => {
    const lines = cinnamonRolls();
    const t = totals({ servings: 12, scaledServings: 24, factor: 2 });
    const qa = qaReport(lines, t, lookup);
    const model = buildViewModel({
      title: 'The Best Cinnamon Rolls Ever',
      lines,
      totals: t,
      qa,
      lookup,
    });
    expect(model.ingredients).toHaveLength(20);
    expect(Buffer.byteLength(JSON.stringify(model))).toBeLessThan(8 * 1024);
  });
});
