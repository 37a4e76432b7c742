import { describe, expect, it } from 'vitest';
import { agentPeaks } from '../../../scripts/profile/agent-peaks.ts';
import type { Site } from '../../../scripts/profile/heap-sites.ts';
import { recommendations } from '../../../scripts/profile/recommendations.ts';

const MB = 1024 * 1024;
const site = (
  functionName: string,
  file: string,
  share: number,
  origin: Site['origin'],
): Site => ({
  functionName,
  file,
  line: 12,
  bytes: share * 1000,
  share,
  origin,
});

const sites = [
  site('search', 'node_modules/minisearch/x.js', 0.3, 'package minisearch'),
  site('props', 'src/graph/graph-model.ts', 0.2, 'brigade'),
];
const base = {
  sites,
  byOrigin: [
    { origin: 'package minisearch', bytes: 300 },
    { origin: 'brigade', bytes: 200 },
  ],
  peakRssBytes: 200 * MB,
  rssBudgetBytes: 600 * MB,
};
const run = (name: string, memoryMb: number) => ({
  name,
  status: 'success',
  memoryBytes: memoryMb * MB,
  rssBytes: 200 * MB,
  durationMs: 5,
});

describe('recommendations', () => {
  it('names the top site, Brigade’s own top site and their shares', () => {
    const lines = recommendations({
      ...base,
      peaks: agentPeaks([[run('UIDesigner', 1)]]),
    });
    expect(lines[0]).toContain(
      '`search` (node_modules/minisearch/x.js:12) with 30.0 %',
    );
    expect(lines[1]).toContain(
      '`props` (src/graph/graph-model.ts:12) with 20.0 %',
    );
    // minisearch: 300 of 500 sampled bytes
    expect(lines[2]).toContain('minisearch allocates most: 60.0 %');
  });

  it('flags an agent above half its cap', () => {
    // UIDesigner cap 60 MB; 36 MB is 60 %
    const lines = recommendations({
      ...base,
      peaks: agentPeaks([[run('UIDesigner', 36)]]),
    });
    expect(
      lines.some((l) =>
        l.startsWith(
          'UIDesigner grew the heap by up to 36.0 MB, 60.0 % of its 60.0 MB cap',
        ),
      ),
    ).toBe(true);
  });

  it('names the closest agent when none is above half its cap', () => {
    // RecipeEngineer 15 MB of 150 = 10 %; UIDesigner 3 MB of 60 = 5 %
    const lines = recommendations({
      ...base,
      peaks: agentPeaks([[run('RecipeEngineer', 15), run('UIDesigner', 3)]]),
    });
    expect(
      lines.some((l) => l.includes('the closest is RecipeEngineer at 10.0 %')),
    ).toBe(true);
  });

  it('warns when peak RSS passes half the run budget', () => {
    const lines = recommendations({
      ...base,
      peakRssBytes: 360 * MB,
      peaks: agentPeaks([]),
    });
    expect(lines.at(-1)).toContain(
      'Peak RSS 360.0 MB is 60.0 % of the 600.0 MB run budget',
    );
  });
});
