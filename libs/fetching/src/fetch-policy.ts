import { RobotsGate } from './robots-cache';

/** The default User-Agent: names the project and a contact URL, as polite crawlers do. */
export const DEFAULT_USER_AGENT = 'Newsflow/0.1 (+https://github.com/newsflow/newsflow)';

/** Resolves a host name to all of its addresses (injected in tests; `dns.lookup` by default). */
export type HostResolver = (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;

/**
 * Everything that bounds one fetch. Build it with {@link resolveFetchPolicy} (or fetchPolicyFromEnv),
 * which fills every limit with a safe default: a partial policy is never less safe than the default.
 */
export interface FetchPolicy {
  userAgent: string;
  /**
   * Hosts that bypass the address policy, as `host` or `host:port` (`127.0.0.1:8080`, `localhost`,
   * `[::1]:3000`). Empty by default: loopback, private and metadata addresses are all refused.
   */
  allowHosts: string[];
  maxRedirects: number;
  /** Cap on bytes received on the wire (compressed). */
  maxResponseBytes: number;
  /** Cap on bytes after Content-Encoding is undone (gzip, deflate and brotli bombs). */
  maxDecompressedBytes: number;
  /** Time allowed to establish the TCP (and TLS) connection. */
  connectTimeoutMs: number;
  /** Longest silence allowed while waiting for headers or between body chunks. */
  readTimeoutMs: number;
  /** Whole-fetch deadline across all redirects, so a slowly trickling body cannot hold a worker forever. */
  totalTimeoutMs: number;
  /** Media types accepted for 2xx responses (lower-case, no parameters). */
  allowedContentTypes: string[];
  /**
   * Return bodies cut at the byte caps instead of refusing them (`truncated: true` on the result). Only
   * robots.txt fetches use it (RFC 9309: read the first 500 KiB); pages and feeds are refused when too large.
   */
  truncateOversizedBodies?: boolean;
  /**
   * How long an idle connection is kept for the next fetch of the same destination (keep-alive-agents.ts); 0 opens a
   * connection per request (`Connection: close`). Default 4 s.
   */
  keepAliveMs?: number;
  /** Extra request headers (Accept-Language, ...). Safety headers are set by the client and win. */
  headers: Record<string, string>;
  /** robots.txt gate; when set, every hop is checked and a disallowed URL is refused. */
  robots?: RobotsGate;
  /** DNS resolver; `dns.lookup(host, { all: true })` by default. */
  resolveHost?: HostResolver;
}

/**
 * Media types a news fetcher needs: HTML pages, feeds (RSS, Atom, RDF, JSON Feed, OPML), sitemaps and
 * URL lists, gzipped sitemaps. Anything else (images, PDFs, video, other archives) is refused before its
 * body is read.
 */
export const DEFAULT_ALLOWED_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/x-opml',
  'text/plain',
  // Gzipped sitemap files (`sitemap.xml.gz`); read with parseSitemapBytes, classified not-html elsewhere.
  'application/x-gzip',
  'application/gzip',
];

export const DEFAULT_FETCH_POLICY: Readonly<FetchPolicy> = Object.freeze({
  userAgent: DEFAULT_USER_AGENT,
  allowHosts: [],
  maxRedirects: 5,
  maxResponseBytes: 5 * 1024 * 1024,
  maxDecompressedBytes: 20 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  readTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  allowedContentTypes: [...DEFAULT_ALLOWED_CONTENT_TYPES],
  keepAliveMs: 4_000,
  headers: {},
});

/** Fills a partial policy with the defaults. */
export function resolveFetchPolicy(partial: Partial<FetchPolicy> = {}): FetchPolicy {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_FETCH_POLICY, ...defined } as FetchPolicy;
}
