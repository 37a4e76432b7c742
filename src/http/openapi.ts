/** The OpenAPI 3.1 description, generated from the validating schemas. */
import {
  OpenApiGeneratorV31,
  OpenAPIRegistry,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  ProblemSchema,
  RunDocumentSchema,
  RunRequestSchema,
} from './schemas.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

function buildRegistry(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.registerPath({
    method: 'post',
    path: '/api/orchestration/run',
    summary: 'Run a recipe through the six agents',
    request: {
      body: { content: { 'application/json': { schema: RunRequestSchema } } },
    },
    responses: {
      200: {
        description:
          'The run document; `status` may be partial or failed. Headers: ' +
          'Server-Timing, X-Trace-Id, X-Run-Id.',
        content: { 'application/json': { schema: RunDocumentSchema } },
      },
      400: problem('Invalid JSON or a field that fails validation'),
      413: problem('Body larger than BODY_LIMIT_KB'),
      422: problem(
        'More ingredient lines than MAX_INGREDIENTS, or a target that cannot apply',
      ),
      429: problem('All run slots and queue places taken (Retry-After)'),
      503: problem('Memory over MEMORY_LIMIT_MB (Retry-After)'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/orchestration/runs/{runId}',
    summary: 'One of the recent runs',
    request: { params: z.object({ runId: z.string() }) },
    responses: {
      200: {
        description: 'The run document',
        content: { 'application/json': { schema: RunDocumentSchema } },
      },
      404: problem('Unknown or forgotten run id'),
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/prices/import',
    summary:
      'Replace the prices of the foods in a CSV ' +
      '(fdc_id,food,usd_per_kg,source) and drop their cached costs',
    description:
      'Needs `Authorization: Bearer $ADMIN_TOKEN` when ADMIN_TOKEN is ' +
      'set; otherwise answers only loopback callers.',
    request: {
      body: {
        content: {
          'text/csv': {
            schema: z.string().openapi({
              example:
                'fdc_id,food,usd_per_kg,source\n168894,all-purpose flour,1.19,BLS',
            }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'What was imported',
        content: {
          'application/json': {
            schema: z.object({ imported: z.number(), invalidated: z.number() }),
          },
        },
      },
      400: problem('A bad row; the problem names the line'),
      401: problem('Missing or wrong bearer token'),
      403: problem('Not from loopback and no ADMIN_TOKEN set'),
      415: problem('Not text/csv'),
      503: problem(
        'Prices stored but Redis could not drop the cached costs; repeat',
      ),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness',
    responses: { 200: { description: 'The process is up' } },
  });
  r.registerPath({
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: the catalog is loaded and the stores answer',
    responses: {
      200: { description: 'Ready' },
      503: { description: 'A store is unreachable' },
    },
  });
  r.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus exposition',
    responses: { 200: { description: 'text/plain; version=0.0.4' } },
  });
  return r;
}

let cached: object | undefined;

export function openApiDocument(): object {
  cached ??= new OpenApiGeneratorV31(
    buildRegistry().definitions,
  ).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Brigade',
      version: '0.1.0',
      description:
        'Budget-aware, observable recipe-engineering orchestration: ' +
        'parse, match to USDA foods, convert to grams, scale, cost, check ' +
        'and store a recipe.',
    },
  });
  return cached;
}
