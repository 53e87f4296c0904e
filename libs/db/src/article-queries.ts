/**
 * The store's read side: article lists (full-text search and filters, keyset-paginated), one article with what
 * the enricher found, and entities. Used by the query API and `newsflow search`; runs on any connection that can
 * read the tables (the API's is a read-only role with a statement timeout).
 */
import { ArticleCursor, decodeCursor, encodeCursor, filtersKey } from './article-queries-cursor';
import { ArticleQuery } from './article-queries-params';
import { snippetToHtml } from './article-queries-snippet';
import { buildListQuery, buildSearchQuery, PARSE_QUERY_SQL, ParsedQueryGroup } from './article-queries-sql';

export * from './article-queries-error';
export * from './article-queries-params';
export * from './article-queries-cursor';
export * from './article-queries-snippet';

/** What the read side needs of a connection: a TypeORM DataSource or EntityManager fits. */
export interface SqlReader {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface ArticleSummary {
  id: string;
  url: string;
  canonicalUrl: string;
  sourceId: string | null;
  title: string | null;
  description: string | null;
  authors: string[];
  publishedAt: string | null;
  language: string | null;
  sectionPath: string[];
  leadImage: unknown;
  revision: number;
  firstIndexedAt: string;
  indexedAt: string;
}

export interface ArticleHit extends ArticleSummary {
  /** Present for a text search: ts_rank, higher is better. */
  rank?: number;
  /** Present for a text search: fragments of the text around the matches, HTML with <mark> around matched words. */
  snippet?: string;
}

export interface ArticlePage {
  items: ArticleHit[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

type Row = Record<string, unknown>;

const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

function toSummary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    url: String(r.url),
    canonicalUrl: String(r.canonical_url),
    sourceId: (r.source_id as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    description: (r.description as string | null) ?? null,
    authors: (r.authors as string[] | null) ?? [],
    publishedAt: iso(r.published_at),
    language: (r.language as string | null) ?? null,
    sectionPath: (r.section_path as string[] | null) ?? [],
    leadImage: r.lead_image ?? null,
    revision: Number(r.revision),
    firstIndexedAt: iso(r.first_indexed_at)!,
    indexedAt: iso(r.indexed_at)!,
  };
}

/**
 * One page of articles matching `query`. With `q` the page is ranked (best first) and each hit has a rank and a
 * highlighted snippet; without, articles come newest first. Throws ArticleQueryError for a bad cursor.
 */
export async function searchArticles(db: SqlReader, query: ArticleQuery): Promise<ArticlePage> {
  const { limit, cursor: rawCursor, ...filters } = query;
  const after = rawCursor === undefined ? undefined : decodeCursor(rawCursor, filters);
  // One row more than asked tells whether a next page exists without a count query.
  let built;
  if (filters.q) {
    const groups = (await db.query(PARSE_QUERY_SQL, [filters.q])) as ParsedQueryGroup[];
    // Only stop words or punctuation: nothing can match.
    if (!groups.length) return { items: [], nextCursor: null };
    built = buildSearchQuery(filters, groups, limit + 1, after);
  } else {
    built = buildListQuery(filters, limit + 1, after);
  }
  const rows = (await db.query(built.sql, built.params)) as Row[];
  const page = rows.slice(0, limit);
  const items: ArticleHit[] = page.map((r) => {
    const hit: ArticleHit = toSummary(r);
    if (filters.q) {
      hit.rank = Number(r.rank);
      hit.snippet = snippetToHtml(String(r.snippet ?? ''));
    }
    return hit;
  });
  let nextCursor: string | null = null;
  if (rows.length > limit) {
    const last = page[page.length - 1];
    const key = filtersKey(filters);
    const next: ArticleCursor = filters.q
      ? { order: 'rank', rank: String(last.rank), id: String(last.id), filters: key }
      : {
          order: 'published',
          publishedAt: (last.published_key as string | null) ?? null,
          id: String(last.id),
          filters: key,
        };
    nextCursor = encodeCursor(next);
  }
  return { items, nextCursor };
}

export interface EntityRecord {
  id: string;
  type: string;
  name: string;
  firstSeenAt: string;
}

export async function getEntity(db: SqlReader, id: string): Promise<EntityRecord | null> {
  const rows = (await db.query(`SELECT id, type, name, first_seen_at FROM entities WHERE id = $1`, [id])) as Row[];
  if (!rows.length) return null;
  const r = rows[0];
  return { id: String(r.id), type: String(r.type), name: String(r.name), firstSeenAt: iso(r.first_seen_at)! };
}

export interface ArticleDetail extends ArticleSummary {
  publishedAtText: string | null;
  modifiedAtText: string | null;
  tags: string[];
  siteName: string | null;
  accessState: string;
  text: string;
  fetchedAt: string;
  traceId: string | null;
  fingerprint: string | null;
  contentHash: string;
  dates: unknown[];
  quotes: unknown[];
  entities: { id: string; type: string; name: string; aliases: string[]; mentionCount: number }[];
  places: {
    id: string;
    name: string;
    countryCode: string | null;
    lat: number | null;
    lon: number | null;
    kind: string | null;
    mentionCount: number;
  }[];
  topics: { code: string; label: string; score: number }[];
  revisions: { revision: number; contentHash: string; title: string | null; createdAt: string }[];
  /** The article's story (the same event across outlets), once the indexer assigned one. */
  storyId: string | null;
  duplicates: {
    /** The earlier article this one nearly duplicates (by fingerprint distance), if any. */
    duplicateOf: { id: string; url: string; title: string | null; distance: number }[];
    /** Later articles that nearly duplicate this one. */
    duplicatedBy: { id: string; url: string; title: string | null; distance: number }[];
  };
}

/** One article with its entities, places, topics, revisions and near-duplicate links; null when unknown. */
export async function getArticle(db: SqlReader, id: string): Promise<ArticleDetail | null> {
  const rows = (await db.query(
    `SELECT a.*, to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published_key
       FROM articles a WHERE a.id = $1`,
    [id],
  )) as Row[];
  if (!rows.length) return null;
  const r = rows[0];
  const [entities, places, topics, revisions, duplicateOf, duplicatedBy, story] = (await Promise.all([
    db.query(
      `SELECT e.id, e.type, e.name, ae.aliases, ae.mention_count
         FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
        WHERE ae.article_id = $1 ORDER BY ae.mention_count DESC, e.id`,
      [id],
    ),
    db.query(
      `SELECT p.id, p.name, p.country_code, p.lat, p.lon, p.kind, ap.mention_count
         FROM article_places ap JOIN places p ON p.id = ap.place_id
        WHERE ap.article_id = $1 ORDER BY ap.mention_count DESC, p.id`,
      [id],
    ),
    db.query(`SELECT code, label, score FROM article_topics WHERE article_id = $1 ORDER BY score DESC, code`, [id]),
    db.query(
      `SELECT revision, content_hash, title, created_at FROM article_revisions WHERE article_id = $1
        ORDER BY revision`,
      [id],
    ),
    db.query(
      `SELECT d.duplicate_of AS id, o.url, o.title, d.distance
         FROM near_duplicates d JOIN articles o ON o.id = d.duplicate_of
        WHERE d.article_id = $1 ORDER BY d.distance, d.duplicate_of`,
      [id],
    ),
    db.query(
      `SELECT d.article_id AS id, o.url, o.title, d.distance
         FROM near_duplicates d JOIN articles o ON o.id = d.article_id
        WHERE d.duplicate_of = $1 ORDER BY d.distance, d.article_id LIMIT 100`,
      [id],
    ),
    db.query(`SELECT story_id FROM story_articles WHERE article_id = $1`, [id]),
  ])) as Row[][];
  const link = (x: Row) => ({
    id: String(x.id),
    url: String(x.url),
    title: (x.title as string | null) ?? null,
    distance: Number(x.distance),
  });
  return {
    ...toSummary(r),
    publishedAtText: (r.published_at_text as string | null) ?? null,
    modifiedAtText: (r.modified_at_text as string | null) ?? null,
    tags: (r.tags as string[] | null) ?? [],
    siteName: (r.site_name as string | null) ?? null,
    accessState: String(r.access_state),
    text: String(r.text),
    fetchedAt: iso(r.fetched_at)!,
    traceId: (r.trace_id as string | null) ?? null,
    fingerprint: (r.fingerprint as string | null) ?? null,
    contentHash: String(r.content_hash),
    dates: (r.dates as unknown[]) ?? [],
    quotes: (r.quotes as unknown[]) ?? [],
    entities: entities.map((e) => ({
      id: String(e.id),
      type: String(e.type),
      name: String(e.name),
      aliases: (e.aliases as string[]) ?? [],
      mentionCount: Number(e.mention_count),
    })),
    places: places.map((p) => ({
      id: String(p.id),
      name: String(p.name),
      countryCode: (p.country_code as string | null) ?? null,
      lat: p.lat == null ? null : Number(p.lat),
      lon: p.lon == null ? null : Number(p.lon),
      kind: (p.kind as string | null) ?? null,
      mentionCount: Number(p.mention_count),
    })),
    topics: topics.map((t) => ({ code: String(t.code), label: String(t.label), score: Number(t.score) })),
    revisions: revisions.map((v) => ({
      revision: Number(v.revision),
      contentHash: String(v.content_hash),
      title: (v.title as string | null) ?? null,
      createdAt: iso(v.created_at)!,
    })),
    storyId: story.length ? String(story[0].story_id).trim() : null,
    duplicates: { duplicateOf: duplicateOf.map(link), duplicatedBy: duplicatedBy.map(link) },
  };
}

export const ARTICLE_ID_FORMAT = /^[0-9a-f]{32}$/;
