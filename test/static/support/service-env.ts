/**
 * What each deployed container reads, taken from the services' own declarations (the env specs their boot path
 * validates), so the static checks of docker-compose.yml and the manifests follow the code: a renamed or added
 * variable breaks these tests, not a deployment.
 */
import { EnvSpec } from '@newsflow/config';
import { databaseEnvSpec } from '@newsflow/db';
import { kafkaEnvSpec } from '@newsflow/messaging';
import { logLevelEnvSpec } from '@newsflow/telemetry';
import { SERVICE_ENV as SERVICES } from '../../../apps/cli/src/config-catalog';

export type Deployed = 'fetcher' | 'parser' | 'enricher' | 'indexer' | 'api' | 'migrate' | 'topics';

/** The services' declarations (the configuration catalog's), and the jobs: CLI commands that read their own parts. */
export const SERVICE_ENV: Record<Deployed, EnvSpec[]> = {
  ...SERVICES,
  migrate: [logLevelEnvSpec, databaseEnvSpec],
  topics: [logLevelEnvSpec, kafkaEnvSpec],
};

/** Read by the OpenTelemetry SDK itself (standard variables), not by a spec of ours. */
const isStandardOtel = (name: string) => name.startsWith('OTEL_');

/** A variable's value as a deployment gives it: a literal, or a reference to a Secret the operator fills. */
export type GivenValue = { literal: string } | { secret: string };

/**
 * What is wrong with the environment a deployment gives one container:
 * - a variable the service does not read (a typo, or a name the code no longer uses);
 * - a variable the service requires, or that `deployment: 'required'` says a deployment must set, left out;
 * - a literal the variable's own parser refuses;
 * - a secret (`secret: true`) given as a literal where secrets must come from a Secret (`literalSecretsOk` off).
 */
export function deployedEnvProblems(
  where: string,
  service: Deployed,
  given: Record<string, GivenValue>,
  { literalSecretsOk = false, unreadOk = [] as string[] } = {},
): string[] {
  const declared = new Map(SERVICE_ENV[service].flatMap((spec) => Object.entries(spec)));
  const problems: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    const v = declared.get(name);
    if (!v) {
      if (!isStandardOtel(name) && !unreadOk.includes(name))
        problems.push(`${where}: ${name} is not read by ${service}`);
      continue;
    }
    if ('literal' in value) {
      if (v.secret && !literalSecretsOk) problems.push(`${where}: ${name} is a secret given as a literal`);
      try {
        v.parse(value.literal.trim(), name);
      } catch (err) {
        problems.push(`${where}: ${name}=${JSON.stringify(value.literal)}: ${(err as Error).message}`);
      }
    }
  }
  for (const [name, v] of declared) {
    const required = !('default' in v) || v.deployment === 'required';
    if (required && !(name in given)) problems.push(`${where}: ${service} needs ${name} (${v.description})`);
  }
  return problems;
}

/** Every variable some deployed service reads. */
export function allDeclaredNames(): Set<string> {
  return new Set(Object.values(SERVICE_ENV).flatMap((specs) => specs.flatMap((s) => Object.keys(s))));
}

/** Compose's `${NAME}`, `${NAME:-default}` and `${NAME-default}` interpolation, with an empty environment. */
export function interpolateCompose(value: string, env: NodeJS.ProcessEnv = {}): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g, (_m, name: string, colon, op, arg) => {
    const set = env[name];
    const usable = colon ? set !== undefined && set !== '' : set !== undefined;
    if (usable) return set!;
    if (op === '?') throw new Error(`compose needs ${name}: ${arg}`);
    return op === '-' ? (arg as string) : '';
  });
}
