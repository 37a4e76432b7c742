/** Probes, metrics and the API description. */
import Router from '@koa/router';
import type { Context } from 'koa';
import { serveMetrics } from '../../../otel/prometheus.ts';
import type { Brigade } from '../../brigade.ts';
import { openApiDocument } from '../openapi.ts';

export function opsRoutes(brigade: Brigade): Router {
  const router = new Router();

  router.get('/healthz', (ctx: Context) => {
    ctx.body = { status: 'ok' };
  });

  router.get('/readyz', async (ctx: Context) => {
    const ready = await brigade.ready();
    ctx.status = ready.ok ? 200 : 503;
    ctx.body = ready;
  });

  router.get('/metrics', (ctx: Context) => {
    ctx.respond = false;
    serveMetrics(ctx.req, ctx.res);
  });

  router.get('/openapi.json', (ctx: Context) => {
    ctx.body = openApiDocument();
  });

  return router;
}
