/**
 * Keyset pagination cursors: the sort key of the last row of a page, so the next page starts strictly after it
 * (stable under concurrent inserts, no OFFSET scans). Opaque to clients (base64url JSON) and bound to the
 * filters that produced it: a cursor replayed with other filters would silently skip or repeat rows, so it is
 * rejected instead.
 */
import { createHash } from 'node:crypto';
import { ArticleQueryError } from './article-queries-error';
import { ArticleFilters } from './article-queries-params';

/** Search results are ordered by rank (best first), then id; lists without a query by publication date. */
export type ArticleCursor =
  | { order: 'rank'; rank: string; id: string; filters: string }
  | { order: 'published'; publishedAt: string | null; id: string; filters: string };

const ARTICLE_ID = /^[0-9a-f]{32}$/;
/** ts_rank's real, as PostgreSQL prints it (shortest exact form, so it reads back as the same float4). */
const RANK_TEXT = /^\d+(\.\d+)?(e-?\d+)?$/;
/** The published-at key exactly as the list query prints it: microseconds, UTC. */
const PUBLISHED_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A short digest of the filters a cursor belongs to (key order and absent fields do not matter). */
export function filtersKey(filters: ArticleFilters): string {
  const fields: (keyof ArticleFilters)[] = [
    'q',
    'entity',
    'entityId',
    'place',
    'country',
    'source',
    'language',
    'from',
    'toExclusive',
  ];
  const canonical = fields.map((f) => [f, filters[f] ?? null]);
  // Added with stories: only when set, so the cursors of other lists keep their digest.
  if (filters.storyId !== undefined) canonical.push(['storyId', filters.storyId]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 16);
}

export function encodeCursor(cursor: ArticleCursor): string {
  const compact =
    cursor.order === 'rank'
      ? { o: 'r', k: cursor.rank, i: cursor.id, f: cursor.filters }
      : { o: 'p', k: cursor.publishedAt, i: cursor.id, f: cursor.filters };
  return Buffer.from(JSON.stringify(compact)).toString('base64url');
}

/** Decodes a client's cursor for these filters, or throws an ArticleQueryError saying what is wrong with it. */
export function decodeCursor(raw: string, filters: ArticleFilters): ArticleCursor {
  const invalid = (why: string) => new ArticleQueryError(`cursor: ${why}; pass back a nextCursor unchanged`);
  if (raw.length > 512 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid('not a cursor this API issued');
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor this API issued');
  }
  if (!data || typeof data !== 'object') throw invalid('not a cursor this API issued');
  const { o, k, i, f } = data as Record<string, unknown>;
  if (typeof i !== 'string' || !ARTICLE_ID.test(i) || typeof f !== 'string') {
    throw invalid('not a cursor this API issued');
  }
  let cursor: ArticleCursor;
  if (o === 'r' && typeof k === 'string' && RANK_TEXT.test(k)) {
    cursor = { order: 'rank', rank: k, id: i, filters: f };
  } else if (o === 'p' && (k === null || (typeof k === 'string' && PUBLISHED_TEXT.test(k)))) {
    cursor = { order: 'published', publishedAt: k, id: i, filters: f };
  } else {
    throw invalid('not a cursor this API issued');
  }
  if (f !== filtersKey(filters)) throw invalid('it belongs to a query with other parameters');
  if ((cursor.order === 'rank') !== Boolean(filters.q)) throw invalid('it belongs to a query with other parameters');
  return cursor;
}
