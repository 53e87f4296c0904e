import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The links from an article to its entities and places no longer carry a foreign key to `entities` and `places`.
 * Each checked row cost the indexer a query and a row lock on the shared entity or place (a WAL record, and a
 * multixact when two writers link the same entity): about 40 checks per article, 8 % of the database's CPU per
 * stored article. Those tables are append-only (nothing deletes an entity or a place) and the writer inserts them
 * in the same transaction, just before the links, so the key only checked what the writer already guarantees.
 * The links keep their foreign key to `articles` (deleting an article still deletes its links).
 */
export class LinksWithoutDimensionKeys1765100000000 implements MigrationInterface {
  name = 'LinksWithoutDimensionKeys1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article_entities DROP CONSTRAINT IF EXISTS article_entities_entity_id_fkey`);
    await q.query(`ALTER TABLE article_places DROP CONSTRAINT IF EXISTS article_places_place_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE article_entities ADD CONSTRAINT article_entities_entity_id_fkey
         FOREIGN KEY (entity_id) REFERENCES entities (id)`,
    );
    await q.query(
      `ALTER TABLE article_places ADD CONSTRAINT article_places_place_id_fkey
         FOREIGN KEY (place_id) REFERENCES places (id)`,
    );
  }
}
