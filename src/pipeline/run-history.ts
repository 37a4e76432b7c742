/**
 * The most recent runs, for GET /api/orchestration/runs/:id. Bounded: the
 * oldest run is forgotten when a new one would exceed the capacity.
 */
import type { RunDocument } from './run-document.ts';

export class RunHistory {
  private readonly runs = new Map<string, RunDocument>();

  constructor(private readonly capacity: number) {}

  add(doc: RunDocument): void {
    this.runs.set(doc.runId, doc);
    if (this.runs.size > this.capacity) {
      const oldest = this.runs.keys().next().value as string;
      this.runs.delete(oldest);
    }
  }

  get(runId: string): RunDocument | undefined {
    return this.runs.get(runId);
  }

  get size(): number {
    return this.runs.size;
  }
}
