/**
 * robots.txt parsing and matching after RFC 9309 (Robots Exclusion Protocol), plus the widely honoured
 * non-standard `Crawl-delay` and `Sitemap` lines.
 */

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written (`*` matches any run of characters, a final `$` anchors the end). */
  pattern: string;
}

export interface RobotsGroup {
  /** Lower-cased user-agent tokens of the group (`*` for the default group). */
  userAgents: string[];
  rules: RobotsRule[];
  /** Crawl-delay in seconds, when the group gives one. */
  crawlDelaySeconds?: number;
}

export interface ParsedRobots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** The rules that apply to one crawler: its matched groups merged into one. */
export interface RobotsRules {
  rules: RobotsRule[];
  crawlDelaySeconds?: number;
  sitemaps: string[];
}

export interface RobotsVerdict {
  allowed: boolean;
  /** The rule that decided, when one matched. */
  rule?: RobotsRule;
}

/** RFC 9309 section 2.5: crawlers must parse at least 500 kibibytes; anything after may be ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/**
 * Parses robots.txt text into groups. Lenient as the RFC asks: unknown lines are skipped, keys are
 * case-insensitive, a missing colon is tolerated when the key is followed by whitespace (Google's
 * parser does the same for `Disallow /x`), and a run of user-agent lines opens one group.
 */
export function parseRobots(text: string): ParsedRobots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | undefined;
  let lastWasAgent = false;
  const body = text.length > ROBOTS_MAX_BYTES ? text.slice(0, ROBOTS_MAX_BYTES) : text;
  for (const rawLine of body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const match = /^([A-Za-z-]+)\s*(?::|\s)\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    if (key === 'user-agent' || key === 'useragent') {
      if (!current || !lastWasAgent) {
        current = { userAgents: [], rules: [] };
        groups.push(current);
      }
      current.userAgents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap' || key === 'site-map') {
      if (value) sitemaps.push(value);
    } else if (!current) {
      continue; // rules before any user-agent line belong to no group
    } else if (key === 'allow' || key === 'disallow') {
      // An empty Disallow means "nothing disallowed": it matches nothing, so it is not stored.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return { groups, sitemaps };
}

/**
 * The product token of a User-Agent header: `Newsflow/0.1 (+https://…)` → `newsflow` (RFC 9309
 * section 2.2.1: groups name crawlers by product token, matched case-insensitively).
 */
export function productToken(userAgent: string): string {
  const m = /^[A-Za-z_-]+/.exec(userAgent.trim());
  return (m ? m[0] : userAgent.trim()).toLowerCase();
}

/**
 * Selects the groups for a crawler: every group naming its product token (merged, as RFC 9309 says
 * groups for the same agent are combined), otherwise every `*` group; no group means no rules.
 * A group token such as `newsflow/1.0` also matches, since some sites copy the whole agent string.
 */
export function rulesFor(parsed: ParsedRobots, userAgent: string): RobotsRules {
  const token = productToken(userAgent);
  const matches = (agent: string) => agent === token || productToken(agent) === token;
  let selected = parsed.groups.filter((g) => g.userAgents.some(matches));
  if (selected.length === 0) selected = parsed.groups.filter((g) => g.userAgents.includes('*'));
  const delays = selected.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== undefined);
  return {
    rules: selected.flatMap((g) => g.rules),
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : undefined,
    sitemaps: parsed.sitemaps,
  };
}

/** Percent-decodes unreserved characters and upper-cases other escapes so `/%7Ea` matches `/~a`. */
function canonicalPath(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

/** Compiles a robots pattern to a regular expression anchored at the start of the path. */
function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = canonicalPath(body)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`);
}

/**
 * Decides a URL path (with query) against rules: the matching rule with the longest pattern wins, and on
 * a tie Allow wins (RFC 9309 section 2.2.2). No matching rule allows. `/robots.txt` is always allowed.
 */
export function isPathAllowed(rules: readonly RobotsRule[], pathWithQuery: string): RobotsVerdict {
  const path = canonicalPath(pathWithQuery || '/');
  if (path === '/robots.txt') return { allowed: true };
  let best: RobotsRule | undefined;
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best ? { allowed: best.allow, rule: best } : { allowed: true };
}
