import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Less work per stored article (the indexer's write throughput, issue 6):
 * - A revision keeps its text only once superseded: the current revision's text is the article's own
 *   (`articles.text`), so a new article's body is no longer stored twice. The writer copies the text into the
 *   revision row when the next revision replaces it.
 * - "Lead window" heuristic for the search vector: the body is indexed up to its first BODY_LEAD_CHARS characters
 *   (title and description always in full). The lead of a news article carries its terms (who, what, where); the
 *   tail of a long read repeats them, and parsing and stemming it was the largest single cost of an insert.
 * - The search vector is compressed with LZ4 (pglz was a visible share of insert time), and the GIN index keeps a
 *   larger pending list, so new entries are merged into the index in fewer, larger batches.
 */
export const BODY_LEAD_CHARS = 8000;
const GIN_PENDING_LIST_KB = 16384;

export class LighterArticleWrites1765000000000 implements MigrationInterface {
  name = 'LighterArticleWrites1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article_revisions ALTER COLUMN text DROP NOT NULL`);
    await q.query(`
      UPDATE article_revisions r SET text = NULL
        FROM articles a
       WHERE r.article_id = a.id AND r.revision = a.revision AND r.text = a.text`);
    await replaceSearchColumn(q, `left(text, ${BODY_LEAD_CHARS})`);
    await q.query(
      `CREATE INDEX articles_search_idx ON articles USING gin (search)
         WITH (fastupdate = on, gin_pending_list_limit = ${GIN_PENDING_LIST_KB})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceSearchColumn(q, 'text');
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
    await q.query(`
      UPDATE article_revisions r SET text = a.text
        FROM articles a
       WHERE r.article_id = a.id AND r.text IS NULL`);
    await q.query(`ALTER TABLE article_revisions ALTER COLUMN text SET NOT NULL`);
  }
}

/** Drops the generated search column (and its index) and adds it again with `body` as the body's expression. */
async function replaceSearchColumn(q: QueryRunner, body: string): Promise<void> {
  await q.query(`DROP INDEX IF EXISTS articles_search_idx`);
  await q.query(`ALTER TABLE articles DROP COLUMN search`);
  await q.query(`
    ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(search_config, coalesce(title, '')), 'A') ||
      setweight(to_tsvector(search_config, coalesce(description, '')), 'B') ||
      setweight(to_tsvector(search_config, ${body}), 'C')
    ) STORED`);
  const [{ ok }] = await q.query(
    `SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS ok`,
  );
  if (ok) await q.query(`ALTER TABLE articles ALTER COLUMN search SET COMPRESSION lz4`);
}
