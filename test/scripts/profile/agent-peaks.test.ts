import { describe, expect, it } from 'vitest';
import {
  agentPeaks,
  type AgentSample,
} from '../../../scripts/profile/agent-peaks.ts';

const MB = 1024 * 1024;
const sample = (
  name: string,
  memoryMb: number,
  status = 'success',
): AgentSample => ({
  name,
  status,
  memoryBytes: memoryMb * MB,
  rssBytes: 200 * MB,
  durationMs: 10,
});

describe('agentPeaks', () => {
  const peaks = agentPeaks([
    [sample('RecipeEngineer', 30), sample('GraphBuilder', 0, 'skipped')],
    [sample('RecipeEngineer', 90), sample('GraphBuilder', 10)],
  ]);

  it('gives all six agents in pipeline order, even those that never ran', () => {
    expect(peaks.map((p) => p.name)).toEqual([
      'RecipeEngineer',
      'ScalingCalculator',
      'GraphBuilder',
      'QAValidator',
      'UIDesigner',
      'Persistence',
    ]);
    expect(peaks[1]).toMatchObject({ runs: 0, peakBytes: 0 });
  });

  it('takes the largest growth over the runs against the cap', () => {
    // RecipeEngineer: peak 90 MB of a 150 MB cap = 0.6; mean (30 + 90) / 2 = 60 MB
    expect(peaks[0]).toMatchObject({
      runs: 2,
      peakBytes: 90 * MB,
      meanBytes: 60 * MB,
    });
    expect(peaks[0]?.shareOfCap).toBeCloseTo(0.6, 10);
  });

  it('leaves skipped agents out of the figures', () => {
    // GraphBuilder ran once (10 MB of its 200 MB cap); the skip does not count.
    expect(peaks[2]).toMatchObject({
      runs: 1,
      peakBytes: 10 * MB,
      meanBytes: 10 * MB,
    });
  });
});
