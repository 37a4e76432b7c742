/**
 * The scale target from `--servings`, `--factor` or `--batch`. The limits
 * are the API's own (TargetSchema), so the CLI and HTTP accept the same
 * targets; only the wording differs: each message names the flag.
 */
import type { z } from 'zod';
import { TargetSchema } from '../http/schemas.ts';
import { parseBatchMass } from '../units/batch-mass.ts';
import { usageError } from './cli-error.ts';
import { describeIssue } from './describe-issue.ts';

export interface TargetFlags {
  servings?: string;
  factor?: string;
  batch?: string;
}

type Target = z.output<typeof TargetSchema>;
type Flag = keyof TargetFlags;

/**
 * Plain decimals only: Number() would also read "0x10" as 16, "" as 0
 * and "Infinity", none of which a person means as a scale.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function fieldSchema(flag: Flag): z.ZodType {
  for (const option of TargetSchema.options) {
    const shape = option.shape as Record<string, z.ZodType>;
    if (shape[flag]) return shape[flag];
  }
  throw new Error(`TargetSchema has no ${flag}`);
}

function flagValue(flag: Flag, raw: string): number | string {
  if (flag === 'batch') return raw;
  if (!DECIMAL.test(raw.trim())) {
    throw usageError(
      `--${flag}: expected a decimal number such as 2 or 1.5, got "${raw}"`,
    );
  }
  const n = Number(raw);
  if (!Number.isFinite(n)) throw usageError(`--${flag}: "${raw}" is too large`);
  return n;
}

function checkBatch(text: string): void {
  try {
    parseBatchMass(text);
  } catch (err) {
    const why = (err as Error).message.replace(/^Batch /, '');
    throw usageError(`--batch: ${why}`);
  }
}

/** The target the flags ask for, or undefined when none is given. */
export function targetFromFlags(flags: TargetFlags): Target | undefined {
  const given = (['servings', 'factor', 'batch'] as const).filter(
    (f) => flags[f] !== undefined,
  );
  if (given.length > 1) {
    throw usageError(
      `give at most one of --servings, --factor, --batch (got ` +
        `${given.map((f) => `--${f}`).join(', ')})`,
    );
  }
  const flag = given[0];
  if (!flag) return undefined;

  const value = flagValue(flag, flags[flag] ?? '');
  const parsed = fieldSchema(flag).safeParse(value);
  const issue = parsed.error?.issues[0];
  if (issue) {
    const problem = describeIssue(issue, value);
    throw usageError(`--${flag}: ${problem.text}`);
  }
  if (flag === 'batch') checkBatch(parsed.data as string);
  return { [flag]: parsed.data } as Target;
}
