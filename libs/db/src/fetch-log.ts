import { DataSource } from 'typeorm';

/**
 * The fetch log: one row per normalised URL with what its last fetch gave (status, validators, page class and the
 * rule that decided it, the article id) and the feed date it was fetched for. The poller reads it to skip feed items
 * already fetched; the fetcher reads it for conditional requests (If-None-Match / If-Modified-Since) and writes every
 * outcome to it, including pages that are not articles (bot walls, paywalls, JS shells, error pages), which are
 * recorded here instead of being published or dead-lettered.
 */
export interface FetchLogRow {
  url: string;
  sourceId: string | null;
  articleId: string | null;
  lastRequestedAt: Date | null;
  requestedFeedDate: Date | null;
  lastFetchedAt: Date | null;
  status: number | null;
  finalUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  classification: string | null;
  classificationRule: string | null;
  feedDate: Date | null;
  fetchCount: number;
  notModifiedCount: number;
}

/** What one fetch gave, as the fetcher records it. */
export interface FetchOutcomeRecord {
  url: string;
  sourceId?: string | null;
  status: number;
  finalUrl?: string | null;
  /** Validators of the response; on a 304 the stored ones are kept when the server sent none. */
  etag?: string | null;
  lastModified?: string | null;
  /** Page class (`article`, `bot-wall`, `paywall`, ...) or `refused:<code>`; on a 304 the stored class is kept. */
  classification?: string | null;
  classificationRule?: string | null;
  articleId?: string | null;
  /** The feed's updated/published date for the item this fetch was made for (ISO 8601), when known. */
  feedDate?: string | null;
  notModified?: boolean;
}

/** Validators for a conditional request. */
export interface ConditionalValidators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * How long a published fetch request counts as in flight: within it the poller treats the item as seen with the date
 * it was requested for, so a poll that comes before the fetcher has caught up does not request the item again
 * (the "in-flight window" heuristic). After it, an item whose fetch never completed is requested again.
 */
export const IN_FLIGHT_WINDOW_SECONDS = 15 * 60;

const COLUMNS = `url, source_id AS "sourceId", article_id AS "articleId", last_requested_at AS "lastRequestedAt",
  requested_feed_date AS "requestedFeedDate", last_fetched_at AS "lastFetchedAt", status, final_url AS "finalUrl",
  etag, last_modified AS "lastModified", classification, classification_rule AS "classificationRule",
  feed_date AS "feedDate", fetch_count AS "fetchCount", not_modified_count AS "notModifiedCount"`;

/** Parses an ISO date for a timestamptz column; an unparseable date is stored as unknown rather than failing. */
function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Records one fetch outcome (upsert by URL). A 304 bumps the 304 count and keeps the stored class and article. The
 * source is looked up rather than trusted: a source removed while its requests were in flight is recorded as none
 * instead of failing the fetch on the foreign key.
 */
export async function recordFetch(ds: DataSource, r: FetchOutcomeRecord): Promise<void> {
  const notModified = r.notModified === true;
  await ds.query(
    `INSERT INTO fetch_log AS f (url, source_id, article_id, last_fetched_at, status, final_url, etag, last_modified,
        classification, classification_rule, feed_date, fetch_count, not_modified_count)
     VALUES ($1, (SELECT id FROM sources WHERE id = $2::uuid), $3, now(), $4, $5, $6, $7, $8, $9, $10, 1,
             CASE WHEN $11 THEN 1 ELSE 0 END)
     ON CONFLICT (url) DO UPDATE SET
       source_id = COALESCE(EXCLUDED.source_id, f.source_id),
       last_fetched_at = now(),
       status = EXCLUDED.status,
       final_url = COALESCE(EXCLUDED.final_url, f.final_url),
       etag = CASE WHEN $11 THEN COALESCE(EXCLUDED.etag, f.etag) ELSE EXCLUDED.etag END,
       last_modified = CASE WHEN $11 THEN COALESCE(EXCLUDED.last_modified, f.last_modified)
                            ELSE EXCLUDED.last_modified END,
       classification = CASE WHEN $11 THEN f.classification ELSE EXCLUDED.classification END,
       classification_rule = CASE WHEN $11 THEN f.classification_rule ELSE EXCLUDED.classification_rule END,
       article_id = CASE WHEN $11 THEN f.article_id ELSE COALESCE(EXCLUDED.article_id, f.article_id) END,
       feed_date = GREATEST(EXCLUDED.feed_date, f.feed_date),
       fetch_count = f.fetch_count + 1,
       not_modified_count = f.not_modified_count + CASE WHEN $11 THEN 1 ELSE 0 END`,
    [
      r.url,
      r.sourceId ?? null,
      r.articleId ?? null,
      r.status,
      r.finalUrl ?? null,
      r.etag ?? null,
      r.lastModified ?? null,
      notModified ? null : (r.classification ?? null),
      notModified ? null : (r.classificationRule ?? null),
      isoOrNull(r.feedDate),
      notModified,
    ],
  );
}

/**
 * Marks URLs as requested (a fetch request was published for them) with the feed date each was requested for, so
 * the next poll within {@link IN_FLIGHT_WINDOW_SECONDS} does not request them again.
 */
export async function recordFetchRequests(
  ds: DataSource,
  sourceId: string | null,
  items: { url: string; feedDate?: string | null }[],
): Promise<void> {
  if (!items.length) return;
  await ds.query(
    `INSERT INTO fetch_log AS f (url, source_id, last_requested_at, requested_feed_date)
     SELECT u, (SELECT id FROM sources WHERE id = $1::uuid), now(), d::timestamptz
       FROM unnest($2::text[], $3::text[]) AS t(u, d)
     ON CONFLICT (url) DO UPDATE SET
       source_id = COALESCE(EXCLUDED.source_id, f.source_id),
       last_requested_at = now(),
       requested_feed_date = EXCLUDED.requested_feed_date`,
    [sourceId, items.map((i) => i.url), items.map((i) => isoOrNull(i.feedDate))],
  );
}

/**
 * What the poller needs to decide a feed item (`decideFeedItemFetch`): for each URL already fetched or in flight, the
 * feed date it was last fetched (or, while in flight, requested) for. URLs never seen are absent from the map.
 */
export async function seenFeedDates(ds: DataSource, urls: string[]): Promise<Map<string, { feedDate: string | null }>> {
  const seen = new Map<string, { feedDate: string | null }>();
  if (!urls.length) return seen;
  const rows: { url: string; feedDate: Date | null; counts: boolean }[] = await ds.query(
    `SELECT url,
            CASE WHEN last_requested_at IS NOT NULL
                      AND (last_fetched_at IS NULL OR last_requested_at > last_fetched_at)
                      AND last_requested_at > now() - make_interval(secs => $2)
                 THEN GREATEST(requested_feed_date, feed_date)
                 ELSE feed_date END AS "feedDate",
            (last_fetched_at IS NOT NULL OR last_requested_at > now() - make_interval(secs => $2)) AS counts
       FROM fetch_log WHERE url = ANY($1::text[])`,
    [urls, IN_FLIGHT_WINDOW_SECONDS],
  );
  // A request that was never fetched and is older than the in-flight window does not count as seen: it is retried.
  for (const row of rows) {
    if (row.counts) seen.set(row.url, { feedDate: row.feedDate ? new Date(row.feedDate).toISOString() : null });
  }
  return seen;
}

/**
 * The statement reading a URL's validators (`$url` stands for its parameter): only for a page whose article is already
 * in the store. A fetch that was logged but whose page never reached the store (the fetcher died before the broker
 * acknowledged it, and the request is being replayed) must not be answered "304, nothing to do": that would lose the
 * article ("validators only once stored" rule). The host slot limiter reads it in its own statement
 * (`PostgresHostRateLimiter.acquireWithValidators`).
 */
export function conditionalValidatorsSql(url: string): string {
  return `SELECT f.etag, f.last_modified AS "lastModified" FROM fetch_log f
      WHERE f.url = ${url} AND (f.etag IS NOT NULL OR f.last_modified IS NOT NULL)
        AND EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)`;
}

/** Validators from the last fetch of a URL that gave a page, for a conditional request; undefined when none. */
export async function conditionalValidators(ds: DataSource, url: string): Promise<ConditionalValidators | undefined> {
  const rows: ConditionalValidators[] = await ds.query(conditionalValidatorsSql('$1'), [url]);
  return rows[0];
}

export async function getFetchLog(ds: DataSource, url: string): Promise<FetchLogRow | undefined> {
  const rows: FetchLogRow[] = await ds.query(`SELECT ${COLUMNS} FROM fetch_log WHERE url = $1`, [url]);
  return rows[0];
}

/** The most recent fetches, newest first, optionally of one class (what `newsflow fetches` prints). */
export async function listFetchLog(
  ds: DataSource,
  options: { classification?: string; limit?: number } = {},
): Promise<FetchLogRow[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 100, 10_000));
  if (options.classification) {
    return ds.query(
      `SELECT ${COLUMNS} FROM fetch_log WHERE classification = $1
        ORDER BY last_fetched_at DESC NULLS LAST, url LIMIT $2`,
      [options.classification, limit],
    );
  }
  return ds.query(`SELECT ${COLUMNS} FROM fetch_log ORDER BY last_fetched_at DESC NULLS LAST, url LIMIT $1`, [limit]);
}
