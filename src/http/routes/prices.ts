/**
 * POST /api/prices/import: a price list as text/csv replaces the prices
 * of its foods and drops their cached costs. Allowed with
 * `Authorization: Bearer $ADMIN_TOKEN` when ADMIN_TOKEN is set, and only
 * from this machine when it is not. Mounted before the JSON body parser,
 * which refuses anything but JSON.
 */
import { timingSafeEqual } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Brigade } from '../../brigade.ts';
import { CacheError } from '../../cache/cache-error.ts';
import { PriceListError } from '../../pricing/price-list-error.ts';
import { HttpProblem } from '../problem.ts';

/** A price list is a few kilobytes; this leaves room for thousands of rows. */
const CSV_LIMIT_BYTES = 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function pricesRoutes(brigade: Brigade): Router {
  const router = new Router();
  router.post('/api/prices/import', async (ctx: Context) => {
    authorize(ctx, brigade.config.ADMIN_TOKEN);
    if (!ctx.is('text/csv')) {
      throw new HttpProblem(
        415,
        'unsupported_media_type',
        'send the price list as text/csv',
      );
    }
    const csv = await readText(ctx);
    try {
      ctx.body = await brigade.importPriceCsv(csv);
    } catch (err) {
      throw asProblem(err);
    }
  });
  return router;
}

function asProblem(err: unknown): unknown {
  if (err instanceof PriceListError) {
    return new HttpProblem(400, err.code, err.message, [
      { field: `line ${err.line ?? 1}`, message: err.message },
    ]);
  }
  // The prices are stored; Redis could not drop the old costs. Repeating
  // the import is safe and finishes the job.
  if (err instanceof CacheError) {
    return new HttpProblem(503, err.code, err.message, undefined, {
      'retry-after': '5',
    });
  }
  return err;
}

function authorize(ctx: Context, token: string | undefined): void {
  if (!token) {
    if (LOOPBACK.has(ctx.req.socket.remoteAddress ?? '')) return;
    throw new HttpProblem(
      403,
      'forbidden',
      'price import is allowed only from this machine unless ADMIN_TOKEN is set',
    );
  }
  const sent = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1] ?? '';
  if (!sameSecret(sent, token)) {
    throw new HttpProblem(
      401,
      'unauthorized',
      'price import needs Authorization: Bearer <ADMIN_TOKEN>',
      undefined,
      { 'www-authenticate': 'Bearer' },
    );
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readText(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > CSV_LIMIT_BYTES) {
      throw new HttpProblem(
        413,
        'body_too_large',
        `price list is larger than ${CSV_LIMIT_BYTES / 1024} KB`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
