/**
 * POST /api/orchestration/run end to end over real HTTP, on real recipes,
 * and every kind of bad input answered with problem+json, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postRun,
  realRecipe,
  startInProcess,
  type InProcess,
} from '../support/in-process.ts';

let app: InProcess;
beforeAll(async () => {
  app = await startInProcess({ BODY_LIMIT_KB: '16' });
});
afterAll(() => app.close());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(
    /^application\/problem\+json/,
  );
  return (await res.json()) as {
    status: number;
    code: string;
    detail: string;
    errors?: Array<{ field: string }>;
  };
}

describe('a real recipe', () => {
  it('runs through all six agents and answers the run document', async () => {
    const recipe = await realRecipe('pumpkin-bread');
    const res = await postRun(app.url, { recipe, target: { factor: 2 } });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.status).toBe('success');
    expect(doc.agents.map((a: { name: string }) => a.name)).toEqual([
      'RecipeEngineer',
      'ScalingCalculator',
      'GraphBuilder',
      'QAValidator',
      'UIDesigner',
      'Persistence',
    ]);
    expect(doc.lines).toHaveLength(recipe.ingredients.length);
    // "2 large eggs": USDA large egg 50 g each → 100 g, doubled → 200 g.
    const eggs = doc.lines.find(
      (l: { input: string }) => l.input === '2 large eggs',
    );
    expect(eggs.grams).toBe(100);
    expect(eggs.scaledGrams).toBe(200);
    // "2 cups all-purpose flour": USDA 1 cup = 125 g → 250 g, not 2 × 237 g.
    expect(doc.lines[0].grams).toBe(250);
    expect(doc.lines[0].food.fdcId).toBe(168894);
    expect(doc.totals.factor).toBe(2);
    // "Makes 2 loaves": a serving is a loaf, and the label says so.
    expect(doc.totals.servings).toBe(2);
    expect(doc.totals.servingUnit).toBe('loaves');
    expect(doc.view.nutritionFacts.servingUnit).toBe('loaves');
    expect(doc.persistence.store).toBe('sqlite');
  });

  it('names each agent in Server-Timing and gives the run id and trace header', async () => {
    const recipe = await realRecipe('sangria');
    const res = await postRun(app.url, { recipe });
    const timing = res.headers.get('server-timing') ?? '';
    for (const agent of ['RecipeEngineer', 'Persistence', 'total']) {
      expect(timing).toContain(`${agent};dur=`);
    }
    const doc = await res.json();
    expect(res.headers.get('x-run-id')).toBe(doc.runId);
  });

  it('stores a recipe run twice without creating its nodes again', async () => {
    const recipe = await realRecipe('irish-coffee');
    const first = await (await postRun(app.url, { recipe })).json();
    const second = await (await postRun(app.url, { recipe })).json();
    expect(first.persistence.nodesCreated).toBeGreaterThan(0);
    expect(second.persistence.nodesCreated).toBe(0);
    expect(second.persistence.nodesMatched).toBe(
      first.persistence.nodesCreated + first.persistence.nodesMatched,
    );
  });
});

describe('bad input', () => {
  it('answers 400 for a body that is not JSON', async () => {
    const res = await postRun(app.url, '{"recipe": ');
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe('invalid_json');
  });

  it('answers 400 naming the field that fails the schema', async () => {
    const res = await postRun(app.url, {
      recipe: { title: 'x', ingredients: 'flour' },
    });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.code).toBe('invalid_request');
    expect(body.errors?.[0]?.field).toBe('recipe.ingredients');
  });

  it('answers 400 for a negative factor and an unknown target key', async () => {
    const recipe = await realRecipe('sangria');
    for (const target of [{ factor: -2 }, { scale: 2 }]) {
      const res = await postRun(app.url, { recipe, target });
      expect(res.status).toBe(400);
      expect((await problem(res)).errors?.[0]?.field).toMatch(/^target/);
    }
  });

  it('answers 413 for a body over the limit', async () => {
    const big = {
      recipe: { title: 'x', ingredients: ['a'.repeat(400)] },
      pad: 'p'.repeat(20_000),
    };
    const res = await postRun(app.url, big);
    expect(res.status).toBe(413);
    expect((await problem(res)).code).toBe('body_too_large');
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    const res = await fetch(`${app.url}/api/orchestration/run`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
  });

  it('answers 422 naming the count and the limit for too many ingredients', async () => {
    // 25 lines of which 23 are ingredients: the headers do not count.
    const recipe = await realRecipe('the-best-cinnamon-rolls-ever');
    const res = await postRun(app.url, { recipe });
    expect(res.status).toBe(422);
    const body = await problem(res);
    expect(body.code).toBe('too_many_ingredients');
    expect(body.detail).toContain('25 ingredient lines');
    expect(body.detail).toContain('limit is 20');
  });

  it('does not count header lines against the limit', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i + 1} g sugar`);
    const recipe = {
      title: 'Headers',
      ingredients: ['FOR THE CAKE', ...lines, 'For the glaze:'],
    };
    const res = await postRun(app.url, { recipe });
    expect(res.status).toBe(200);
  });

  it('answers 422 for servings when the recipe has no yield', async () => {
    const recipe = { title: 'No yield', ingredients: ['100 g sugar'] };
    const res = await postRun(app.url, { recipe, target: { servings: 4 } });
    expect(res.status).toBe(422);
    expect((await problem(res)).code).toBe('invalid_target');
  });

  it('answers 422 for a batch mass it cannot read', async () => {
    const recipe = await realRecipe('sangria');
    const res = await postRun(app.url, {
      recipe,
      target: { batch: 'fifty kilos' },
    });
    expect(res.status).toBe(422);
    expect((await problem(res)).code).toBe('invalid_batch');
  });

  it('answers 404 problem+json for an unknown route and an unknown run', async () => {
    expect((await fetch(`${app.url}/nope`)).status).toBe(404);
    const res = await fetch(`${app.url}/api/orchestration/runs/not-a-run`);
    expect(res.status).toBe(404);
    expect((await problem(res)).code).toBe('run_not_found');
  });
});

describe('the API description', () => {
  it('serves OpenAPI 3.1 with the run route and its error responses', async () => {
    const doc = await (await fetch(`${app.url}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const run = doc.paths['/api/orchestration/run'].post;
    expect(Object.keys(run.responses)).toEqual(
      expect.arrayContaining(['200', '400', '413', '422', '429', '503']),
    );
    expect(doc.components.schemas.RunRequest).toBeDefined();
  });
});

describe('inputs a fresh user tried', () => {
  const base = { title: 'Probe', ingredients: ['100 g sugar'] };

  it('refuses a line that hides a second line behind a line break', async () => {
    const recipe = { ...base, ingredients: ['2 cups flour\r\n3 eggs'] };
    const res = await postRun(app.url, { recipe });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.errors?.[0]?.field).toBe('recipe.ingredients.0');
    expect(body.detail).toContain('one ingredient per line');
  });

  it('answers 422 for a recipe whose lines are all blank or headers', async () => {
    const recipe = { ...base, ingredients: ['', ' ', 'Sauce:'] };
    const res = await postRun(app.url, { recipe });
    expect(res.status).toBe(422);
    expect((await problem(res)).code).toBe('no_ingredients');
  });

  it('answers 422 with the count for 10,000 ingredient lines', async () => {
    const recipe = { ...base, ingredients: Array(10_000).fill('1 g salt') };
    const res = await fetch(`${app.url}/api/orchestration/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipe }),
    });
    // 10,000 × "1 g salt" is over the 16 KB limit of this test server.
    expect([413, 422]).toContain(res.status);
    const small = { ...base, ingredients: Array(1000).fill('1 g salt') };
    const res2 = await postRun(app.url, { recipe: small });
    expect(res2.status).toBe(422);
    expect((await problem(res2)).detail).toContain('1000 ingredient lines');
  });

  it('refuses servings so small that per-serving figures explode', async () => {
    const res = await postRun(app.url, {
      recipe: { ...base, servings: 1e-300 },
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.field).toBe('recipe.servings');
  });

  it('answers 422 for a target that scales beyond 10000 or below 0.001', async () => {
    const recipe = { ...base, servings: 4 };
    for (const target of [{ servings: 0.0001 }, { servings: 99_999 }]) {
      const res = await postRun(app.url, { recipe, target });
      expect(res.status).toBe(422);
      expect((await problem(res)).code).toBe('invalid_target');
    }
  });

  it('fails the run, with the reason, for a batch mass beyond the factor range', async () => {
    // 99 999 999 999 kg of a 100 g recipe: a factor of 1e12.
    const res = await postRun(app.url, {
      recipe: base,
      target: { batch: '99999999999 kg' },
    });
    const doc = await res.json();
    expect(doc.status).toBe('failed');
    expect(doc.error.code).toBe('invalid_target');
    expect(JSON.stringify(doc)).not.toMatch(/Infinity|NaN|e\+/);
  });

  it('leaves an absurd line out of the totals with an error finding', async () => {
    const recipe = {
      ...base,
      ingredients: ['99999999999 kg salt', '100 g sugar'],
    };
    const doc = await (await postRun(app.url, { recipe })).json();
    expect(doc.lines[0].grams).toBeNull();
    expect(doc.lines[0].issues.map((f: { code: string }) => f.code)).toContain(
      'absurd_quantity',
    );
    expect(doc.totals.grams).toBe(100);
  });

  it('refuses unknown keys in the recipe', async () => {
    const res = await postRun(app.url, { recipe: { ...base, steps: [[[]]] } });
    expect(res.status).toBe(400);
  });

  it('answers 405 with Allow for a GET on the run route', async () => {
    const res = await fetch(`${app.url}/api/orchestration/run`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
    expect((await problem(res)).code).toBe('method_not_allowed');
  });
});

describe('scaling', () => {
  it('keeps nutrition per serving the same whatever the factor', async () => {
    const recipe = await realRecipe('pumpkin-bread');
    const at = async (factor: number) =>
      (await (await postRun(app.url, { recipe, target: { factor } })).json())
        .nutrition;
    const [one, scaled] = await Promise.all([at(1), at(2.5)]);
    for (const key of Object.keys(one)) {
      expect(scaled[key].amount, key).toBeCloseTo(one[key].amount, 9);
    }
  });
});

describe('errors inside a union name the field the input meant', () => {
  const recipe = { title: 'Probe', ingredients: ['100 g sugar'] };

  it('names target.servings for servings given as text', async () => {
    const res = await postRun(app.url, { recipe, target: { servings: '4' } });
    const body = await problem(res);
    expect(body.errors?.[0]?.field).toBe('target.servings');
  });

  it('names the quantity of a structured ingredient', async () => {
    const bad = { ...recipe, ingredients: [{ name: 'salt', quantity: 'two' }] };
    const body = await problem(await postRun(app.url, { recipe: bad }));
    expect(body.errors?.[0]?.field).toBe('recipe.ingredients.0.quantity');
  });

  it('keeps the general message when no one branch was meant', async () => {
    const res = await postRun(app.url, { recipe, target: {} });
    const body = await problem(res);
    expect(body.errors?.[0]?.field).toBe('target');
    expect(body.detail).toContain('{"servings": n}');
  });
});
