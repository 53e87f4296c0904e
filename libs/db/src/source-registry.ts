import { DataSource } from 'typeorm';

/**
 * The source registry: what the fetcher polls. Claiming is one atomic statement (FOR UPDATE SKIP LOCKED, then
 * next_poll_at moved forward), so several fetcher replicas never poll one source twice for the same due time.
 */
export type SourceKind = 'feed' | 'sitemap' | 'url-list';

export interface SourceRow {
  id: string;
  kind: SourceKind;
  url: string;
  name: string | null;
  pollIntervalSeconds: number;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
  options: Record<string, unknown>;
  enabled: boolean;
}

const COLUMNS = `id, kind, url, name, poll_interval_seconds AS "pollIntervalSeconds", next_poll_at AS "nextPollAt",
  last_polled_at AS "lastPolledAt", last_success_at AS "lastSuccessAt", last_error AS "lastError", etag,
  last_modified AS "lastModified", options, enabled`;

export async function addSource(
  ds: DataSource,
  s: {
    kind: SourceKind;
    url: string;
    name?: string | null;
    pollIntervalSeconds?: number;
    options?: Record<string, unknown>;
  },
): Promise<SourceRow> {
  const rows: SourceRow[] = await ds.query(
    `INSERT INTO sources (kind, url, name, poll_interval_seconds, options)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (url) DO UPDATE SET kind = EXCLUDED.kind, name = COALESCE(EXCLUDED.name, sources.name),
       poll_interval_seconds = EXCLUDED.poll_interval_seconds, options = EXCLUDED.options, enabled = true,
       next_poll_at = LEAST(sources.next_poll_at, now())
     RETURNING ${COLUMNS}`,
    [s.kind, s.url, s.name ?? null, s.pollIntervalSeconds ?? 900, JSON.stringify(s.options ?? {})],
  );
  return rows[0];
}

export async function listSources(ds: DataSource): Promise<SourceRow[]> {
  return ds.query(`SELECT ${COLUMNS} FROM sources ORDER BY created_at, url`);
}

/**
 * TypeORM's Postgres driver returns `[rows, affectedCount]` for UPDATE and DELETE (rows alone for SELECT and INSERT),
 * so RETURNING rows of a write are unwrapped here.
 */
function returnedRows<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);
}

export async function removeSource(ds: DataSource, idOrUrl: string): Promise<boolean> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrUrl);
  const rows = returnedRows<unknown>(
    await ds.query(`DELETE FROM sources WHERE ${isUuid ? 'id = $1::uuid' : 'url = $1'} RETURNING id`, [idOrUrl]),
  );
  return rows.length > 0;
}

/**
 * Claims up to `limit` due sources for this replica. The next due time is set now, with ±jitter so sources added
 * together do not stay in lock-step; a replica that crashes mid-poll simply leaves the source for its next due time.
 */
export async function claimDueSources(ds: DataSource, limit: number, jitterFraction = 0.1): Promise<SourceRow[]> {
  return returnedRows<SourceRow>(
    await ds.query(
      `UPDATE sources s
        SET last_polled_at = now(),
            next_poll_at = now() + make_interval(secs => s.poll_interval_seconds * (1 + $2 * (random() * 2 - 1)))
      WHERE s.id IN (
        SELECT id FROM sources
         WHERE enabled AND next_poll_at <= now()
         ORDER BY next_poll_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1s.$2')}`,
      [limit, jitterFraction],
    ),
  );
}

export async function recordPollResult(
  ds: DataSource,
  id: string,
  result: { ok: true; etag: string | null; lastModified: string | null } | { ok: false; error: string },
): Promise<void> {
  if (result.ok) {
    await ds.query(
      `UPDATE sources SET last_success_at = now(), last_error = NULL, etag = $2, last_modified = $3 WHERE id = $1`,
      [id, result.etag, result.lastModified],
    );
  } else {
    await ds.query(`UPDATE sources SET last_error = $2 WHERE id = $1`, [id, result.error.slice(0, 2000)]);
  }
}
