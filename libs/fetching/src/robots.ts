/**
 * robots.txt parsing and matching after RFC 9309 (Robots Exclusion Protocol), plus the widely honoured
 * non-standard `Crawl-delay` and `Sitemap` lines.
 */

import { normalizeRobotsPath } from './robots-path-encoding';
import { robotsPatternMatches } from './robots-pattern-match';

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
 * The lines that belong to a group, and so end the run of user-agent lines that opens it. `Sitemap:` lines
 * and unknown lines belong to no group (RFC 9309 section 2.2.4; Google's parser does the same), so
 * `User-agent: a` / `Sitemap: …` / `User-agent: b` / `Disallow: /x` is one group for a and b.
 * Crawl-delay is in neither the RFC nor Google's parser (which ignores it like any unknown line), but it
 * is a per-group setting where it is honoured (Bing, Yandex, us), and sites write it right under the
 * user-agent it is for, so it counts as a group line ("crawl-delay is a group line" heuristic).
 */
const GROUP_LINE_KEYS: ReadonlySet<string> = new Set(['allow', 'disallow', 'crawl-delay']);

/**
 * Parses robots.txt text into groups. Lenient as the RFC asks: unknown lines are skipped, keys are
 * case-insensitive, a missing colon is tolerated when the key is followed by whitespace (Google's
 * parser does the same for `Disallow /x`), and a run of user-agent lines opens one group. Only a group
 * line ({@link GROUP_LINE_KEYS}) ends the run, so a `Sitemap:` or unknown line between two user-agent
 * lines does not split them.
 */
export function parseRobots(text: string): ParsedRobots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | undefined;
  let inAgentRun = false;
  const body = text.length > ROBOTS_MAX_BYTES ? text.slice(0, ROBOTS_MAX_BYTES) : text;
  for (const rawLine of body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const match = /^([A-Za-z-]+)\s*(?::|\s)\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    if (key === 'user-agent' || key === 'useragent') {
      if (!current || !inAgentRun) {
        current = { userAgents: [], rules: [] };
        groups.push(current);
      }
      current.userAgents.push(value.toLowerCase());
      inAgentRun = true;
      continue;
    }
    if (GROUP_LINE_KEYS.has(key)) inAgentRun = false;
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

/**
 * Google's "index page is its directory" heuristic: `Allow: /news/index.html` (or `index.htm…`) also allows
 * `/news/` itself, the URL under which servers usually serve that same page. Only for Allow, as Google does.
 * Returns the extra pattern (`/news/$`), or undefined when the rule does not name an index page.
 */
function indexPageDirectoryPattern(pattern: string): string | undefined {
  const slash = pattern.lastIndexOf('/');
  if (slash < 0 || !pattern.startsWith('/index.htm', slash)) return undefined;
  return `${pattern.slice(0, slash + 1)}$`;
}

/**
 * How specific the rule's match on `path` is: the length of the (normalised) pattern that matched, -1 when
 * none did. RFC 9309 section 2.2.2 counts octets, so `/новости/` weighs as its percent-encoded form.
 */
function matchLength(rule: RobotsRule, path: string): number {
  const pattern = normalizeRobotsPath(rule.pattern);
  if (robotsPatternMatches(pattern, path)) return pattern.length;
  const directory = rule.allow ? indexPageDirectoryPattern(pattern) : undefined;
  if (directory !== undefined && robotsPatternMatches(directory, path)) return directory.length;
  return -1;
}

/**
 * Decides a URL path (with query) against rules: the matching rule with the longest pattern wins, and on
 * a tie Allow wins (RFC 9309 section 2.2.2). No matching rule allows. `/robots.txt` is always allowed.
 * The path and the patterns are compared in the form {@link normalizeRobotsPath} gives both.
 */
export function isPathAllowed(rules: readonly RobotsRule[], pathWithQuery: string): RobotsVerdict {
  const path = normalizeRobotsPath(pathWithQuery || '/');
  if (path === '/robots.txt') return { allowed: true };
  let best: { rule: RobotsRule; length: number } | undefined;
  for (const rule of rules) {
    const length = matchLength(rule, path);
    if (length < 0) continue;
    if (!best || length > best.length || (length === best.length && rule.allow && !best.rule.allow)) {
      best = { rule, length };
    }
  }
  return best ? { allowed: best.rule.allow, rule: best.rule } : { allowed: true };
}
