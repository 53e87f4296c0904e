import { int, list, loadConfig, str } from '@newsflow/config';
import { FetchPolicy, resolveFetchPolicy, DEFAULT_FETCH_POLICY } from './fetch-policy';

/**
 * The environment variables that shape the fetch policy, shared by the fetcher service and
 * `newsflow fetch` so both fetch under exactly the same rules.
 */
export const fetchPolicyEnvSpec = {
  FETCH_ALLOW_HOSTS: {
    parse: list,
    default: [] as string[],
    description:
      'comma list of host or host:port allowed past the address policy (e.g. 127.0.0.1:8080); empty by default',
  },
  FETCH_USER_AGENT: {
    parse: str,
    default: DEFAULT_FETCH_POLICY.userAgent,
    description: 'User-Agent header; name the project and a contact URL',
  },
  FETCH_MAX_BYTES: {
    parse: int(1024, 1024 * 1024 * 1024),
    default: DEFAULT_FETCH_POLICY.maxResponseBytes,
    description: 'cap on response bytes on the wire',
  },
  FETCH_MAX_DECODED_BYTES: {
    parse: int(1024, 4 * 1024 * 1024 * 1024),
    default: DEFAULT_FETCH_POLICY.maxDecompressedBytes,
    description: 'cap on bytes after gzip/deflate/brotli decoding (bomb protection)',
  },
  FETCH_TIMEOUT_MS: {
    parse: int(100, 10 * 60 * 1000),
    default: DEFAULT_FETCH_POLICY.totalTimeoutMs,
    description: 'total time allowed for one fetch, redirects included',
  },
  FETCH_CONNECT_TIMEOUT_MS: {
    parse: int(100, 10 * 60 * 1000),
    default: DEFAULT_FETCH_POLICY.connectTimeoutMs,
    description: 'time allowed to connect',
  },
  FETCH_READ_TIMEOUT_MS: {
    parse: int(100, 10 * 60 * 1000),
    default: DEFAULT_FETCH_POLICY.readTimeoutMs,
    description: 'longest silence allowed while reading',
  },
  FETCH_KEEP_ALIVE_MS: {
    parse: int(0, 10 * 60 * 1000),
    default: DEFAULT_FETCH_POLICY.keepAliveMs ?? 4_000,
    description:
      'how long an idle connection is kept for the next fetch of the same host and address (0: one per request)',
  },
};

/**
 * Builds the fetch policy from the environment; throws a ConfigError naming every bad variable.
 * The connect and read timeouts never exceed the total timeout (FETCH_TIMEOUT_MS bounds everything).
 */
export function fetchPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  const c = loadConfig(fetchPolicyEnvSpec, env);
  return resolveFetchPolicy({
    allowHosts: c.FETCH_ALLOW_HOSTS,
    userAgent: c.FETCH_USER_AGENT,
    maxResponseBytes: c.FETCH_MAX_BYTES,
    maxDecompressedBytes: Math.max(c.FETCH_MAX_DECODED_BYTES, c.FETCH_MAX_BYTES),
    totalTimeoutMs: c.FETCH_TIMEOUT_MS,
    connectTimeoutMs: Math.min(c.FETCH_CONNECT_TIMEOUT_MS, c.FETCH_TIMEOUT_MS),
    readTimeoutMs: Math.min(c.FETCH_READ_TIMEOUT_MS, c.FETCH_TIMEOUT_MS),
    keepAliveMs: c.FETCH_KEEP_ALIVE_MS,
  });
}
