/**
 * The command line as a user meets it: a real recipe prints a table or,
 * with --json, the run document; every mistake prints one line and exits
 * non-zero.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'brigade-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function brigade(...args: string[]) {
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'bin/brigade.js'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATA_DIR: path.join(dir, 'var'),
        LOG_LEVEL: 'warn',
      },
      timeout: 60_000,
    },
  );
  return { code: res.status, stdout: res.stdout, stderr: res.stderr.trim() };
}

function file(name: string, content: string) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const recipes = path.join(root, 'data/recipes/recipes.json');

describe('brigade run', () => {
  it('prints the run document with --json for a real recipe', () => {
    const r = brigade(
      'run',
      recipes,
      '--id',
      'apple-pie',
      '--factor',
      '2',
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('success');
    // "350 g flour" × 2 = 700 g.
    const flour = doc.lines.find(
      (l: { input: string }) => l.input === '350 g flour',
    );
    expect(flour.scaledGrams).toBe(700);
  });

  it('prints a table naming the agents against their budgets', () => {
    const r = brigade('run', recipes, '--id', 'sangria');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sangria');
    for (const agent of ['RecipeEngineer', 'Persistence']) {
      expect(r.stdout).toContain(agent);
    }
  });

  const mistakes: Array<[string, string[], RegExp]> = [
    ['a missing file', ['run', '/nope/recipe.json'], /no such file/],
    [
      'a file that is not JSON',
      ['run', file('bad.json', '{"title": ')],
      /not valid JSON/,
    ],
    ['an array without --id', ['run', recipes], /choose one with --id/],
    [
      'an unknown id',
      ['run', recipes, '--id', 'nope'],
      /no recipe with id "nope"/,
    ],
    [
      'a recipe without ingredients',
      ['run', file('empty.json', '{"title":"x","ingredients":[]}')],
      /ingredients/,
    ],
    [
      'two targets',
      ['run', recipes, '--id', 'sangria', '--factor', '2', '--servings', '4'],
      /at most one/,
    ],
    [
      'a negative factor',
      ['run', recipes, '--id', 'sangria', '--factor', '-1'],
      /factor/,
    ],
    [
      'too many ingredients',
      ['run', recipes, '--id', 'butter-chicken'],
      /27 ingredient lines; the limit is 20/,
    ],
    [
      'an unreadable batch',
      ['run', recipes, '--id', 'sangria', '--batch', 'lots'],
      /batch "lots"/i,
    ],
  ];
  it.each(mistakes)(
    'answers %s with one line and a non-zero exit',
    (_, args, message) => {
      const r = brigade(...args);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    },
  );
});
