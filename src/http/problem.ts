/**
 * Errors over HTTP as RFC 9457 problem details (application/problem+json).
 * Client errors explain themselves; a server error exposes nothing
 * internal, only its code and the trace id to look it up.
 */
import { trace } from '@opentelemetry/api';
import type { Context, Next } from 'koa';
import { ZodError } from 'zod';
import { AdmissionError } from '../admission/admission-error.ts';
import { componentLog } from '../log.ts';

const log = componentLog('http');

export interface FieldError {
  field: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Codes for Koa's own client errors, which carry no code of ours. */
const STATUS_CODES: Record<number, string> = {
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

/** Dotted path of a zod issue, as the client wrote the field. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(body)';
}

type Issue = ZodError['issues'][number];

/**
 * A union ("a line or an object", "servings or factor or batch") fails as
 * a whole, which names neither the key nor the fault. When exactly one
 * branch failed on a single inner field, the input evidently meant that
 * branch: report its field and message instead.
 */
function meant(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = (issue as { errors?: Issue[][] }).errors ?? [];
  const inner = branches.filter(
    (b) =>
      b.length === 1 &&
      b[0]!.code !== 'unrecognized_keys' &&
      b[0]!.path.length > 0,
  );
  if (inner.length !== 1) return issue;
  const chosen = meant(inner[0]![0]!);
  return { ...chosen, path: [...issue.path, ...chosen.path] } as Issue;
}

export function fromZod(err: ZodError, prefix = ''): HttpProblem {
  const errors = err.issues.map(meant).map((i) => ({
    field: prefix + fieldOf(i.path),
    message: i.message,
  }));
  const first = errors[0];
  return new HttpProblem(
    400,
    'invalid_request',
    first ? `${first.field}: ${first.message}` : 'invalid request',
    errors,
  );
}

function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (err instanceof ZodError) return fromZod(err);
  if (err instanceof AdmissionError) {
    return new HttpProblem(err.status, err.code, err.message, undefined, {
      'retry-after': String(err.retryAfterS),
    });
  }
  // Domain errors (and Koa's own) carry a 4xx status and a stable code;
  // Koa's also carry headers, such as Allow on a 405.
  const { status, code, headers } = err as {
    status?: unknown;
    code?: unknown;
    headers?: Record<string, string>;
  };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const stable =
      typeof code === 'string' ? code : (STATUS_CODES[status] ?? 'bad_request');
    return new HttpProblem(
      status,
      stable,
      (err as Error).message,
      undefined,
      headers ?? {},
    );
  }
  return new HttpProblem(500, 'internal_error', 'an internal error occurred');
}

export async function problemMiddleware(ctx: Context, next: Next) {
  try {
    await next();
    // The router answers 404 and 405 (with Allow) without a body.
    if (ctx.body === undefined && (ctx.status === 404 || ctx.status === 405)) {
      const problem =
        ctx.status === 404
          ? new HttpProblem(
              404,
              'not_found',
              `no route for ${ctx.method} ${ctx.path}`,
            )
          : new HttpProblem(
              405,
              'method_not_allowed',
              `${ctx.path} does not answer ${ctx.method}; use ${ctx.response.get('allow')}`,
            );
      throw problem;
    }
  } catch (err) {
    const problem = toProblem(err);
    if (problem.status >= 500) {
      log.error({ err }, 'http: request failed');
    }
    const traceId = trace.getActiveSpan()?.spanContext().traceId;
    ctx.status = problem.status;
    ctx.set(problem.headers);
    ctx.type = 'application/problem+json';
    ctx.body = {
      type: `https://brigade.dev/problems/${problem.code}`,
      title: TITLES[problem.status] ?? 'Error',
      status: problem.status,
      detail: problem.message,
      code: problem.code,
      ...(problem.errors && { errors: problem.errors }),
      ...(traceId && { traceId }),
    };
  }
}
