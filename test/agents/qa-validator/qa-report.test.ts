import { describe, expect, it } from 'vitest';
import { qaReport } from '../../../src/agents/qa-validator/qa-report.ts';
import { line, lookup, totals, withPercents } from './fixtures.ts';

describe('qaReport', () => {
  it('passes a clean recipe and gives nutrition per serving', () => {
    const lines = withPercents([
      line('all-purpose flour', 125),
      line('egg', 100),
      line('butter', 14.2),
    ]);
    const report = qaReport(lines, totals({ scaledServings: 2 }), lookup);
    expect(report.passed).toBe(true);
    expect(report.findings).toEqual([]);
    // (455 + 143 + 101.814) / 2
    expect(report.nutrition.energy_kcal.amount).toBeCloseTo(349.907, 3);
    expect(report.allergens).toEqual(['milk', 'egg', 'wheat']);
  });

  it('fails on an error finding and keeps warnings from failing', () => {
    const unmatched = withPercents([line('egg', 50), line(null, 50)]);
    expect(qaReport(unmatched, totals(), lookup).passed).toBe(true);
    const offBy3 = [
      line('egg', 50, { percent: 50 }),
      line('butter', 50, { percent: 47 }),
    ];
    expect(qaReport(offBy3, totals(), lookup).passed).toBe(false);
  });

  it('counts lines, ingredients, matches, weighed and unsure lines', () => {
    const lines = withPercents([
      line(null, null, { kind: 'header', input: 'DOUGH' }),
      line('all-purpose flour', 125),
      line('egg', 100, { confidence: 0.4 }),
      line(null, 20),
      line('salt', null),
    ]);
    expect(qaReport(lines, totals(), lookup).summary).toEqual({
      lines: 5,
      ingredientLines: 4,
      matched: 3,
      inGrams: 3,
      lowConfidence: 1,
    });
  });
});
