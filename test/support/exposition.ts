/** Reads a Prometheus text exposition, as scraped from /metrics. */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  text: string;
  types: Map<string, string>;
  samples: Sample[];
  /** Samples of one metric whose labels include `match`. */
  find(name: string, match?: Record<string, string>): Sample[];
  /** The value of the only such sample, or undefined if there is none. */
  value(name: string, match?: Record<string, string>): number | undefined;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      if (name && type) types.set(name, type);
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m || line.startsWith('#')) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(LABEL)) labels[k!] = v!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  const find = (name: string, match: Record<string, string> = {}) =>
    samples.filter(
      (s) =>
        s.name === name &&
        Object.entries(match).every(([k, v]) => s.labels[k] === v),
    );
  return {
    text,
    types,
    samples,
    find,
    value(name, match) {
      const found = find(name, match);
      if (found.length > 1) {
        throw new Error(`${found.length} samples of ${name} match`);
      }
      return found[0]?.value;
    },
  };
}

export async function scrape(url: string): Promise<Exposition> {
  const res = await fetch(`${url}/metrics`);
  if (!res.ok) throw new Error(`/metrics answered ${res.status}`);
  return parseExposition(await res.text());
}
