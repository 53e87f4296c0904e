import { int, loadConfig, oneOf } from '@newsflow/config';

/** Fetcher settings besides the fetch policy (which libs/fetching reads: FETCH_ALLOW_HOSTS, FETCH_USER_AGENT, ...). */
export const fetcherEnvSpec = {
  FETCHER_POLL_EVERY_MS: {
    parse: int(100, 3_600_000),
    default: 5_000,
    description: 'how often to look for due sources',
  },
  FETCHER_POLL_BATCH: { parse: int(1, 1000), default: 10, description: 'sources claimed per look' },
  FETCH_HOST_INTERVAL_MS: {
    parse: int(0, 3_600_000),
    default: 1_000,
    description: 'least time between two requests to one host, across replicas (robots Crawl-delay wins when longer)',
  },
  FETCHER_METRICS_LOG_EVERY_MS: {
    parse: int(1_000, 3_600_000),
    default: 60_000,
    description: 'how often the fetch metrics summary is logged',
  },
  FETCHER_SITEMAP_MAX_URLS: {
    parse: int(1, 50_000),
    default: 5_000,
    description: 'cap on article URLs taken from one sitemap source per poll (index children included)',
  },
  FETCHER_SITEMAP_MAX_CHILDREN: {
    parse: int(0, 1_000),
    default: 50,
    description: 'cap on child sitemaps read from one sitemap index per poll',
  },
  FETCHER_SITEMAP_MAX_BYTES: {
    parse: int(1024, 200 * 1024 * 1024),
    default: 50 * 1024 * 1024,
    description: 'wire and decoded byte cap for sitemaps (the protocol allows 50 MiB, far above a page)',
  },
  FETCHER_POLL_HOST_BUDGET: {
    parse: int(1, 10_000),
    default: 40,
    description: 'fetch requests published per host per source poll; the rest wait for the next poll',
  },
  FETCHER_PAGES_VERSION: {
    parse: oneOf('2', '1'),
    default: '2' as const,
    description:
      'fetched-page contract published: 2 (the page as bytes on newsflow.pages.fetched.v2) or 1 (JSON on .v1, for consumers not moved yet); the parser reads both',
  },
  FETCHER_POLL_MAX_WAIT_MS: {
    parse: int(0, 600_000),
    default: 15_000,
    description: 'longest the poller waits for a host slot before fetching a source (else it tries next due time)',
  },
};

export type FetcherConfig = ReturnType<typeof loadFetcherConfig>;

export function loadFetcherConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(fetcherEnvSpec, env);
}
