import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The article's large columns (body text, blocks, enrichment) are compressed with LZ4 instead of PostgreSQL's
 * default pglz: several times faster to compress at a similar ratio on text, and compression was a large share of
 * the indexer's insert time. Skipped on a server built without LZ4 support (it keeps pglz).
 */
const COLUMNS = ['text', 'description', 'blocks', 'entities', 'places', 'dates', 'quotes', 'topics'];

export class Lz4Compression1764900000000 implements MigrationInterface {
  name = 'Lz4Compression1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ ok }] = await q.query(
      `SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS ok`,
    );
    if (!ok) return;
    for (const c of COLUMNS) await q.query(`ALTER TABLE articles ALTER COLUMN ${c} SET COMPRESSION lz4`);
    await q.query(`ALTER TABLE article_revisions ALTER COLUMN text SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of COLUMNS) await q.query(`ALTER TABLE articles ALTER COLUMN ${c} SET COMPRESSION default`);
    await q.query(`ALTER TABLE article_revisions ALTER COLUMN text SET COMPRESSION default`);
  }
}
