import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcess } from '../../support/in-process.ts';

const HEADER = 'fdc_id,food,usd_per_kg,source';

function post(
  app: InProcess,
  csv: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${app.url}/api/prices/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...headers },
    body: csv,
  });
}

describe('POST /api/prices/import without ADMIN_TOKEN', () => {
  let app: InProcess;
  beforeAll(async () => {
    app = await startInProcess({ CACHE_ENABLED: 'true' });
  });
  afterAll(() => app?.close());

  it('imports from loopback and reports the rows', async () => {
    const res = await post(
      app,
      `${HEADER}\n168894,all-purpose flour,2.5,quote\n`,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: 1, invalidated: 0 });
  });

  it('refuses a bad row with problem+json naming its line', async () => {
    const csv = `${HEADER}\n168894,flour,2.5,quote\n168936,flour,free,quote\n`;
    const res = await post(app, csv);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
    const body = await res.json();
    expect(body.code).toBe('invalid_price_list');
    expect(body.detail).toMatch(/line 3/);
  });

  it('refuses a price for a food the catalog lacks, naming its line', async () => {
    const res = await post(app, `${HEADER}\n999999999,unobtainium,1,quote\n`);
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/line 2: no catalog food/);
  });

  it('refuses a body that is not text/csv', async () => {
    const res = await post(app, HEADER, { 'content-type': 'application/json' });
    expect(res.status).toBe(415);
  });
});

describe('POST /api/prices/import with ADMIN_TOKEN', () => {
  let app: InProcess;
  beforeAll(async () => {
    app = await startInProcess({ ADMIN_TOKEN: 's3cret-token' });
  });
  afterAll(() => app?.close());

  it('refuses a request without the token, even from loopback', async () => {
    const res = await post(app, `${HEADER}\n`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a wrong token', async () => {
    const res = await post(app, `${HEADER}\n`, {
      authorization: 'Bearer s3cret-tokeN',
    });
    expect(res.status).toBe(401);
  });

  it('imports with the token', async () => {
    const res = await post(app, `${HEADER}\n168894,flour,2.5,quote\n`, {
      authorization: 'Bearer s3cret-token',
    });
    expect(res.status).toBe(200);
  });
});
