/**
 * The read side's query parameters, validated before any SQL runs: every problem becomes an ArticleQueryError
 * with a message that names the parameter, what it got and what it wanted (the HTTP API answers it as a 400, the
 * CLI as a usage error). Pure: no database, no framework.
 */
import { ArticleQueryError } from './article-queries-error';

/** What a list of articles is narrowed by. Every field is optional; all given fields must hold (AND). */
export interface ArticleFilters {
  /** Web-search syntax ("quoted phrase", -excluded, OR), matched in each article's own language. */
  q?: string;
  /** An entity id ("PER:sergei-shoigu") or a name or alias, case-insensitive. */
  entity?: string;
  /** Exactly this entity id (the /entities/:id/articles route): no name or alias matching. */
  entityId?: string;
  /** The articles of this story (the /stories/:id/articles route). */
  storyId?: string;
  /** A place id or a place name, case-insensitive. */
  place?: string;
  /** ISO 3166-1 alpha-2 country of a place the article mentions, upper case. */
  country?: string;
  /** A source id (uuid), or a source's name or URL. */
  source?: string;
  /** ISO 639 language code, lower case. */
  language?: string;
  /** Published at or after this instant (ISO 8601). */
  from?: string;
  /** Published before this instant (ISO 8601, exclusive; a date-only `to` covers that whole day). */
  toExclusive?: string;
}

export interface ArticleQuery extends ArticleFilters {
  limit: number;
  /** The opaque cursor from the previous page's nextCursor; validated against the filters when decoded. */
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Longer queries are not searches but pasted documents; they would only make slow tsqueries. */
export const MAX_QUERY_LENGTH = 500;

/** The query-string parameters GET /articles accepts, in the order the OpenAPI document lists them. */
export const ARTICLE_QUERY_PARAMETERS = [
  'q',
  'entity',
  'place',
  'country',
  'source',
  'language',
  'from',
  'to',
  'limit',
  'cursor',
] as const;

export type ArticleQueryParameter = (typeof ARTICLE_QUERY_PARAMETERS)[number];

/**
 * Reads raw query-string values (as Express gives them: strings, or arrays when a parameter is repeated) into an
 * ArticleQuery. `accepted` narrows the parameters allowed (a route that fixes the entity does not take `entity`);
 * any other parameter is an error, so a typo ("contry") is reported instead of silently ignored.
 */
export function parseArticleQuery(
  raw: Record<string, unknown>,
  accepted: readonly ArticleQueryParameter[] = ARTICLE_QUERY_PARAMETERS,
): ArticleQuery {
  const problems: string[] = [];
  const value = (name: ArticleQueryParameter): string | undefined => {
    const v = raw[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      problems.push(`${name}: expected a single value`);
      return undefined;
    }
    const trimmed = v.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  for (const name of Object.keys(raw)) {
    if (!(accepted as readonly string[]).includes(name)) {
      problems.push(`unknown parameter "${name}" (accepted: ${accepted.join(', ')})`);
    }
  }

  const query: ArticleQuery = { limit: DEFAULT_PAGE_SIZE };
  const q = value('q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) problems.push(`q: longer than ${MAX_QUERY_LENGTH} characters`);
    else query.q = q;
  }
  const entity = value('entity');
  if (entity !== undefined) query.entity = entity;
  const place = value('place');
  if (place !== undefined) query.place = place;
  const country = value('country');
  if (country !== undefined) {
    if (/^[A-Za-z]{2}$/.test(country)) query.country = country.toUpperCase();
    else problems.push(`country=${JSON.stringify(country)}: expected an ISO 3166-1 alpha-2 code such as KZ`);
  }
  const source = value('source');
  if (source !== undefined) query.source = source;
  const language = value('language');
  if (language !== undefined) {
    if (/^[A-Za-z]{2,3}$/.test(language)) query.language = language.toLowerCase();
    else problems.push(`language=${JSON.stringify(language)}: expected an ISO 639 code such as en`);
  }
  const from = value('from');
  if (from !== undefined) {
    const instant = parseInstant(from, 'start');
    if (instant) query.from = instant;
    else problems.push(`from=${JSON.stringify(from)}: ${DATE_EXPECTATION}`);
  }
  const to = value('to');
  if (to !== undefined) {
    const instant = parseInstant(to, 'end');
    if (instant) query.toExclusive = instant;
    else problems.push(`to=${JSON.stringify(to)}: ${DATE_EXPECTATION}`);
  }
  if (query.from && query.toExclusive && query.from >= query.toExclusive) {
    problems.push(`from=${JSON.stringify(from)} is not before to=${JSON.stringify(to)}`);
  }
  const limit = parsePageLimit(value('limit'), problems);
  if (limit !== undefined) query.limit = limit;
  const cursor = value('cursor');
  if (cursor !== undefined) query.cursor = cursor;

  if (problems.length) throw new ArticleQueryError(problems);
  return query;
}

/** A list's `limit` parameter (1..MAX_PAGE_SIZE); a bad value is added to `problems` and gives undefined. */
export function parsePageLimit(limit: string | undefined, problems: string[]): number | undefined {
  if (limit === undefined) return undefined;
  const n = /^\d{1,6}$/.test(limit) ? Number(limit) : NaN;
  if (n >= 1 && n <= MAX_PAGE_SIZE) return n;
  problems.push(`limit=${JSON.stringify(limit)}: expected an integer from 1 to ${MAX_PAGE_SIZE}`);
  return undefined;
}

const DATE_EXPECTATION = 'expected an ISO 8601 date (2024-04-26) or date-time with a zone (2024-04-26T10:00:00Z)';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant as an ISO string in UTC, or null. A date-only value is a whole UTC day: as a start it is the
 * day's midnight, as an end the next midnight (so `to=2024-04-26` includes articles of the 26th). Impossible
 * calendar dates (2024-02-30) are rejected rather than rolled over, and a date-time must carry its zone, since
 * "10:00" alone means a different instant for every reader.
 */
export function parseInstant(raw: string, bound: 'start' | 'end'): string | null {
  const day = DATE_ONLY.exec(raw);
  if (day) {
    const [, y, m, d] = day.map(Number);
    if (!isCalendarDate(y, m, d)) return null;
    const ms = Date.UTC(y, m - 1, d) + (bound === 'end' ? 86_400_000 : 0);
    return new Date(ms).toISOString();
  }
  const dt = DATE_TIME.exec(raw);
  if (!dt) return null;
  const [y, m, d, hh, mm, ss] = dt.slice(1, 7).map((s) => Number(s ?? 0));
  if (!isCalendarDate(y, m, d) || hh > 23 || mm > 59 || ss > 59) return null;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
