/**
 * What the read-only consumer role (`newsflow_reader`, or NEWSFLOW_READER_ROLE) may read: the published data —
 * articles and what hangs off them, entities, places, and stories once they exist — and nothing operational
 * (fetch log, host slots, dead-letter replays, source poll state, the migrations table).
 *
 * The grants are explicit per table, never default privileges: a table a later migration creates is invisible to
 * the reader until that migration says otherwise. A migration that adds a consumer table (stories, say) ends with
 *
 *     await q.query(grantReaderSelect(['stories', 'story_articles']));
 *
 * and its `down` with `revokeReaderSelect([...])`. Tables of the list that do not exist are skipped, so the
 * statement never fails a deploy.
 */

/** Published tables the reader may SELECT whole. */
export const READER_TABLES = [
  'articles',
  'article_revisions',
  'article_entities',
  'article_places',
  'article_topics',
  'near_duplicates',
  'entities',
  'places',
] as const;

/**
 * Consumer tables of a later migration (the stories migration, 1765500000000): granted by the reader-grants
 * migration where they already existed, and otherwise by their own migration (see above).
 */
export const FUTURE_READER_TABLES = ['stories', 'story_articles'] as const;

/**
 * The columns of `sources` the API's `source` filter matches (id, or name or feed URL): its identity only, never the
 * poll state (etag, last_error, options, next_poll_at, ...).
 */
export const READER_SOURCE_COLUMNS = ['id', 'name', 'url'] as const;

export function readerRole(): string {
  const role = process.env.NEWSFLOW_READER_ROLE?.trim() || 'newsflow_reader';
  if (!/^[a-z_][a-z0-9_$]{0,62}$/.test(role)) throw new Error('NEWSFLOW_READER_ROLE: expected a plain role name');
  return role;
}

const plainName = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`reader grants: ${JSON.stringify(name)} is not a plain name`);
  return name;
};

/**
 * A DO block (the role and the current schema are known only at run time) running `body` with `reader` and
 * `target` (the schema) bound, or only a NOTICE where the role does not exist (a managed database whose operator
 * grants access otherwise), so it never blocks a deploy.
 */
export function readerBlock(body: string): string {
  return `
    DO $reader$
    DECLARE
      reader text := '${readerRole()}';
      target text := current_schema();
      t text;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = reader) THEN
        RAISE NOTICE 'role % does not exist: no read grants (create it and re-run the grants for the query API)', reader;
        RETURN;
      END IF;
      ${body}
    END
    $reader$`;
}

/** For each existing table of the list: `statement` (a format() string, %1$I schema, %2$I table, %3$I role). */
function forEachExistingTable(tables: readonly string[], statement: string): string {
  const list = tables.map((t) => `'${plainName(t)}'`).join(', ');
  return `
      FOREACH t IN ARRAY ARRAY[${list}]::text[] LOOP
        IF to_regclass(format('%I.%I', target, t)) IS NOT NULL THEN
          EXECUTE format('${statement}', target, t, reader);
        END IF;
      END LOOP;`;
}

/** GRANT SELECT to the reader on those of `tables` that exist in the current schema. */
export function grantReaderSelect(tables: readonly string[]): string {
  return readerBlock(forEachExistingTable(tables, 'GRANT SELECT ON %1$I.%2$I TO %3$I'));
}

/** REVOKE SELECT from the reader on those of `tables` that exist in the current schema. */
export function revokeReaderSelect(tables: readonly string[]): string {
  return readerBlock(forEachExistingTable(tables, 'REVOKE SELECT ON %1$I.%2$I FROM %3$I'));
}
