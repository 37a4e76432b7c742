/**
 * Persistence: writes the graph stream to the store in batches of at most
 * 500 nodes, each batch one transaction. Stores merge on keys, so writing
 * the same recipe again creates nothing new.
 */
import { batches } from '../../graph/build-graph.ts';
import { MissingInputError, type BrigadeAgent } from '../deps.ts';

export const persistence: BrigadeAgent = {
  name: 'Persistence',
  needs: ['GraphBuilder'],
  async run(state, { store, storeName }) {
    const graph = state.graph;
    if (!graph) throw new MissingInputError('no graph to persist');
    const result = {
      store: storeName,
      recipeKey: graph.recipeKey,
      batches: 0,
      nodesCreated: 0,
      nodesMatched: 0,
      relationshipsCreated: 0,
      relationshipsMatched: 0,
    };
    for (const batch of batches(graph.elements())) {
      const written = await store.writeBatch(batch);
      result.batches++;
      result.nodesCreated += written.nodesCreated;
      result.nodesMatched += written.nodesMatched;
      result.relationshipsCreated += written.relsCreated;
      result.relationshipsMatched += written.relsMatched;
    }
    state.persistence = result;
  },
};
