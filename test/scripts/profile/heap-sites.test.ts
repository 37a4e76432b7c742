import { describe, expect, it } from 'vitest';
import {
  allocationSites,
  bytesByOrigin,
  originOf,
  type ProfileNode,
} from '../../../scripts/profile/heap-sites.ts';

const ROOT = '/repo/';
const frame = (functionName: string, url: string, lineNumber: number) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});
const node = (
  f: ReturnType<typeof frame>,
  selfSize: number,
  children: ProfileNode[] = [],
): ProfileNode => ({ callFrame: f, selfSize, children });

// (root) → run (src/a.ts line 10, zero-based 9) → Map (native) 3000 B
//                                                → props (src/g.ts:5) 1000 B
//        → other path → props (src/g.ts:5) 4000 B
//        → search (node_modules/minisearch/x.js:1) 2000 B
const profile = {
  head: node(frame('(root)', '', -1), 0, [
    node(frame('run', 'file:///repo/src/a.ts', 9), 0, [
      node(frame('Map', '', -1), 3000),
      node(frame('props', 'file:///repo/src/g.ts', 4), 1000),
    ]),
    node(frame('other', 'file:///repo/src/b.ts', 0), 0, [
      node(frame('props', 'file:///repo/src/g.ts', 4), 4000),
    ]),
    node(frame('search', 'file:///repo/node_modules/minisearch/x.js', 0), 2000),
  ]),
};

describe('allocationSites', () => {
  const sites = allocationSites(profile, ROOT);

  it('sums one line reached by two call paths into one row', () => {
    // props: 1000 + 4000 = 5000 of 10000 sampled bytes
    expect(sites[0]).toMatchObject({
      functionName: 'props',
      file: 'src/g.ts',
      line: 5,
      bytes: 5000,
      share: 0.5,
      origin: 'brigade',
    });
  });

  it('charges a built-in’s bytes to the JavaScript line that called it', () => {
    expect(sites.find((s) => s.functionName === 'run')).toMatchObject({
      file: 'src/a.ts',
      line: 10,
      bytes: 3000,
    });
    expect(sites.some((s) => s.functionName === 'Map')).toBe(false);
  });

  it('maps transpiled lines back to source lines when a mapper is given', () => {
    const mapped = allocationSites(profile, ROOT, (url, line) =>
      url.endsWith('g.ts') ? line + 100 : undefined,
    );
    expect(mapped[0]).toMatchObject({ functionName: 'props', line: 105 });
  });

  it('totals bytes per origin', () => {
    expect(bytesByOrigin(sites)).toEqual([
      { origin: 'brigade', bytes: 8000 },
      { origin: 'package minisearch', bytes: 2000 },
    ]);
  });
});

describe('originOf', () => {
  it('names scoped packages with their scope', () => {
    expect(
      originOf('node_modules/@opentelemetry/sdk-metrics/build/src/utils.js'),
    ).toBe('package @opentelemetry/sdk-metrics');
  });

  it('tells Brigade, the profiling harness and Node apart', () => {
    expect(originOf('otel/instruments.ts')).toBe('brigade');
    expect(originOf('scripts/profile.ts')).toBe('harness');
    expect(originOf('node:internal/async_hooks')).toBe('node');
  });
});
