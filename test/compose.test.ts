/**
 * docker-compose.yml cannot be started here (no Docker engine), so it is
 * checked statically: against the Compose Specification JSON schema, by
 * docker-compose's own `config` parser, and for the wiring between
 * services and the files they mount.
 *
 * The schema is the copy Debian's docker-compose package installs
 * (compose/config/compose_spec.json, from compose-spec as of
 * docker-compose 1.29). It predates newer keys such as the top-level
 * `name`, so docker-compose.yml sticks to what it knows.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFile, findTool, run, shouldRun } from '../alerts/external-tool.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const composeFile = path.join(root, 'docker-compose.yml');
const SCHEMA =
  '/usr/lib/python3/dist-packages/compose/config/compose_spec.json';

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  command?: string[];
}

const compose = parse(readFileSync(composeFile, 'utf8')) as {
  services: Record<string, Service>;
};
const svc = (name: string): Service => {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service ${name}`);
  return s;
};

/** Bind mounts as [host path relative to the repo, container path]. */
function binds(s: Service): [string, string][] {
  return (s.volumes ?? [])
    .filter((v) => v.startsWith('./'))
    .map((v) => {
      const [host = '', target = ''] = v.split(':');
      return [host, target];
    });
}

/**
 * The schema's own formats, as docker-compose defines them. They are not
 * the JSON Schema ones: `duration` is a Go duration (10s, 1m30s), not ISO
 * 8601, so ajv-formats would reject every valid healthcheck interval.
 */
const COMPOSE_FORMATS: Record<string, RegExp> = {
  duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/,
  ports: /^((\[?[\d.:a-f]+\]?:)?(\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: /^[\d.:a-f]+\/\d+$/,
};

/** Removes string-valued `id` keywords (a property named id is an object). */
function dropIdKeywords(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.id === 'string') delete obj.id;
  Object.values(obj).forEach(dropIdKeywords);
}

const dockerCompose = findTool('docker-compose', 'version');
const schemaCheck = findFile(SCHEMA, 'apt-get install -y docker-compose');

describe('docker-compose.yml', () => {
  describe.runIf(shouldRun(schemaCheck))('against the Compose schema', () => {
    function validator() {
      const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
      // The file names its draft by the old http:// URI and labels its
      // parts with the pre-2019 `id` keyword, neither of which Ajv 8
      // accepts; the rest is plain draft 2019-09.
      delete schema.$schema;
      dropIdKeywords(schema);
      const ajv = new Ajv2019({ strict: false, allErrors: true });
      for (const [name, re] of Object.entries(COMPOSE_FORMATS)) {
        ajv.addFormat(name, re);
      }
      return ajv.compile(schema);
    }

    it('is valid', () => {
      const validate = validator();
      validate(compose);
      expect(validate.errors ?? []).toEqual([]);
    });

    it('would reject a misspelt service key', () => {
      const validate = validator();
      const broken = structuredClone(compose);
      broken.services.redis = { ...svc('redis'), imagee: 'redis:7' } as Service;
      expect(validate(broken)).toBe(false);
    });
  });

  it.runIf(shouldRun(dockerCompose))(
    'parses with docker-compose config',
    () => {
      const result = run('docker-compose', ['-f', composeFile, 'config', '-q']);
      expect(result.status, result.stderr).toBe(0);
    },
  );

  it('runs the whole stack', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'alertmanager',
        'brigade',
        'grafana',
        'jaeger',
        'neo4j',
        'prometheus',
        'redis',
      ].sort(),
    );
    expect(svc('neo4j').image).toMatch(/^neo4j:5(\.|$)/);
    expect(svc('jaeger').environment?.COLLECTOR_OTLP_ENABLED).toBe('true');
  });

  it('builds Brigade from the repository Dockerfile and wires its settings', () => {
    const b = svc('brigade');
    expect(b.build).toBe('.');
    expect(existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(b.environment).toMatchObject({
      PORT: '3000',
      REDIS_URL: 'redis://redis:6379',
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318',
      OTEL_SERVICE_NAME: 'brigade',
    });
    expect(b.environment?.NEO4J_PASSWORD).toBeTruthy();
  });

  it('mounts only files and folders that exist in the repository', () => {
    const mounts = Object.values(compose.services).flatMap(binds);
    expect(mounts.length).toBeGreaterThanOrEqual(5);
    for (const [host] of mounts) {
      expect(existsSync(path.join(root, host)), host).toBe(true);
    }
  });

  it('points Prometheus at Brigade, its rules and Alertmanager', () => {
    const mounts = Object.fromEntries(binds(svc('prometheus')));
    const config = parse(
      readFileSync(path.join(root, 'alerts/prometheus.yml'), 'utf8'),
    );
    const job = config.scrape_configs.find(
      (j: { job_name: string }) => j.job_name === 'brigade',
    );
    expect(job.static_configs[0].targets).toEqual(['brigade:3000']);
    expect(config.alerting.alertmanagers[0].static_configs[0].targets).toEqual([
      'alertmanager:9093',
    ]);
    // The rule glob must land in the folder the rules are mounted at.
    expect(config.rule_files).toEqual([`${mounts['./alerts']}/*.rules.yml`]);
    expect(mounts['./alerts/prometheus.yml']).toBe(
      '/etc/prometheus/prometheus.yml',
    );
  });

  it('gives Grafana the provisioning and the dashboards it names', () => {
    const mounts = Object.fromEntries(binds(svc('grafana')));
    expect(mounts['./dashboards/provisioning']).toBe(
      '/etc/grafana/provisioning',
    );
    const provider = parse(
      readFileSync(
        path.join(root, 'dashboards/provisioning/dashboards/brigade.yml'),
        'utf8',
      ),
    ).providers[0];
    expect(mounts['./dashboards/generated']).toBe(provider.options.path);
  });

  it('publishes every UI on the port docs/operations.md gives', () => {
    const doc = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
    for (const [name, s] of Object.entries(compose.services)) {
      for (const p of s.ports ?? []) {
        const host = p.split(':')[0];
        expect(doc, `${name} port ${host}`).toContain(`localhost:${host}`);
      }
    }
  });
});
