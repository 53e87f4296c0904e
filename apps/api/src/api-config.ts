import { readFileSync } from 'node:fs';
import { bool, ConfigProblems, int, list, loadConfig, str, url } from '@newsflow/config';
import { httpEnvSpec } from '@newsflow/observability';

/** The read-only role the local stack creates and the reader-grants migration grants SELECT to. */
export const DEFAULT_API_DATABASE_URL = 'postgres://newsflow_reader:newsflow_reader@127.0.0.1:55432/newsflow';

const identifier = (raw: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) throw new Error('expected a plain lower-case schema name');
  return raw;
};

/** The API's port when HTTP_PORT is unset: its routes, /metrics and /health share it. */
export const DEFAULT_API_PORT = 3000;

/**
 * Every variable the query API reads. The port is HTTP_PORT, the name every service uses for its HTTP listener
 * (the deployments set it per container); the database is the API's own read-only role, never the writers'
 * DATABASE_URL. `deployment: 'required'` marks what a deployment must set although a default exists: the default
 * suits the local stack only. test/static reads this declaration to check docker-compose.yml and the manifests.
 */
export const apiEnvSpec = {
  HTTP_PORT: {
    ...httpEnvSpec.HTTP_PORT,
    default: DEFAULT_API_PORT,
    description: 'port of the query API, its /metrics and /health/* (0: any free port, as tests use)',
  },
  HTTP_HOST: httpEnvSpec.HTTP_HOST,
  API_DATABASE_URL: {
    parse: url('postgres', 'postgresql'),
    default: DEFAULT_API_DATABASE_URL,
    description: 'PostgreSQL URL of a read-only role',
    secret: true,
    deployment: 'required' as const,
  },
  API_DATABASE_SCHEMA: {
    parse: identifier,
    default: '',
    description: "schema holding Newsflow's tables (default: the role's search_path)",
  },
  API_DATABASE_POOL_SIZE: { parse: int(1, 100), default: 10, description: 'database connections per replica' },
  API_STATEMENT_TIMEOUT_MS: {
    parse: int(100, 600_000),
    default: 5_000,
    description: 'statement timeout of every query, set on the connection',
  },
  API_KEYS: { parse: list, default: [] as string[], description: 'comma-separated API keys', secret: true },
  API_KEYS_FILE: {
    parse: str,
    default: '',
    description: 'file of API keys, one per line or comma-separated (a mounted Secret)',
  },
  API_REQUIRE_KEY: {
    parse: bool,
    default: true,
    description: 'require a bearer API key on the query endpoints (health, metrics and docs stay open)',
  },
  API_RATE_LIMIT_PER_MINUTE: {
    parse: int(1, 1_000_000),
    default: 600,
    description: 'requests per minute per API key (per client address when keys are off)',
  },
};

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databaseSchema: string | null;
  poolSize: number;
  statementTimeoutMs: number;
  requireKey: boolean;
  /** The accepted keys (from API_KEYS and API_KEYS_FILE). Never logged. */
  keys: string[];
  rateLimitPerMinute: number;
}

/** Keys in a file: separated by newlines or commas; blank lines and # comments are ignored. */
export function parseKeysFile(content: string): string[] {
  return content
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((k) => k.trim())
    .filter(Boolean);
}

/**
 * The API's configuration, validated at boot: every problem is reported at once (ConfigError) and secrets (the
 * database URL, the keys) never appear in messages. With keys required, at least one key must be configured:
 * an API nobody can call is a misconfiguration, not a secure default.
 */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const problems = new ConfigProblems();
  // Keys are checked even when another variable is wrong, so one boot reports every problem.
  const { API_KEYS, API_KEYS_FILE, API_REQUIRE_KEY, ...serverSpec } = apiEnvSpec;
  const c = problems.attempt(() => loadConfig(serverSpec, env));
  const k = problems.attempt(() => loadConfig({ API_KEYS, API_KEYS_FILE, API_REQUIRE_KEY }, env));
  const keys = [...(k?.API_KEYS ?? [])];
  if (k?.API_KEYS_FILE) {
    try {
      keys.push(...parseKeysFile(readFileSync(k.API_KEYS_FILE, 'utf8')));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      problems.add(`API_KEYS_FILE=${JSON.stringify(k.API_KEYS_FILE)}: cannot read (${code})`);
    }
  }
  const short = keys.filter((key) => key.length < 16).length;
  if (short) problems.add(`API_KEYS: ${short} key(s) shorter than 16 characters (too easy to guess)`);
  if (k?.API_REQUIRE_KEY && !keys.length && !problems.has((p) => p.startsWith('API_KEYS'))) {
    problems.add('API_KEYS or API_KEYS_FILE must give at least one key (or set API_REQUIRE_KEY=false)');
  }
  problems.throwIfAny();
  // No problem collected: both loaders returned their values.
  const server = c!;
  return {
    port: server.HTTP_PORT,
    host: server.HTTP_HOST,
    databaseUrl: server.API_DATABASE_URL,
    databaseSchema: server.API_DATABASE_SCHEMA || null,
    poolSize: server.API_DATABASE_POOL_SIZE,
    statementTimeoutMs: server.API_STATEMENT_TIMEOUT_MS,
    requireKey: k!.API_REQUIRE_KEY,
    keys: [...new Set(keys)],
    rateLimitPerMinute: server.API_RATE_LIMIT_PER_MINUTE,
  };
}
