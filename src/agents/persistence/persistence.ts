/**
 * Persistence: writes the graph stream to the store in batches of at most
 * 500 nodes, each batch one transaction. Stores merge on keys, so writing
 * the same recipe again creates nothing new. The agent's span carries the
 * totals (each batch of the Neo4j store has its own span too), stamped
 * also when a batch fails, so the trace shows how far the write got.
 */
import { trace } from '@opentelemetry/api';
import { ATTR } from '../../../otel/names.ts';
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
    try {
      for (const batch of batches(graph.elements())) {
        const written = await store.writeBatch(batch);
        result.batches++;
        result.nodesCreated += written.nodesCreated;
        result.nodesMatched += written.nodesMatched;
        result.relationshipsCreated += written.relsCreated;
        result.relationshipsMatched += written.relsMatched;
      }
    } finally {
      trace.getActiveSpan()?.setAttributes({
        [ATTR.dbSystem]: storeName,
        [ATTR.nodesWritten]: result.nodesCreated + result.nodesMatched,
        [ATTR.relsWritten]:
          result.relationshipsCreated + result.relationshipsMatched,
      });
    }
    state.persistence = result;
  },
};
