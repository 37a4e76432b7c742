/** POST /api/orchestration/run and GET /api/orchestration/runs/:runId. */
import Router from '@koa/router';
import type { Context } from 'koa';
import type { RunDocument } from '../../pipeline/run-document.ts';
import type { Brigade } from '../../brigade.ts';
import { fromZod, HttpProblem } from '../problem.ts';
import { RunRequestSchema } from '../schemas.ts';

/** Server-Timing: each agent's duration, then the whole run. */
function serverTiming(doc: RunDocument): string {
  const agents = doc.agents.map(
    (a) => `${a.name};dur=${a.durationMs};desc="${a.status}"`,
  );
  return [...agents, `total;dur=${doc.durationMs}`].join(', ');
}

export function runRoutes(brigade: Brigade): Router {
  const router = new Router({ prefix: '/api/orchestration' });

  router.post('/run', async (ctx: Context) => {
    const body = (ctx.request as { body?: unknown }).body;
    const parsed = RunRequestSchema.safeParse(body);
    if (!parsed.success) throw fromZod(parsed.error);
    const doc = await brigade.run(parsed.data);
    ctx.set('Server-Timing', serverTiming(doc));
    ctx.set('X-Run-Id', doc.runId);
    ctx.body = doc;
  });

  router.get('/runs/:runId', (ctx: Context) => {
    const doc = brigade.getRun(ctx.params.runId ?? '');
    if (!doc) {
      throw new HttpProblem(
        404,
        'run_not_found',
        `no recent run with id ${JSON.stringify(ctx.params.runId)}`,
      );
    }
    ctx.body = doc;
  });

  return router;
}
