/** Writes the generated rule files next to this script. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleFiles } from './rule-files.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

for (const [name, text] of Object.entries(ruleFiles())) {
  writeFileSync(path.join(here, name), text);
  console.log(`wrote alerts/${name}`);
}
