import { int, loadConfig } from '@newsflow/config';

/** Fetcher settings besides the fetch policy (which libs/fetching reads: FETCH_ALLOW_HOSTS, FETCH_USER_AGENT, ...). */
export const fetcherEnvSpec = {
  FETCHER_POLL_EVERY_MS: {
    parse: int(100, 3_600_000),
    default: 5_000,
    description: 'how often to look for due sources',
  },
  FETCHER_POLL_BATCH: { parse: int(1, 1000), default: 10, description: 'sources claimed per look' },
};

export type FetcherConfig = ReturnType<typeof loadFetcherConfig>;

export function loadFetcherConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(fetcherEnvSpec, env);
}
