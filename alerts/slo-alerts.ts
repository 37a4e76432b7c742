/**
 * Multi-window multi-burn-rate alerts. The value of each alert is the burn
 * rate over its long window: 1 means the error budget lasts exactly the
 * SLO period; 14.4 means it is gone in about two days.
 */
import { alert } from './alert.ts';
import { REC } from './recording-rules.ts';
import type { AlertingRule } from './rule-types.ts';
import { BURN_WINDOWS, SLO, type BurnWindow } from './thresholds.ts';

interface Objective {
  name: string;
  what: string;
  target: number;
  ratio: (window: string) => string;
}

const OBJECTIVES: Objective[] = [
  {
    name: 'BrigadeAvailabilityErrorBudgetBurn',
    what: 'availability',
    target: SLO.availability,
    ratio: REC.errorRatio,
  },
  {
    name: 'BrigadeLatencyErrorBudgetBurn',
    what: `latency (runs under ${SLO.latencySeconds} s)`,
    target: SLO.latency,
    ratio: REC.slowRatio,
  },
];

/** Error budget as a fraction, rounded so 1 - 0.99 prints as 0.01. */
function budget(target: number): number {
  return Number((1 - target).toPrecision(6));
}

function burnAlert(o: Objective, w: BurnWindow): AlertingRule {
  const b = budget(o.target);
  const burn = (window: string) => `${o.ratio(window)} / ${b} > ${w.factor}`;
  return alert({
    name: o.name,
    expr: `${burn(w.long)} and ${burn(w.short)}`,
    for: w.for,
    severity: w.severity,
    labels: { long_window: w.long, short_window: w.short },
    summary: `Brigade burns its ${o.what} error budget too fast.`,
    description:
      `The ${o.target * 100}% ${o.what} SLO burns its error budget at ` +
      `{{ $value | humanize }}x the sustainable rate over ${w.long} ` +
      `(threshold ${w.factor}x, confirmed over ${w.short}).`,
  });
}

export function sloAlerts(): AlertingRule[] {
  return OBJECTIVES.flatMap((o) => BURN_WINDOWS.map((w) => burnAlert(o, w)));
}
