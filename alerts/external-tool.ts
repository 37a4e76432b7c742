/**
 * Tests that shell out to promtool, amtool or docker-compose use this to
 * find the binary (or a file a package installs). Without it they skip
 * loudly on a developer machine; in CI (env CI set) a missing binary fails
 * the run instead, so a green CI always means the rules met the real tools.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ToolCheck {
  available: boolean;
  /** True when the tests that need it must run and fail without it. */
  required: boolean;
}

export const APT_LINE =
  'apt-get install -y prometheus prometheus-alertmanager docker-compose';

export function findTool(name: string, versionArg = '--version'): ToolCheck {
  const probe = spawnSync(name, [versionArg], { encoding: 'utf8' });
  const available = !probe.error;
  const required = Boolean(process.env.CI);
  if (!available && !required) {
    console.warn(
      `${name} not found: skipping the tests that need it (${APT_LINE})`,
    );
  }
  return { available, required };
}

/** Like findTool, for a data file that a package installs. */
export function findFile(file: string, installedBy: string): ToolCheck {
  const available = existsSync(file);
  const required = Boolean(process.env.CI);
  if (!available && !required) {
    console.warn(
      `${file} not found: skipping the tests that need it (${installedBy})`,
    );
  }
  return { available, required };
}

/** Whether a test needing the tool should run (or fail) rather than skip. */
export function shouldRun(check: ToolCheck): boolean {
  return check.available || check.required;
}

export function run(
  cmd: string,
  args: string[],
  cwd?: string,
): SpawnSyncReturns<string> {
  const result = spawnSync(cmd, args, { encoding: 'utf8', cwd });
  if (result.error) {
    throw new Error(`${cmd} could not start: ${result.error.message}`);
  }
  return result;
}
