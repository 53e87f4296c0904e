import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sources, articles (with a weighted full-text search column) and article revisions. */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('feed', 'sitemap', 'url-list')),
        url text NOT NULL,
        name text,
        poll_interval_seconds integer NOT NULL DEFAULT 900 CHECK (poll_interval_seconds >= 10),
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        last_polled_at timestamptz,
        last_success_at timestamptz,
        last_error text,
        etag text,
        last_modified text,
        options jsonb NOT NULL DEFAULT '{}'::jsonb,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX sources_url_key ON sources (url)`);
    await q.query(`CREATE INDEX sources_due_idx ON sources (next_poll_at) WHERE enabled`);
    await q.query(`
      CREATE TABLE articles (
        id char(32) PRIMARY KEY,
        url text NOT NULL,
        canonical_url text NOT NULL,
        source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
        title text,
        description text,
        authors text[] NOT NULL DEFAULT '{}',
        published_at timestamptz,
        published_at_text text,
        modified_at_text text,
        section_path text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        lead_image jsonb,
        language text,
        site_name text,
        access_state text NOT NULL DEFAULT 'free',
        text text NOT NULL,
        blocks jsonb NOT NULL DEFAULT '[]'::jsonb,
        entities jsonb NOT NULL DEFAULT '[]'::jsonb,
        places jsonb NOT NULL DEFAULT '[]'::jsonb,
        dates jsonb NOT NULL DEFAULT '[]'::jsonb,
        quotes jsonb NOT NULL DEFAULT '[]'::jsonb,
        topics jsonb NOT NULL DEFAULT '[]'::jsonb,
        fingerprint text,
        content_hash char(64) NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        trace_id text,
        fetched_at timestamptz NOT NULL,
        first_indexed_at timestamptz NOT NULL DEFAULT now(),
        indexed_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('simple', coalesce(description, '')), 'B') ||
          setweight(to_tsvector('simple', text), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
    await q.query(`CREATE INDEX articles_published_idx ON articles (published_at DESC, id)`);
    await q.query(`CREATE INDEX articles_canonical_url_idx ON articles (canonical_url)`);
    await q.query(`
      CREATE TABLE article_revisions (
        article_id char(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        content_hash char(64) NOT NULL,
        title text,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE article_revisions`);
    await q.query(`DROP TABLE articles`);
    await q.query(`DROP TABLE sources`);
  }
}
