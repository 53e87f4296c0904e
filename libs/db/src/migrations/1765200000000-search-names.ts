import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Lead window plus names" for the search vector. The lead window alone (1765000000000) lost the people and places
 * a long article names only after its lead: on the extraction dev set a third of the entities an article mentions,
 * and a fifth of those it mentions three times or more, are first named after 8,000 characters. The writer now
 * stores the names the enricher found anywhere in the article (`search_names`: entities, their aliases, places)
 * and the vector indexes them with the body's weight (C), next to the body's first BODY_LEAD_CHARS characters.
 * Existing rows get their names from the enrichment the article row already keeps.
 */
export const BODY_LEAD_CHARS = 8000;
const GIN_PENDING_LIST_KB = 16384;

export class SearchNames1765200000000 implements MigrationInterface {
  name = 'SearchNames1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ADD COLUMN search_names text NOT NULL DEFAULT ''`);
    await q.query(`
      UPDATE articles a SET search_names = coalesce((
        SELECT string_agg(n.name, E'\\n')
          FROM (SELECT DISTINCT name FROM (
                  SELECT e->>'name' AS name FROM jsonb_array_elements(a.entities) e
                  UNION ALL SELECT jsonb_array_elements_text(e->'aliases') FROM jsonb_array_elements(a.entities) e
                  UNION ALL SELECT p->>'name' FROM jsonb_array_elements(a.places) p) all_names
                 WHERE name IS NOT NULL) n), '')`);
    await replaceSearchColumn(
      q,
      `setweight(to_tsvector(search_config, left(text, ${BODY_LEAD_CHARS})), 'C') ||
       setweight(to_tsvector(search_config, search_names), 'C')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceSearchColumn(q, `setweight(to_tsvector(search_config, left(text, ${BODY_LEAD_CHARS})), 'C')`);
    await q.query(`ALTER TABLE articles DROP COLUMN search_names`);
  }
}

/** The generated search column again with `body` as its body part, with its LZ4 compression and GIN index. */
async function replaceSearchColumn(q: QueryRunner, body: string): Promise<void> {
  await q.query(`DROP INDEX IF EXISTS articles_search_idx`);
  await q.query(`ALTER TABLE articles DROP COLUMN search`);
  await q.query(`
    ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(search_config, coalesce(title, '')), 'A') ||
      setweight(to_tsvector(search_config, coalesce(description, '')), 'B') ||
      ${body}
    ) STORED`);
  const [{ ok }] = await q.query(
    `SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS ok`,
  );
  if (ok) await q.query(`ALTER TABLE articles ALTER COLUMN search SET COMPRESSION lz4`);
  await q.query(
    `CREATE INDEX articles_search_idx ON articles USING gin (search)
       WITH (fastupdate = on, gin_pending_list_limit = ${GIN_PENDING_LIST_KB})`,
  );
}
