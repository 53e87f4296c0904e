import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fetch state: the fetch log (one row per normalised URL: what the last fetch gave, its validators, its class, the feed
 * date it was fetched for) and the per-host request slots shared by every fetcher replica.
 */
export class FetchState1764400000000 implements MigrationInterface {
  name = 'FetchState1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fetch_log (
        url text PRIMARY KEY,
        source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
        article_id char(32),
        last_requested_at timestamptz,
        requested_feed_date timestamptz,
        last_fetched_at timestamptz,
        status integer,
        final_url text,
        etag text,
        last_modified text,
        classification text,
        classification_rule text,
        feed_date timestamptz,
        fetch_count integer NOT NULL DEFAULT 0,
        not_modified_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX fetch_log_class_idx ON fetch_log (classification, last_fetched_at DESC)`);
    await q.query(`CREATE INDEX fetch_log_fetched_idx ON fetch_log (last_fetched_at DESC)`);
    await q.query(`
      CREATE TABLE host_slots (
        host text PRIMARY KEY,
        next_slot_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE host_slots`);
    await q.query(`DROP TABLE fetch_log`);
  }
}
