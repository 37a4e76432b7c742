/** Writes every dashboard to dashboards/generated/ for Grafana to load. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboards, renderDashboard } from './registry.ts';

const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'generated',
);
mkdirSync(out, { recursive: true });
for (const [file, dashboard] of Object.entries(dashboards())) {
  writeFileSync(path.join(out, file), renderDashboard(dashboard));
  console.log(`wrote dashboards/generated/${file}`);
}
