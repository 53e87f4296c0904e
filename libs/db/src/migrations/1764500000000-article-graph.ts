import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the enricher found, as queryable tables: canonical entities and their mentions, places with coordinates,
 * topics, and near-duplicate links; plus language-aware full-text search and fingerprint bands for finding
 * near-duplicates without scanning every article.
 */
export class ArticleGraph1764500000000 implements MigrationInterface {
  name = 'ArticleGraph1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // Full-text search in the article's own language: the text search configuration is stored per row and the
    // generated vector uses it (to_tsvector(regconfig, text) is immutable, so it may back a generated column).
    await q.query(`ALTER TABLE articles ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple'`);
    await q.query(`DROP INDEX articles_search_idx`);
    await q.query(`ALTER TABLE articles DROP COLUMN search`);
    await q.query(`
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(search_config, coalesce(title, '')), 'A') ||
        setweight(to_tsvector(search_config, coalesce(description, '')), 'B') ||
        setweight(to_tsvector(search_config, text), 'C')
      ) STORED`);
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
    await q.query(`CREATE INDEX articles_language_idx ON articles (language)`);
    await q.query(`CREATE INDEX articles_source_idx ON articles (source_id)`);

    // A 64-bit SimHash split into four 16-bit bands: two fingerprints within Hamming distance 3 share at least one
    // band (pigeonhole), so candidates come from four index lookups.
    for (let b = 0; b < 4; b++) {
      await q.query(`ALTER TABLE articles ADD COLUMN fp_band${b} integer`);
      await q.query(`CREATE INDEX articles_fp_band${b}_idx ON articles (fp_band${b})`);
    }

    await q.query(`
      CREATE TABLE entities (
        id text PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
        name text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX entities_name_idx ON entities (lower(name))`);
    await q.query(`
      CREATE TABLE article_entities (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id text NOT NULL REFERENCES entities (id),
        aliases text[] NOT NULL DEFAULT '{}',
        mention_count integer NOT NULL,
        PRIMARY KEY (article_id, entity_id)
      )`);
    await q.query(`CREATE INDEX article_entities_entity_idx ON article_entities (entity_id, article_id)`);
    await q.query(`
      CREATE TABLE entity_mentions (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id text NOT NULL REFERENCES entities (id),
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (article_id, start_offset, end_offset)
      )`);

    await q.query(`
      CREATE TABLE places (
        id text PRIMARY KEY,
        name text NOT NULL,
        country_code char(2),
        lat double precision,
        lon double precision,
        kind text
      )`);
    await q.query(`CREATE INDEX places_country_idx ON places (country_code)`);
    await q.query(`
      CREATE TABLE article_places (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        place_id text NOT NULL REFERENCES places (id),
        mentions jsonb NOT NULL DEFAULT '[]'::jsonb,
        mention_count integer NOT NULL,
        PRIMARY KEY (article_id, place_id)
      )`);
    await q.query(`CREATE INDEX article_places_place_idx ON article_places (place_id, article_id)`);

    await q.query(`
      CREATE TABLE article_topics (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        code text NOT NULL,
        label text NOT NULL,
        score real NOT NULL,
        PRIMARY KEY (article_id, code)
      )`);
    await q.query(`CREATE INDEX article_topics_code_idx ON article_topics (code, score DESC)`);

    await q.query(`
      CREATE TABLE near_duplicates (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        duplicate_of char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        distance integer NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, duplicate_of),
        CHECK (article_id <> duplicate_of)
      )`);
    await q.query(`CREATE INDEX near_duplicates_of_idx ON near_duplicates (duplicate_of)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'near_duplicates',
      'article_topics',
      'article_places',
      'places',
      'entity_mentions',
      'article_entities',
      'entities',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    for (let b = 0; b < 4; b++) await q.query(`ALTER TABLE articles DROP COLUMN fp_band${b}`);
    await q.query(`DROP INDEX articles_source_idx`);
    await q.query(`DROP INDEX articles_language_idx`);
    await q.query(`DROP INDEX articles_search_idx`);
    await q.query(`ALTER TABLE articles DROP COLUMN search`);
    await q.query(`ALTER TABLE articles DROP COLUMN search_config`);
    await q.query(`
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('simple', text), 'C')
      ) STORED`);
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
  }
}
