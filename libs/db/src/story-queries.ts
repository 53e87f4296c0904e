/**
 * The stories' read side: a list of stories, most recently active first (keyset-paginated like the article lists),
 * and one story. A story's articles are an article list filtered by `storyId` (searchArticles). Runs on any
 * connection that can read the published tables (the API's read-only role).
 */
import { StoryEntityV1, StoryPlaceV1 } from '@newsflow/contracts';
import { ArticleQueryError } from './article-queries-error';
import { DEFAULT_PAGE_SIZE, parsePageLimit } from './article-queries-params';
import type { SqlReader } from './article-queries';

export interface StorySummary {
  id: string;
  title: string | null;
  firstArticleId: string;
  firstSeenAt: string;
  lastSeenAt: string;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  articleCount: number;
  duplicateCount: number;
  topEntities: StoryEntityV1[];
  topPlaces: StoryPlaceV1[];
  closed: boolean;
  closedAt: string | null;
}

export interface StoryPage {
  items: StorySummary[];
  nextCursor: string | null;
}

export type StoryStatus = 'open' | 'closed';

export interface StoryQuery {
  limit: number;
  cursor?: string;
  status?: StoryStatus;
  /** At least this many articles (a story told by one outlet only is 1). */
  minArticles?: number;
}

export const STORY_QUERY_PARAMETERS = ['status', 'minArticles', 'limit', 'cursor'] as const;
export type StoryQueryParameter = (typeof STORY_QUERY_PARAMETERS)[number];

export const STORY_ID_FORMAT = /^[0-9a-f]{32}$/;

/** Raw query-string values into a StoryQuery; every problem named at once (ArticleQueryError, a 400). */
export function parseStoryQuery(raw: Record<string, unknown>): StoryQuery {
  const problems: string[] = [];
  const value = (name: StoryQueryParameter): string | undefined => {
    const v = raw[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      problems.push(`${name}: expected a single value`);
      return undefined;
    }
    return v.trim() === '' ? undefined : v.trim();
  };
  for (const name of Object.keys(raw)) {
    if (!(STORY_QUERY_PARAMETERS as readonly string[]).includes(name)) {
      problems.push(`unknown parameter "${name}" (accepted: ${STORY_QUERY_PARAMETERS.join(', ')})`);
    }
  }
  const query: StoryQuery = { limit: DEFAULT_PAGE_SIZE };
  const status = value('status');
  if (status !== undefined) {
    if (status === 'open' || status === 'closed') query.status = status;
    else problems.push(`status=${JSON.stringify(status)}: expected open or closed`);
  }
  const minArticles = value('minArticles');
  if (minArticles !== undefined) {
    const n = /^\d{1,6}$/.test(minArticles) ? Number(minArticles) : NaN;
    if (n >= 1) query.minArticles = n;
    else problems.push(`minArticles=${JSON.stringify(minArticles)}: expected an integer from 1`);
  }
  const limit = parsePageLimit(value('limit'), problems);
  if (limit !== undefined) query.limit = limit;
  const cursor = value('cursor');
  if (cursor !== undefined) query.cursor = cursor;
  if (problems.length) throw new ArticleQueryError(problems);
  return query;
}

/** last_seen_at as the list prints it (microseconds, UTC), so a cursor compares exactly. */
const SEEN_KEY = `to_char(s.last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const SEEN_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

interface StoryCursor {
  lastSeenAt: string;
  id: string;
  /** The filters it belongs to. */
  filters: string;
}

const filtersOf = (q: StoryQuery) => `${q.status ?? ''}|${q.minArticles ?? ''}`;

export function encodeStoryCursor(c: StoryCursor): string {
  return Buffer.from(JSON.stringify({ k: c.lastSeenAt, i: c.id, f: c.filters })).toString('base64url');
}

function decodeStoryCursor(raw: string, query: StoryQuery): StoryCursor {
  const invalid = (why: string) => new ArticleQueryError(`cursor: ${why}; pass back a nextCursor unchanged`);
  if (raw.length > 512 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid('not a cursor this API issued');
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor this API issued');
  }
  const { k, i, f } = (data ?? {}) as Record<string, unknown>;
  if (typeof k !== 'string' || !SEEN_TEXT.test(k) || typeof i !== 'string' || !STORY_ID_FORMAT.test(i)) {
    throw invalid('not a cursor this API issued');
  }
  if (f !== filtersOf(query)) throw invalid('it belongs to a query with other parameters');
  return { lastSeenAt: k, id: i, filters: f };
}

type Row = Record<string, unknown>;
const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

/** A `stories` row as the API shows it; the store's own reader adds the version and state (story-store.ts). */
export function storySummaryFromRow(r: Row): StorySummary {
  return {
    id: String(r.id).trim(),
    title: (r.title as string | null) ?? null,
    firstArticleId: String(r.first_article_id).trim(),
    firstSeenAt: iso(r.first_seen_at)!,
    lastSeenAt: iso(r.last_seen_at)!,
    firstPublishedAt: iso(r.first_published_at),
    lastPublishedAt: iso(r.last_published_at),
    articleCount: Number(r.article_count),
    duplicateCount: Number(r.duplicate_count),
    topEntities: (r.top_entities as StoryEntityV1[]) ?? [],
    topPlaces: (r.top_places as StoryPlaceV1[]) ?? [],
    closed: Boolean(r.closed),
    closedAt: iso(r.closed_at),
  };
}

const STORY_COLUMNS = `s.id, s.title, s.first_article_id, s.first_seen_at, s.last_seen_at, s.first_published_at,
  s.last_published_at, s.article_count, s.duplicate_count, s.top_entities, s.top_places, s.closed, s.closed_at`;

/** One page of stories, most recently active first (stories_last_seen_idx), then by id. */
export async function listStories(db: SqlReader, query: StoryQuery): Promise<StoryPage> {
  const after = query.cursor === undefined ? undefined : decodeStoryCursor(query.cursor, query);
  const params: unknown[] = [];
  const add = (v: unknown) => `$${params.push(v)}`;
  const where: string[] = [];
  if (query.status) where.push(query.status === 'closed' ? 's.closed' : 'NOT s.closed');
  if (query.minArticles !== undefined) where.push(`s.article_count >= ${add(query.minArticles)}`);
  if (after) {
    const at = add(after.lastSeenAt);
    where.push(
      `(s.last_seen_at < ${at}::timestamptz OR (s.last_seen_at = ${at}::timestamptz AND s.id > ${add(after.id)}))`,
    );
  }
  const rows = (await db.query(
    `SELECT ${STORY_COLUMNS}, ${SEEN_KEY} AS seen_key
       FROM stories s
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.last_seen_at DESC, s.id ASC
      LIMIT ${add(query.limit + 1)}`,
    params,
  )) as Row[];
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(storySummaryFromRow),
    nextCursor:
      rows.length > query.limit
        ? encodeStoryCursor({
            lastSeenAt: String(last.seen_key),
            id: String(last.id).trim(),
            filters: filtersOf(query),
          })
        : null,
  };
}

export async function getStory(db: SqlReader, id: string): Promise<StorySummary | null> {
  const rows = (await db.query(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = $1`, [id])) as Row[];
  return rows.length ? storySummaryFromRow(rows[0]) : null;
}
