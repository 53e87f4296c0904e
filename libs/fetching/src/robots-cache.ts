import { isPathAllowed, parseRobots, RobotsRules, rulesFor, RobotsRule } from './robots';

/** What fetching an origin's robots.txt gave: a status and text, or a network failure (thrown). */
export interface RobotsResponse {
  status: number;
  text: string;
}

/** Fetches `robotsUrl` (redirects followed); throws when the host is unreachable. */
export type RobotsFetcher = (robotsUrl: string) => Promise<RobotsResponse>;

/** The decision for one URL, with the crawl delay the caller's rate limiter must respect. */
export interface RobotsCheck {
  allowed: boolean;
  /** Crawl-delay of the matching group in milliseconds (0 when none). */
  crawlDelayMs: number;
  /** Why: the rule that decided, or how robots.txt was obtained (`unavailable`, `unreachable`). */
  reason: string;
  rule?: RobotsRule;
}

/** Anything that can decide a URL by robots.txt (the safe HTTP client depends only on this). */
export interface RobotsGate {
  check(url: string): Promise<RobotsCheck>;
}

export interface RobotsCacheOptions {
  fetch: RobotsFetcher;
  userAgent: string;
  /** How long a fetched robots.txt is trusted. RFC 9309 section 2.4: no more than 24 hours. */
  ttlMs?: number;
  /** How long an origin is treated as fully disallowed after a 5xx or network failure. */
  errorTtlMs?: number;
  /** Upper bound for a Crawl-delay, so one hostile file cannot stall a source for hours. */
  maxCrawlDelayMs?: number;
  now?: () => number;
}

type OriginState =
  | { kind: 'rules'; rules: RobotsRules; expiresAt: number }
  | { kind: 'allow-all'; reason: string; expiresAt: number }
  | { kind: 'disallow-all'; reason: string; expiresAt: number; lastGood?: RobotsRules };

/**
 * Per-origin robots.txt cache with Google's error handling (and RFC 9309 section 2.3.1):
 * - 2xx: the file's rules, cached for `ttlMs`;
 * - 4xx (other than 429): no usable robots.txt, so everything is allowed;
 * - 429, 5xx or unreachable: the whole origin is disallowed for `errorTtlMs`, but a previously fetched
 *   copy is used instead when there is one (the RFC allows a cached copy during outages).
 * Concurrent checks for one origin share a single fetch.
 */
export class RobotsCache implements RobotsGate {
  private readonly states = new Map<string, OriginState>();
  private readonly inFlight = new Map<string, Promise<OriginState>>();
  private readonly ttlMs: number;
  private readonly errorTtlMs: number;
  private readonly maxCrawlDelayMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.errorTtlMs = options.errorTtlMs ?? 10 * 60 * 1000;
    this.maxCrawlDelayMs = options.maxCrawlDelayMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async check(url: string): Promise<RobotsCheck> {
    const parsed = new URL(url);
    const state = await this.stateFor(parsed.origin);
    const rules = state.kind === 'rules' ? state.rules : state.kind === 'disallow-all' ? state.lastGood : undefined;
    if (rules) {
      const verdict = isPathAllowed(rules.rules, parsed.pathname + parsed.search);
      const delayMs = Math.min((rules.crawlDelaySeconds ?? 0) * 1000, this.maxCrawlDelayMs);
      const reason = verdict.rule
        ? `${verdict.rule.allow ? 'Allow' : 'Disallow'}: ${verdict.rule.pattern}`
        : 'no matching rule';
      return { allowed: verdict.allowed, crawlDelayMs: delayMs, reason, rule: verdict.rule };
    }
    if (state.kind === 'allow-all') return { allowed: true, crawlDelayMs: 0, reason: state.reason };
    const reason = state.kind === 'disallow-all' ? state.reason : 'no rules';
    // /robots.txt itself stays fetchable so the cache can recover.
    if (parsed.pathname === '/robots.txt') return { allowed: true, crawlDelayMs: 0, reason };
    return { allowed: false, crawlDelayMs: 0, reason };
  }

  /** Sitemap URLs the origin's robots.txt lists (fetching robots.txt if needed); [] when it has none. */
  async sitemapsFor(url: string): Promise<string[]> {
    const state = await this.stateFor(new URL(url).origin);
    const rules = state.kind === 'rules' ? state.rules : state.kind === 'disallow-all' ? state.lastGood : undefined;
    return rules ? [...rules.sitemaps] : [];
  }

  /** Drops cached state for an origin (or all origins). */
  invalidate(origin?: string): void {
    if (origin) this.states.delete(origin);
    else this.states.clear();
  }

  private async stateFor(origin: string): Promise<OriginState> {
    const cached = this.states.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached;
    let pending = this.inFlight.get(origin);
    if (!pending) {
      pending = this.load(origin, cached).finally(() => this.inFlight.delete(origin));
      this.inFlight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string, previous: OriginState | undefined): Promise<OriginState> {
    const lastGood =
      previous?.kind === 'rules' ? previous.rules : previous?.kind === 'disallow-all' ? previous.lastGood : undefined;
    let state: OriginState;
    try {
      const response = await this.options.fetch(`${origin}/robots.txt`);
      if (response.status >= 200 && response.status < 300) {
        const rules = rulesFor(parseRobots(response.text), this.options.userAgent);
        state = { kind: 'rules', rules, expiresAt: this.now() + this.ttlMs };
      } else if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        state = {
          kind: 'allow-all',
          reason: `robots.txt unavailable (${response.status})`,
          expiresAt: this.now() + this.ttlMs,
        };
      } else {
        state = {
          kind: 'disallow-all',
          reason: `robots.txt unreachable (${response.status})`,
          expiresAt: this.now() + this.errorTtlMs,
          lastGood,
        };
      }
    } catch (err) {
      state = {
        kind: 'disallow-all',
        reason: `robots.txt unreachable (${err instanceof Error ? err.message : String(err)})`,
        expiresAt: this.now() + this.errorTtlMs,
        lastGood,
      };
    }
    this.states.set(origin, state);
    return state;
  }
}
