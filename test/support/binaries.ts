/**
 * External tools some tests need (redis-server, promtool). Missing on a
 * developer's machine: the test is skipped with a loud warning. Missing
 * under CI (env CI set): a failure, since .ci/run installs them.
 */
import { execFileSync } from 'node:child_process';

export function findBinary(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim();
  } catch {
    if (process.env.CI) {
      throw new Error(`${name} is required under CI but is not installed`);
    }
    // A skipped test must be loud, and vitest shows the console.
    // eslint-disable-next-line no-console
    console.warn(
      `\n*** ${name} not found: the tests that need it are SKIPPED ***\n`,
    );
    return undefined;
  }
}
