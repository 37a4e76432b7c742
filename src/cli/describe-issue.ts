/**
 * A zod issue in plain words, for a person who typed a flag or wrote a
 * recipe file: "must be at most 10000", not "Too big: expected number to
 * be <=10000".
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
};

function bound(issue: Issue & { origin?: string }, limit: unknown): string {
  if (issue.origin === 'string') return `${limit} characters`;
  if (issue.origin === 'array') return `${limit} items`;
  return String(limit);
}

/** One problem with the value at `path` inside the checked input. */
export interface Problem {
  path: PropertyKey[];
  text: string;
}

function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  root: unknown,
): Problem {
  const value = valueAt(root, issue.path);
  // A branch whose shape matched says what is wrong inside it; otherwise
  // no branch applies and the accepted kinds are listed.
  const near = issue.errors.find(
    (branch) =>
      !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  const inner = near?.[0];
  if (inner) {
    const nested = { ...inner, path: [...issue.path, ...inner.path] };
    return describeIssue(nested as Issue, root);
  }
  const kinds = issue.errors.flatMap((branch) =>
    branch[0]?.code === 'invalid_type'
      ? [EXPECTED[branch[0].expected] ?? branch[0].expected]
      : [],
  );
  const text = kinds.length
    ? `must be ${kinds.join(' or ')}, not ${kindOf(value)}`
    : issue.message;
  return { path: issue.path, text };
}

/** The first thing wrong, in words, at the path where it is wrong. */
export function describeIssue(issue: Issue, root: unknown): Problem {
  if (issue.code === 'invalid_union') return describeUnion(issue, root);
  const value = valueAt(root, issue.path);
  return { path: issue.path, text: describeValueIssue(issue, value) };
}

function describeValueIssue(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'too_big':
      return `must be at most ${bound(issue, issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) {
        return 'must not be empty';
      }
      if (issue.origin === 'array' && issue.minimum === 1) {
        return 'must hold at least one item';
      }
      return issue.inclusive
        ? `must be at least ${bound(issue, issue.minimum)}`
        : `must be greater than ${bound(issue, issue.minimum)}`;
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'unrecognized_keys':
      return (
        `has unknown field${issue.keys.length > 1 ? 's' : ''} ` +
        `${issue.keys.map((k) => `"${k}"`).join(', ')}`
      );
    default:
      return issue.message;
  }
}

/** The value at `path` inside `root`, or undefined when it is absent. */
export function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
