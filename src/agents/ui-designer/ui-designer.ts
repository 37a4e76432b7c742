/**
 * UIDesigner: shapes the scaled recipe and its QA report into a compact
 * view model for a front end (nutrition facts with % Daily Values, the
 * ingredient table with grams and cost, findings by severity).
 */
import { MissingInputError, type BrigadeAgent } from '../deps.ts';
import { buildViewModel } from './view-model.ts';

export const uiDesigner: BrigadeAgent = {
  name: 'UIDesigner',
  needs: ['ScalingCalculator', 'QAValidator'],
  async run(state) {
    const { scaled, qa, foods } = state;
    if (!scaled || !qa || !foods) {
      throw new MissingInputError('no scaled recipe and QA report to present');
    }
    state.view = buildViewModel({
      title: state.recipe.title,
      lines: scaled.lines,
      totals: scaled.totals,
      qa,
      lookup: (id) => foods.get(id),
    });
  },
};
