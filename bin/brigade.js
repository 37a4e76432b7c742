#!/usr/bin/env node
// Brigade's command line. TypeScript runs through tsx; the CLI loads
// telemetry itself, before the app, once a command needs the app.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] !== 'serve') process.env.BRIGADE_CLI = '1';
try {
  await import('../src/cli/main.ts');
} catch (err) {
  // A module that throws while loading (LOG_LEVEL=bogus makes the logger
  // refuse to start) fails before the CLI's own error handling exists:
  // one line here too, and the stack only when debugging.
  const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  process.stderr.write(
    `brigade: cannot start: ${debug ? err?.stack : err?.message}\n`,
  );
  process.exit(1);
}
