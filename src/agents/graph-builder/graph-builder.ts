/**
 * GraphBuilder: describes the scaled recipe as a property graph. The
 * graph is a stream: `elements()` yields nodes and relationships one at a
 * time, each call a fresh pass, so no agent ever holds the whole graph.
 * This agent walks the stream once to count it and to check it is
 * well-formed (every relationship after its endpoints); Persistence walks
 * it again to write it.
 */
import {
  batches,
  buildGraph,
  type GraphInput,
} from '../../graph/build-graph.ts';
import { recipeKey } from '../../graph/graph-model.ts';
import { nutritionPerServing } from '../qa-validator/nutrition.ts';
import { MissingInputError, type BrigadeAgent } from '../deps.ts';

export const graphBuilder: BrigadeAgent = {
  name: 'GraphBuilder',
  needs: ['ScalingCalculator'],
  async run(state) {
    const { scaled, foods } = state;
    if (!scaled || !foods)
      throw new MissingInputError('no scaled recipe to build a graph from');
    const lookup = (id: number) => foods.get(id);
    const input: GraphInput = {
      recipe: state.recipe,
      target: state.target ?? { factor: 1 },
      lines: scaled.lines,
      totals: scaled.totals,
      nutrition: nutritionPerServing(scaled.lines, lookup, scaled.totals),
      lookup,
    };
    // One pass through the batcher both counts and checks the stream.
    let nodes = 0;
    let relationships = 0;
    for (const batch of batches(buildGraph(input))) {
      nodes += batch.nodes.length;
      relationships += batch.relationships.length;
    }
    state.graph = {
      recipeKey: recipeKey(
        state.recipe.title,
        scaled.lines.map((l) => l.input),
        input.target,
      ),
      nodes,
      relationships,
      elements: () => buildGraph(input),
    };
  },
};
