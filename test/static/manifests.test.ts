/**
 * Offline validation of the Kubernetes manifests: renders each overlay with the kustomize subset renderer
 * (and, where kubectl is installed, checks kubectl renders the same), validates every object against the
 * Kubernetes API and CRD schemas, then checks what schemas cannot: probes on the health endpoints, graceful
 * termination, resources and security context, secrets referenced and never embedded, autoscalers and budgets
 * pointing at real workloads with the right topics and groups, and alert rules naming only defined metrics.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { StageInputs, StageName } from '@newsflow/contracts';
import { DEFAULT_HTTP_PORT, metricCatalog, MetricDescription } from '@newsflow/observability';
import { loadApiConfig } from '../../apps/api/src/api-config';
import { schemaErrors } from './support/kubernetes-schemas';
import { K8sObject, objectId, renderKustomization } from './support/kustomize-lite';
import { promqlProblems as checkPromql } from './support/promql';
import { commandProblems, REPO } from './support/repo-paths';
import { allDeclaredNames, Deployed, deployedEnvProblems, GivenValue, SERVICE_ENV } from './support/service-env';

const OVERLAYS = { dev: 'newsflow-dev', prod: 'newsflow' } as const;
const APPS = ['fetcher', 'parser', 'enricher', 'indexer', 'api'];
const SCALED_STAGES: StageName[] = ['parser', 'enricher', 'indexer'];
const REQUIRED_ALERTS = [
  'NewsflowConsumerLagGrowing',
  'NewsflowDeadLettersRising',
  'NewsflowFetchFailures',
  'NewsflowNoArticlesIndexed',
];
/** Seconds bootstrapStage allows itself to finish after SIGTERM before it forces an exit. */
const APP_SHUTDOWN_BUDGET_S = 25;
/** Secrets the manifests may reference (created outside the repository). */
const SECRET_NAMES = new Set(['newsflow-database', 'newsflow-kafka', 'newsflow-kafka-ca', 'newsflow-api']);
/** What the operator's Secrets hold, in the shape the services parse (the values are made up). */
const SECRET_SAMPLES: Record<string, string> = {
  'newsflow-database/url': 'postgres://newsflow:secret@db.example:5432/newsflow?sslmode=verify-full',
  'newsflow-api/database-url': 'postgres://newsflow_reader:secret@db.example:5432/newsflow?sslmode=verify-full',
  'newsflow-api/api-keys': 'an-operator-chosen-key-0123456789\n',
  'newsflow-kafka/username': 'newsflow',
  'newsflow-kafka/password': 'secret',
};
/** Container fields the manifests may use: a typo (livenesProbe) would otherwise pass the schemas silently. */
const CONTAINER_FIELDS = new Set([
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'ports',
  'env',
  'envFrom',
  'startupProbe',
  'livenessProbe',
  'readinessProbe',
  'lifecycle',
  'resources',
  'securityContext',
  'volumeMounts',
  'workingDir',
]);
const POD_SPEC_FIELDS = new Set([
  'serviceAccountName',
  'automountServiceAccountToken',
  'terminationGracePeriodSeconds',
  'securityContext',
  'containers',
  'initContainers',
  'volumes',
  'restartPolicy',
  'affinity',
  'tolerations',
  'nodeSelector',
  'topologySpreadConstraints',
  'priorityClassName',
]);

interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
  }>;
  envFrom?: Array<{ configMapRef?: { name: string } }>;
  livenessProbe?: { httpGet?: { path: string; port: string | number }; timeoutSeconds?: number };
  readinessProbe?: { httpGet?: { path: string; port: string | number }; timeoutSeconds?: number };
  startupProbe?: { httpGet?: { path: string; port: string | number } };
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[] } };
}
interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  securityContext?: Record<string, unknown>;
  automountServiceAccountToken?: boolean;
  restartPolicy?: string;
  volumes?: Array<{
    name: string;
    secret?: { secretName: string; items?: Array<{ key: string; path: string }> };
  }>;
}
interface Workload {
  spec: { template: { metadata: { labels: Record<string, string> }; spec: PodSpec }; [k: string]: unknown };
}

function pick<T = K8sObject>(objects: K8sObject[], kind: string, name?: string): T[] {
  return objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name)) as unknown as T[];
}
function one<T = K8sObject>(objects: K8sObject[], kind: string, name: string): T {
  const found = pick<T>(objects, kind, name);
  if (found.length !== 1) throw new Error(`expected one ${kind}/${name}, found ${found.length}`);
  return found[0];
}
function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
const kubectlAvailable = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * kustomize itself (scripts/setup --check-tools builds it with go into .stack/tools/bin; CI always has it), or one on
 * the PATH: its `kustomize build` is the reference the subset renderer must match.
 */
const kustomize = [path.join(REPO, '.stack/tools/bin/kustomize'), 'kustomize'].find((bin) => {
  try {
    execFileSync(bin, ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

let catalog: Map<string, MetricDescription>;
beforeAll(async () => {
  catalog = new Map();
  for (const m of await metricCatalog()) for (const sample of m.sampleNames) catalog.set(sample, m);
});

const promqlProblems = (expr: string, where: string) => checkPromql(expr, where, catalog);

describe.each(Object.entries(OVERLAYS))('overlay %s', (overlay, namespace) => {
  const dir = path.join(REPO, 'deploy/kubernetes/overlays', overlay);
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderKustomization(dir);
  });

  (kubectlAvailable ? it : it.skip)('renders exactly as kubectl kustomize does (when kubectl is installed)', () => {
    const theirs = parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map(
      (d) => d.toJS() as K8sObject,
    );
    const index = (list: K8sObject[]) => Object.fromEntries(list.map((o) => [objectId(o), o]));
    expect(index(objects)).toEqual(index(theirs));
  });

  (kustomize || process.env.CI ? it : it.skip)('renders exactly as kustomize build does', () => {
    const theirs = parseAllDocuments(execFileSync(kustomize ?? 'kustomize', ['build', dir], { encoding: 'utf8' })).map(
      (d) => d.toJS() as K8sObject,
    );
    const index = (list: K8sObject[]) => Object.fromEntries(list.map((o) => [objectId(o), o]));
    expect(Object.keys(index(objects)).sort()).toEqual(Object.keys(index(theirs)).sort());
    expect(index(objects)).toEqual(index(theirs));
  });

  it('validates every object against the Kubernetes API and CRD schemas', async () => {
    const errors: string[] = [];
    for (const o of objects) for (const e of await schemaErrors(o)) errors.push(`${objectId(o)}: ${e}`);
    expect(errors).toEqual([]);
    expect(objects.length).toBeGreaterThan(25);
  });

  it('has every workload and operational object, all in the overlay namespace, and no Secret', () => {
    for (const app of APPS) {
      one(objects, 'Deployment', `newsflow-${app}`);
      one(objects, 'Service', `newsflow-${app}`);
      one(objects, 'PodDisruptionBudget', `newsflow-${app}`);
    }
    one(objects, 'Job', 'newsflow-migrate');
    one(objects, 'Job', 'newsflow-topics');
    for (const stage of SCALED_STAGES) one(objects, 'ScaledObject', `newsflow-${stage}`);
    one(objects, 'HorizontalPodAutoscaler', 'newsflow-api');
    one(objects, 'ConfigMap', 'newsflow-config');
    one(objects, 'ServiceMonitor', 'newsflow');
    one(objects, 'PrometheusRule', 'newsflow');
    one(objects, 'NetworkPolicy', 'newsflow-default-deny');
    expect(pick(objects, 'Secret')).toEqual([]);
    expect(objects.filter((o) => o.metadata.namespace !== namespace).map(objectId)).toEqual([]);
  });

  it('runs every app with health probes, graceful termination, resources and a locked-down security context', () => {
    const config = one<{ data: Record<string, string> }>(objects, 'ConfigMap', 'newsflow-config').data;
    expect(Number(config.HTTP_PORT)).toBe(DEFAULT_HTTP_PORT);
    const problems: string[] = [];
    for (const app of APPS) {
      const where = `Deployment/newsflow-${app}`;
      const pod = one<Workload>(objects, 'Deployment', `newsflow-${app}`).spec.template.spec;
      for (const key of Object.keys(pod))
        if (!POD_SPEC_FIELDS.has(key)) problems.push(`${where}: unexpected pod field ${key}`);
      expect(pod.containers).toHaveLength(1);
      const [c] = pod.containers;
      for (const key of Object.keys(c))
        if (!CONTAINER_FIELDS.has(key)) problems.push(`${where}: unexpected container field ${key}`);
      problems.push(...commandProblems(c.command, where));
      expect(c.command).toEqual(['node', `dist/apps/${app}/src/main.js`]);
      expect(c.image).not.toBe('newsflow'); // the overlay must have set a registry/tag

      const portEnv = c.env?.find((e) => e.name === 'HTTP_PORT')?.value ?? config.HTTP_PORT;
      const http = c.ports?.find((p) => p.name === 'http');
      expect({ where, port: http?.containerPort }).toEqual({ where, port: Number(portEnv) });
      expect(c.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(c.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(c.startupProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
      // Probe timeouts must exceed the health checks' own 3 s timeout, so a down dependency reads as "down".
      expect(c.readinessProbe?.timeoutSeconds).toBeGreaterThan(3);

      const preStop = c.lifecycle?.preStop?.exec?.command ?? [];
      expect(preStop[0]).toBe('sleep');
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      expect(grace).toBeGreaterThanOrEqual(30);
      expect(grace).toBeGreaterThanOrEqual(Number(preStop[1]) + APP_SHUTDOWN_BUDGET_S);

      expect(c.resources?.requests?.cpu).toBeDefined();
      expect(c.resources?.requests?.memory).toBeDefined();
      expect(c.resources?.limits?.memory).toBeDefined();
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(c.securityContext?.capabilities?.drop).toEqual(['ALL']);
      expect(pod.automountServiceAccountToken).toBe(false);
      expect(c.envFrom).toEqual([{ configMapRef: { name: 'newsflow-config' } }]);
    }
    expect(problems).toEqual([]);
  });

  it('runs the migration and topic jobs with existing CLI commands, to completion', () => {
    const problems: string[] = [];
    for (const name of ['migrate', 'topics']) {
      const job = one<Workload & { spec: { backoffLimit?: number; ttlSecondsAfterFinished?: number } }>(
        objects,
        'Job',
        `newsflow-${name}`,
      );
      const pod = job.spec.template.spec;
      expect(['OnFailure', 'Never']).toContain(pod.restartPolicy);
      expect(job.spec.backoffLimit).toBeGreaterThan(0);
      problems.push(...commandProblems(pod.containers[0].command, `Job/newsflow-${name}`));
    }
    expect(problems).toEqual([]);
    expect(one<Workload>(objects, 'Job', 'newsflow-migrate').spec.template.spec.containers[0].command).toEqual([
      'node',
      'dist/apps/cli/src/main.js',
      'migrate',
    ]);
  });

  it('references secrets and never embeds them; the ConfigMap holds only known, non-secret settings', () => {
    const config = one<{ data: Record<string, string> }>(objects, 'ConfigMap', 'newsflow-config').data;
    const specs = Object.values(SERVICE_ENV).flat();
    const secretVars = new Set(
      specs.flatMap((s) =>
        Object.entries(s)
          .filter(([, v]) => v.secret)
          .map(([k]) => k),
      ),
    );
    const known = allDeclaredNames();
    for (const key of Object.keys(config)) {
      expect({ key, secret: secretVars.has(key) }).toEqual({ key, secret: false });
      expect({ key, known: known.has(key) || key.startsWith('OTEL_') }).toEqual({ key, known: true });
    }
    for (const o of [...pick<Workload>(objects, 'Deployment'), ...pick<Workload>(objects, 'Job')]) {
      const pod = o.spec.template.spec;
      for (const e of pod.containers.flatMap((c) => c.env ?? [])) {
        if (secretVars.has(e.name)) {
          expect({ name: e.name, literal: e.value }).toEqual({ name: e.name, literal: undefined });
          expect(SECRET_NAMES.has(e.valueFrom?.secretKeyRef?.name ?? '')).toBe(true);
        }
      }
      for (const v of pod.volumes ?? []) if (v.secret) expect(SECRET_NAMES.has(v.secret.secretName)).toBe(true);
    }
  });

  /** The environment one container gets: the shared ConfigMap (envFrom), then its own entries on top. */
  function containerEnv(kind: string, name: string) {
    const config = one<{ data: Record<string, string> }>(objects, 'ConfigMap', 'newsflow-config').data;
    const pod = one<Workload>(objects, kind, name).spec.template.spec;
    const [c] = pod.containers;
    const given: Record<string, GivenValue> = {};
    for (const [k, v] of Object.entries(config)) given[k] = { literal: v };
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      given[e.name] = ref ? { secret: `${ref.name}/${ref.key}` } : { literal: e.value ?? '' };
    }
    return { config, pod, container: c, given };
  }

  it('gives each workload what its service declares it reads, and the values its parsers accept', () => {
    const workloads: Array<[string, string, Deployed]> = [
      ...APPS.map((app): [string, string, Deployed] => ['Deployment', `newsflow-${app}`, app as Deployed]),
      ['Job', 'newsflow-migrate', 'migrate'],
      ['Job', 'newsflow-topics', 'topics'],
    ];
    const problems = workloads.flatMap(([kind, name, service]) => {
      const { config, given } = containerEnv(kind, name);
      // The ConfigMap is shared by every container: a setting there need not be read by all of them.
      return deployedEnvProblems(`${kind}/${name}`, service, given, { unreadOk: Object.keys(config) });
    });
    expect(problems).toEqual([]);
  });

  it('starts the query API with a configuration it accepts: its own read-only database URL and mounted keys', () => {
    const { pod, container, given } = containerEnv('Deployment', 'newsflow-api');
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(given)) env[k] = 'literal' in v ? v.literal : SECRET_SAMPLES[v.secret];
    expect(given.API_DATABASE_URL).toEqual({ secret: 'newsflow-api/database-url' });
    expect(given.DATABASE_URL).toBeUndefined();
    // API_KEYS_FILE must lie in a read-only mount of a Secret volume that projects the file.
    const keysFile = env.API_KEYS_FILE!;
    const mount = container.volumeMounts?.find((m) => keysFile.startsWith(m.mountPath + '/'));
    expect(mount?.readOnly).toBe(true);
    const volume = pod.volumes?.find((v) => v.name === mount?.name)?.secret;
    const item = volume?.items?.find((i) => i.path === path.relative(mount!.mountPath, keysFile));
    expect(item).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'api-keys-'));
    writeFileSync(path.join(dir, 'keys'), SECRET_SAMPLES[`${volume!.secretName}/${item!.key}`]);
    const config = loadApiConfig({ ...env, API_KEYS_FILE: path.join(dir, 'keys') });
    rmSync(dir, { recursive: true, force: true });
    expect(config.keys).toEqual(['an-operator-chosen-key-0123456789']);
    expect(config.port).toBe(container.ports?.find((p) => p.name === 'http')?.containerPort);
  });

  it('autoscales the consumer stages on their own group lag and the API on CPU', () => {
    const config = one<{ data: Record<string, string> }>(objects, 'ConfigMap', 'newsflow-config').data;
    for (const stage of SCALED_STAGES) {
      const so = one<{
        spec: Record<string, unknown> & {
          triggers: Array<{ type: string; metadata: Record<string, string>; authenticationRef?: { name: string } }>;
        };
      }>(objects, 'ScaledObject', `newsflow-${stage}`);
      expect(so.spec.scaleTargetRef).toEqual({ name: `newsflow-${stage}` });
      const [trigger] = so.spec.triggers;
      expect(trigger.type).toBe('kafka');
      expect(trigger.metadata).toMatchObject({
        consumerGroup: `newsflow-${stage}`,
        topic: StageInputs[stage].name,
        bootstrapServersFromEnv: 'KAFKA_BROKERS',
      });
      // More consumers than partitions would sit idle.
      expect(so.spec.maxReplicaCount as number).toBeLessThanOrEqual(StageInputs[stage].partitions);
      expect(so.spec.minReplicaCount as number).toBeGreaterThanOrEqual(1);
      // The scaler must speak to Kafka the way the apps do.
      const mechanism = config.KAFKA_SASL_MECHANISM;
      if (mechanism === 'none') expect(trigger.metadata.sasl).toBeUndefined();
      else {
        expect(trigger.metadata.sasl).toBe(mechanism.replace(/-/g, '_').replace('scram_sha_', 'scram_sha'));
        one(objects, 'TriggerAuthentication', trigger.authenticationRef?.name ?? '(none)');
      }
      expect(trigger.metadata.tls === 'enable').toBe(config.KAFKA_SSL === 'true');
    }
    const hpa = one<{ spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(
      objects,
      'HorizontalPodAutoscaler',
      'newsflow-api',
    );
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'newsflow-api' });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(1);
  });

  it('selects real pods from Services, budgets and the ServiceMonitor, and denies traffic by default', () => {
    for (const app of APPS) {
      const labels = one<Workload>(objects, 'Deployment', `newsflow-${app}`).spec.template.metadata.labels;
      const svc = one<{
        spec: { selector: Record<string, string>; ports: Array<{ name: string; targetPort: string }> };
      }>(objects, 'Service', `newsflow-${app}`);
      expect(selects(svc.spec.selector, labels)).toBe(true);
      expect(svc.spec.ports.find((p) => p.name === 'http')?.targetPort).toBe('http');
      const pdb = one<{ spec: { selector: { matchLabels: Record<string, string> } } }>(
        objects,
        'PodDisruptionBudget',
        `newsflow-${app}`,
      );
      expect(selects(pdb.spec.selector.matchLabels, labels)).toBe(true);
      const deny = one<{ spec: { podSelector: { matchLabels: Record<string, string> }; policyTypes: string[] } }>(
        objects,
        'NetworkPolicy',
        'newsflow-default-deny',
      );
      expect(selects(deny.spec.podSelector.matchLabels, labels)).toBe(true);
      expect(deny.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    }
    const sm = one<{
      spec: { selector: { matchLabels: Record<string, string> }; endpoints: Array<{ port: string; path: string }> };
    }>(objects, 'ServiceMonitor', 'newsflow');
    const scraped = pick(objects, 'Service').filter((s) =>
      selects(sm.spec.selector.matchLabels, s.metadata.labels ?? {}),
    );
    expect(scraped.map((s) => s.metadata.name).sort()).toEqual(APPS.map((a) => `newsflow-${a}`).sort());
    expect(sm.spec.endpoints).toEqual([expect.objectContaining({ port: 'http', path: '/metrics' })]);
  });

  it('alerts on lag, dead letters, fetch failures and silence, naming only defined metrics and labels', () => {
    const rule = one<{
      spec: {
        groups: Array<{ rules: Array<{ alert: string; expr: string; for?: string; labels?: Record<string, string> }> }>;
      };
    }>(objects, 'PrometheusRule', 'newsflow');
    const rules = rule.spec.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual(expect.arrayContaining(REQUIRED_ALERTS));
    const problems = rules.flatMap((r) => promqlProblems(r.expr, r.alert));
    expect(problems).toEqual([]);
    for (const r of rules) {
      expect(r.for).toMatch(/^\d+m$/);
      expect(['warning', 'critical']).toContain(r.labels?.severity);
    }
  });
});

it('docker-compose Prometheus evaluates the same alert rules as the PrometheusRule', () => {
  const [base] = renderKustomization(path.join(REPO, 'deploy/kubernetes/base')).filter(
    (o) => o.kind === 'PrometheusRule',
  );
  const compose = parseYaml(readFileSync(path.join(REPO, 'deploy/compose/prometheus/alerts.yml'), 'utf8'));
  expect(compose.groups).toEqual((base.spec as { groups: unknown }).groups);
});

it('the PromQL checker catches unknown metrics and labels', () => {
  expect(promqlProblems('sum by (stage) (rate(newsflow_messages_consumed_total[5m]))', 'ok')).toEqual([]);
  expect(promqlProblems('rate(newsflow_messages_consumd_total[5m])', 'x')).toEqual([
    'x: unknown metric newsflow_messages_consumd_total',
  ]);
  expect(promqlProblems('newsflow_consumer_lag{stag="p"}', 'x')).toEqual([
    'x: newsflow_consumer_lag has no label stag',
  ]);
  expect(promqlProblems('sum by (host) (newsflow_consumer_lag)', 'x')).toEqual([
    'x: groups by host, which none of its metrics has',
  ]);
  expect(promqlProblems('vector(1)', 'x')).toEqual(['x: names no Newsflow metric']);
});
