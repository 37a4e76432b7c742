/** The run document as a person reads it in a terminal. */
import CliTable from 'cli-table3';

/** Tables without colour codes, so output piped to a file stays clean. */
class Table extends CliTable {
  constructor(options: { head: string[] }) {
    super({ ...options, style: { head: [], border: [], compact: true } });
  }
}
import type { RunDocument } from '../pipeline/run-document.ts';

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : n.toFixed(digits);
const money = (n: number | null | undefined) =>
  n === null || n === undefined ? '–' : `$${n.toFixed(2)}`;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const clip = (s: string, width: number) =>
  s.length > width ? `${s.slice(0, width - 1)}…` : s;

function linesTable(doc: RunDocument): string {
  const t = new Table({
    head: ['#', 'line', 'food', 'g', 'scaled g', 'cost', 'issues'],
  });
  doc.lines.forEach((l, i) => {
    const issues = l.issues.filter((f) => f.severity !== 'info');
    t.push([
      i + 1,
      clip(l.input, 42),
      l.food
        ? clip(l.food.name, 24)
        : l.kind === 'ingredient'
          ? '(no match)'
          : `(${l.kind})`,
      fmt(l.grams, 1),
      fmt(l.scaledGrams, 1),
      money(l.cost),
      clip(issues.map((f) => f.code).join(', '), 28),
    ]);
  });
  return t.toString();
}

function nutritionTable(doc: RunDocument): string {
  if (!doc.nutrition) return 'Nutrition: not computed';
  const t = new Table({ head: ['per serving', 'amount', 'coverage'] });
  for (const [key, v] of Object.entries(doc.nutrition)) {
    t.push([
      key,
      `${fmt(v.amount, 1)} ${v.unit}`,
      `${Math.round(v.coverage * 100)} %`,
    ]);
  }
  return t.toString();
}

function agentsTable(doc: RunDocument): string {
  const t = new Table({
    head: [
      'agent',
      'status',
      'ms',
      'budget ms',
      'heap MB',
      'cap MB',
      'verdict',
    ],
  });
  for (const a of doc.agents) {
    t.push([
      a.name,
      a.status,
      fmt(a.durationMs, 1),
      a.budgetMs,
      mb(a.memoryBytes),
      mb(a.budgetBytes),
      a.withinBudget ? 'within' : 'OVER',
    ]);
  }
  return t.toString();
}

function findings(doc: RunDocument): string {
  const list = doc.qa?.findings ?? [];
  if (list.length === 0) return 'QA: no findings';
  return [
    'QA findings:',
    ...list.map((f) => `  [${f.severity}] ${f.code}: ${f.message}`),
  ].join('\n');
}

/** "unknown" rather than "$0.00" when no line has a price. */
function costText(doc: RunDocument): string {
  const t = doc.totals;
  if (!t) return '–';
  const priced = doc.lines.some((l) => l.cost !== null);
  if (!priced) return 'unknown (no price for any ingredient)';
  return (
    money(t.cost) + (t.costComplete ? '' : ' (partial: some prices unknown)')
  );
}

export function renderRun(doc: RunDocument): string {
  const t = doc.totals;
  const head = [
    `${doc.recipe.title}  —  ${doc.status.toUpperCase()} in ` +
      `${fmt(doc.durationMs, 0)} ms (run ${doc.runId})`,
    doc.traceId ? `trace ${doc.traceId}` : '',
    t
      ? `batch ${fmt(t.scaledGrams, 0)} g × factor ${t.factor}` +
        (t.scaledServings ? `, ${t.scaledServings} servings` : '') +
        `, cost ${costText(doc)}`
      : '',
    doc.error ? `error: ${doc.error.code}: ${doc.error.message}` : '',
    doc.faults.length ? `faults injected: ${doc.faults.join(', ')}` : '',
  ].filter(Boolean);
  const allergens = doc.allergens.length
    ? `Allergens: ${doc.allergens.join(', ')}`
    : '';
  return [
    head.join('\n'),
    linesTable(doc),
    nutritionTable(doc),
    allergens,
    findings(doc),
    agentsTable(doc),
  ]
    .filter(Boolean)
    .join('\n\n');
}
