import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantReaderSelect, revokeReaderSelect } from './reader-access';

/**
 * Stories (issue 18): the same event told by several outlets, assigned on the stream by the indexer.
 * - `stories` (published): what a story is to a reader: its first article and title, first and last seen, the
 *   publication span, counts, the entities and places most of its articles name, whether it is closed.
 * - `story_articles` (published): each article's story, how it joined (the story's seed, by similarity, or as a
 *   near-duplicate of an article already in it) and with which similarity.
 * - `story_clusters` (internal): the clustering state of each open story (recent article profiles, entity and place
 *   counts), dropped when the story closes, so the table holds at most the cap of open stories.
 * - `story_clock` (internal, one row): the version every change of a story is stamped with. Indexer replicas take
 *   the story lock (an advisory lock), read the clock, catch up on stories changed since their own copy, assign
 *   their batch and advance the clock, all in the transaction that writes the batch's articles; so the stories of
 *   concurrent replicas are serialised and each replica's copy stays exact.
 * The reader role reads the published tables only (grantReaderSelect; see reader-access.ts).
 */
export class Stories1765500000000 implements MigrationInterface {
  name = 'Stories1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stories (
        id char(32) PRIMARY KEY,
        title text,
        first_article_id char(32) NOT NULL,
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        first_published_at timestamptz,
        last_published_at timestamptz,
        article_count integer NOT NULL CHECK (article_count >= 1),
        duplicate_count integer NOT NULL DEFAULT 0,
        top_entities jsonb NOT NULL DEFAULT '[]'::jsonb,
        top_places jsonb NOT NULL DEFAULT '[]'::jsonb,
        closed boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        version bigint NOT NULL
      )`);
    // The API lists stories most recently active first (keyset on last_seen_at, id); replicas catch up by version.
    await q.query(`CREATE INDEX stories_last_seen_idx ON stories (last_seen_at DESC, id)`);
    await q.query(`CREATE INDEX stories_version_idx ON stories (version)`);
    await q.query(`
      CREATE TABLE story_articles (
        article_id char(32) PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id char(32) NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        joined_by text NOT NULL CHECK (joined_by IN ('seed', 'similarity', 'duplicate')),
        similarity real,
        joined_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX story_articles_story_idx ON story_articles (story_id, article_id)`);
    await q.query(`
      CREATE TABLE story_clusters (
        story_id char(32) PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        state jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE story_clock (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL DEFAULT 0,
        document_frequencies jsonb,
        frequencies_saved_at timestamptz
      )`);
    await q.query(`INSERT INTO story_clock (id, version) VALUES (true, 0)`);
    await q.query(grantReaderSelect(['stories', 'story_articles']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(revokeReaderSelect(['stories', 'story_articles']));
    for (const t of ['story_clock', 'story_clusters', 'story_articles', 'stories']) await q.query(`DROP TABLE ${t}`);
  }
}
