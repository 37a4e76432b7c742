/** Settings: validated, named in errors, and documented in the README. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS } from '../src/config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.MAX_CONCURRENT).toBe(3);
    expect(c.QUEUE_MAX).toBe(0);
    expect(c.MEMORY_LIMIT_MB).toBe(600);
    expect(c.MAX_INGREDIENTS).toBe(20);
    expect(c.REDIS_URL).toBeUndefined();
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' })).toMatchObject({
      PORT: 3000,
    });
  });

  it('refuses a value that does not parse, naming the variable', () => {
    expect(() => loadConfig({ MEMORY_LIMIT_MB: '600MB' })).toThrow(ConfigError);
    expect(() => loadConfig({ MEMORY_LIMIT_MB: '600MB' })).toThrow(
      /MEMORY_LIMIT_MB/,
    );
    expect(() => loadConfig({ MAX_CONCURRENT: '0' })).toThrow(/MAX_CONCURRENT/);
  });
});

describe('the README configuration table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('has a row for every setting', () => {
    const missing = Object.keys(SETTINGS).filter(
      (key) => !readme.includes(`| \`${key}\` |`),
    );
    expect(missing).toEqual([]);
  });

  it('shows the numeric defaults the code uses', () => {
    const c = loadConfig({});
    for (const [key, value] of Object.entries(c)) {
      if (typeof value !== 'number') continue;
      expect(readme, key).toContain(`| \`${key}\` | \`${value}\` |`);
    }
  });
});
