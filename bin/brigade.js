#!/usr/bin/env node
// Brigade's command line. TypeScript runs through tsx; telemetry is loaded
// before the app so its instrumentations see every module the app imports.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] !== 'serve') process.env.BRIGADE_CLI = '1';
await import('../otel/register.ts');
await import('../src/cli/main.ts');
