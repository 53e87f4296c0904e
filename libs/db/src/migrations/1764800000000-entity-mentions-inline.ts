import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentions move into article_entities as a JSON array (offsets and text), as article_places already keeps them:
 * one row per mention cost the indexer a third of its write time and nothing queried mentions one by one.
 */
export class EntityMentionsInline1764800000000 implements MigrationInterface {
  name = 'EntityMentionsInline1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article_entities ADD COLUMN mentions jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`
      UPDATE article_entities ae SET mentions = m.mentions
        FROM (SELECT article_id, entity_id,
                     jsonb_agg(jsonb_build_object('start', start_offset, 'end', end_offset, 'text', text) ORDER BY start_offset) AS mentions
                FROM entity_mentions GROUP BY article_id, entity_id) m
       WHERE ae.article_id = m.article_id AND ae.entity_id = m.entity_id`);
    await q.query(`DROP TABLE entity_mentions`);
  }

  async down(q: QueryRunner): Promise<void> {
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
      INSERT INTO entity_mentions (article_id, entity_id, start_offset, end_offset, text)
      SELECT ae.article_id, ae.entity_id, (m->>'start')::int, (m->>'end')::int, m->>'text'
        FROM article_entities ae, jsonb_array_elements(ae.mentions) m
      ON CONFLICT DO NOTHING`);
    await q.query(`ALTER TABLE article_entities DROP COLUMN mentions`);
  }
}
