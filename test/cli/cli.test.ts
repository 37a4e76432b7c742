/**
 * The command line as a user meets it: a real recipe prints a table or,
 * with --json, the run document; every mistake prints one line and exits
 * 2 when the command line is wrong, 1 when anything else is.
 *
 * Each case spawns the real bin (about 2 s of start-up each), so the
 * cases run concurrently.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'brigade-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnNode(args: string[], env: Record<string, string> = {}) {
  return new Promise<Result>((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATA_DIR: path.join(dir, 'var'),
          LOG_LEVEL: 'warn',
          ...env,
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ code, stdout, stderr: stderr.trim() });
      },
    );
  });
}

const brigade = (...args: string[]) =>
  spawnNode([path.join(root, 'bin/brigade.js'), ...args]);

function file(name: string, content: string | Buffer) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const recipes = path.join(root, 'data/recipes/recipes.json');
const sangria = ['run', recipes, '--id', 'sangria'];

/** One line on stderr, nothing on stdout, and the given exit code. */
function expectOneLine(r: Result, code: number, message: RegExp) {
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(code);
}

describe.concurrent('brigade run', () => {
  it('prints the run document with --json for a real recipe', async () => {
    const r = await brigade(
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

  it('prints a table naming the agents against their budgets', async () => {
    const r = await brigade(...sangria);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sangria');
    for (const agent of ['RecipeEngineer', 'Persistence']) {
      expect(r.stdout).toContain(agent);
    }
  });

  it('runs four recipes at once on one fresh data folder', async () => {
    // Four processes seed and write one SQLite file together; a write
    // that waited for no lock once failed them with "database is locked".
    const env = { DATA_DIR: path.join(dir, 'shared-var') };
    const bin = path.join(root, 'bin/brigade.js');
    const ids = ['apple-pie', 'sangria', 'pumpkin-bread', 'curry-sauce'];
    const results = await Promise.all(
      ids.map((id) =>
        spawnNode([bin, 'run', recipes, '--id', id, '--json'], env),
      ),
    );
    for (const r of results) {
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).status).toBe('success');
    }
  });

  it('says the cost is unknown, not $0.00, when no ingredient has a price', async () => {
    // Irish coffee: liqueur, whiskey, coffee, cream, nutmeg; BLS prices none.
    const r = await brigade('run', recipes, '--id', 'irish-coffee');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cost unknown');
    expect(r.stdout).not.toContain('$0.00');
  });

  it('reads a file saved with a byte-order mark, and --servings in exponent form', async () => {
    const recipe = {
      title: 'Butter toast',
      servings: 8,
      ingredients: ['100 g butter', '4 slices bread'],
    };
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const p = file(
      'bom.json',
      Buffer.concat([bom, Buffer.from(JSON.stringify(recipe))]),
    );
    // 1.6e1 = 16 servings from 8: factor 2, so 100 g butter → 200 g.
    const r = await brigade('run', p, '--servings', '1.6e1', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const butter = doc.lines.find(
      (l: { input: string }) => l.input === '100 g butter',
    );
    expect(butter.scaledGrams).toBe(200);
  });
});

describe.concurrent(
  'brigade run: a mistake in the command line exits 2',
  () => {
    const usage: Array<[string, string[], RegExp]> = [
      ['an unknown command', ['cook'], /^brigade: unknown command 'cook'$/],
      ['an unknown flag', [...sangria, '--bogus'], /unknown option '--bogus'/],
      ['a missing file argument', ['run'], /missing required argument/],
      [
        'two targets',
        [...sangria, '--factor', '2', '--servings', '4'],
        /^brigade: give at most one of --servings, --factor, --batch/,
      ],
      // TargetSchema caps a factor at 10 000.
      [
        'a factor over the limit',
        [...sangria, '--factor', '1e9'],
        /^brigade: --factor: must be at most 10000$/,
      ],
      [
        'a negative factor',
        [...sangria, '--factor', '-1'],
        /^brigade: --factor: must be greater than 0$/,
      ],
      // Number("0x10") is 16; a person typing it did not mean a scale.
      [
        'a hexadecimal factor',
        [...sangria, '--factor', '0x10'],
        /^brigade: --factor: expected a decimal number.*"0x10"$/,
      ],
      [
        'servings written as Infinity',
        [...sangria, '--servings', 'Infinity'],
        /^brigade: --servings: expected a decimal number/,
      ],
      [
        'an empty batch',
        [...sangria, '--batch', ''],
        /^brigade: --batch: must not be empty$/,
      ],
      [
        'an unreadable batch',
        [...sangria, '--batch', 'lots'],
        /^brigade: --batch: "lots": write a number and a mass unit/,
      ],
    ];
    it.each(usage)('answers %s with one line', async (_, args, message) => {
      expectOneLine(await brigade(...args), 2, message);
    });

    // A flag mistake is reported even when the file is also wrong.
    it('checks the flags before reading the file', async () => {
      const r = await brigade('run', '/nope.json', '--factor', '0');
      expectOneLine(r, 2, /^brigade: --factor: must be greater than 0$/);
    });
  },
);

describe.concurrent('brigade run: a bad file or recipe exits 1', () => {
  const big = file('big.json', '');
  // Sparse: 6 × 1024 × 1024 bytes without writing them.
  truncateSync(big, 6 * 1024 * 1024);
  const folder = path.join(dir, 'folder.json');
  mkdirSync(folder);

  const mistakes: Array<[string, string[], RegExp]> = [
    ['a missing file', ['run', '/nope/recipe.json'], /no such file/],
    [
      'a missing price list',
      ['prices', 'import', '/nope/prices.csv'],
      /^brigade: no such file: \/nope\/prices.csv$/,
    ],
    [
      'a device instead of a file',
      ['run', '/dev/zero'],
      /^brigade: \/dev\/zero is not a regular file$/,
    ],
    [
      'a directory',
      ['run', folder],
      /^brigade: .*folder\.json is a directory$/,
    ],
    [
      'a file over 5 MB',
      ['run', big],
      /^brigade: .*big\.json is 6 MB; the limit is 5 MB$/,
    ],
    [
      'an empty file',
      ['run', file('blank.json', '\n')],
      /blank\.json is empty$/,
    ],
    [
      'a file that is not JSON',
      ['run', file('bad.json', '{"title": ')],
      /not valid JSON/,
    ],
    // U+200B is invisible in a terminal; the message shows it escaped.
    [
      'a file starting with a zero-width space',
      ['run', file('zwsp.json', '\u200B{"title":"x"}')],
      /not valid JSON: Unexpected token '\\u200B'/,
    ],
    [
      'an empty array',
      ['run', file('none.json', '[]')],
      /^brigade: the file holds no recipes$/,
    ],
    ['an array without --id', ['run', recipes], /choose one with --id/],
    [
      'an unknown id',
      ['run', recipes, '--id', 'nope'],
      /no recipe with id "nope"/,
    ],
    [
      'an id that is not the one recipe in the file',
      [
        'run',
        file('one.json', '{"id":"toast","title":"x","ingredients":["1 egg"]}'),
        '--id',
        'tea',
      ],
      /no recipe with id "tea"/,
    ],
    [
      'a recipe without ingredients',
      ['run', file('empty.json', '{"title":"x","ingredients":[]}')],
      /^brigade: invalid recipe in .*empty\.json: ingredients: must hold at least one item$/,
    ],
    [
      'a wrong field, named by its path in the file',
      [
        'run',
        file('wrapped.json', '{"recipe":{"title":"x","ingredients":[3]}}'),
      ],
      /: recipe\.ingredients\.0: must be text or an object, not a number$/,
    ],
    [
      'a wrong field inside a structured ingredient',
      [
        'run',
        file(
          'structured.json',
          '{"title":"x","ingredients":["1 egg",{"name":"milk","qty":2}]}',
        ),
      ],
      /: ingredients\.1: has unknown field "qty"$/,
    ],
    [
      'too many ingredients',
      ['run', recipes, '--id', 'butter-chicken'],
      /27 ingredient lines; the limit is 20/,
    ],
  ];
  it.each(mistakes)('answers %s with one line', async (_, args, message) => {
    expectOneLine(await brigade(...args), 1, message);
  });
});

describe.concurrent('brigade --version and --help', () => {
  it('prints the version in package.json', async () => {
    const pkg = JSON.parse(
      readFileSync(path.join(root, 'package.json'), 'utf8'),
    );
    const r = await brigade('--version');
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  // pino refuses an unknown level while the logger module loads, before
  // the CLI's own error handling exists.
  it('answers an invalid setting with one line naming the variable', async () => {
    const r = await spawnNode(
      [path.join(root, 'bin/brigade.js'), 'run', recipes, '--id', 'sangria'],
      { LOG_LEVEL: 'bogus' },
    );
    expectOneLine(r, 1, /LOG_LEVEL="bogus"/);
  });

  it('documents the exit codes', async () => {
    const r = await brigade('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*1 {2}the command could not/);
    expect(r.stdout).toMatch(/2 {2}the command line is wrong/);
  });
});

describe.concurrent('starting the server with a bad setting', () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => taken.close(resolve)));

  const serve = (env: Record<string, string>) =>
    spawnNode([path.join(root, 'bin/brigade.js'), 'serve'], env);

  it('names the variable, without a stack trace', async () => {
    const r = await serve({ PORT: '99999' });
    expectOneLine(r, 1, /^brigade: cannot start the server: PORT="99999"/);
  });

  it('names a port already in use', async () => {
    const r = await serve({ PORT: String(port), HOST: '127.0.0.1' });
    expectOneLine(
      r,
      1,
      new RegExp(`port ${port} on 127.0.0.1 is already in use`),
    );
  });

  // `npm start` logs JSON; the fatal line carries the message, no stack.
  it('logs one line under npm start', async () => {
    const r = await spawnNode(
      ['--import', 'tsx', path.join(root, 'src/server.ts')],
      { PORT: '99999' },
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '');
    expect(entry.msg).toMatch(/^server: cannot start: PORT="99999"/);
    expect(entry.err).toBeUndefined();
  });
});
