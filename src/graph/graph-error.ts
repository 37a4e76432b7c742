/** A graph that breaks its own rules: a caller's bug, never user input. */
export class GraphError extends Error {
  constructor(
    readonly code: 'graph_dangling_relationship' | 'graph_invalid_batch_size',
    message: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}
