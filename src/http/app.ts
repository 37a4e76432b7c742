/**
 * The Koa application: problem+json errors, one access line per request,
 * the trace id on every response, JSON bodies with a size limit, routes.
 */
import { bodyParser } from '@koa/bodyparser';
import { trace } from '@opentelemetry/api';
import Koa, { type Context, type Next } from 'koa';
import type { Brigade } from '../brigade.ts';
import { componentLog } from '../log.ts';
import { HttpProblem, problemMiddleware } from './problem.ts';
import { opsRoutes } from './routes/ops.ts';
import { pricesRoutes } from './routes/prices.ts';
import { runRoutes } from './routes/run.ts';

const log = componentLog('http');

async function accessLog(ctx: Context, next: Next) {
  const t0 = performance.now();
  const traceId = trace.getActiveSpan()?.spanContext().traceId;
  if (traceId) ctx.set('X-Trace-Id', traceId);
  try {
    await next();
  } finally {
    if (ctx.path !== '/metrics' && ctx.path !== '/healthz') {
      log.info(
        {
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          ms: Math.round((performance.now() - t0) * 10) / 10,
        },
        'http: request',
      );
    }
  }
}

function jsonBody(limitKb: number) {
  const parse = bodyParser({
    enableTypes: ['json'],
    jsonLimit: `${limitKb}kb`,
    encoding: 'utf-8',
    onError: (err: Error & { status?: number; type?: string }) => {
      if (err.status === 413 || err.type === 'entity.too.large') {
        throw new HttpProblem(
          413,
          'body_too_large',
          `request body is larger than ${limitKb} KB`,
        );
      }
      throw new HttpProblem(
        400,
        'invalid_json',
        `request body is not valid JSON: ${err.message}`,
      );
    },
  });
  return async (ctx: Context, next: Next) => {
    // Only the routes that take JSON insist on it; elsewhere routing
    // answers (404, or 405 with Allow).
    if (
      JSON_ROUTES.has(ctx.path) &&
      ctx.method === 'POST' &&
      !ctx.is('application/json')
    ) {
      throw new HttpProblem(
        415,
        'unsupported_media_type',
        'send the body as application/json',
      );
    }
    return parse(ctx, next);
  };
}

const JSON_ROUTES = new Set(['/api/orchestration/run']);

export function createApp(brigade: Brigade): Koa {
  const app = new Koa();
  app.proxy = false;
  app.silent = true;
  const ops = opsRoutes(brigade);
  const runs = runRoutes(brigade);
  app.use(accessLog);
  app.use(problemMiddleware);
  app.use(pricesRoutes(brigade).routes());
  app.use(jsonBody(brigade.config.BODY_LIMIT_KB));
  app.use(ops.routes()).use(ops.allowedMethods());
  app.use(runs.routes()).use(runs.allowedMethods());
  return app;
}
