import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  FUTURE_READER_TABLES,
  READER_SOURCE_COLUMNS,
  READER_TABLES,
  readerBlock,
  grantReaderSelect,
} from './reader-access';

/**
 * The reader role reads the published data only (see reader-access.ts): articles and their revisions, entities,
 * topics, places and near-duplicates, stories where they exist, and of `sources` only the identity the API's
 * `source` filter needs (id, name, url). It loses what ReaderGrants1764600000000 gave it: SELECT on every table,
 * present and future (its default privileges are revoked, so later tables are granted one by one).
 *
 * It also loses temporary tables. TEMPORARY is a database privilege that every role has through PUBLIC, and
 * PostgreSQL cannot take a PUBLIC privilege from one role; so it is revoked from PUBLIC and granted back to the
 * migrating (writer) role. No Newsflow code creates temporary tables, the API included (its connections are read
 * only). Only the database owner (or a superuser) can do that; any other migrating role gets a NOTICE, and the
 * operator runs the two statements. The revocation is database-wide: other roles on a shared database need a
 * GRANT TEMPORARY of their own.
 */
export class ReaderConsumerTablesOnly1765400000000 implements MigrationInterface {
  name = 'ReaderConsumerTablesOnly1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      readerBlock(`
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE SELECT ON TABLES FROM %I', target, reader);
      EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', target, reader);
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', target, reader);
      IF to_regclass(format('%I.sources', target)) IS NOT NULL THEN
        EXECUTE format('GRANT SELECT (${READER_SOURCE_COLUMNS.join(', ')}) ON %I.sources TO %I', target, reader);
      END IF;`),
    );
    await q.query(grantReaderSelect([...READER_TABLES, ...FUTURE_READER_TABLES]));
    await q.query(temporaryTablesBlock('REVOKE'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(temporaryTablesBlock('GRANT'));
    await q.query(
      readerBlock(`
      EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', target, reader);
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', target, reader);
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', target, reader);`),
    );
  }
}

/** REVOKE: TEMPORARY from PUBLIC (and the reader), back to the migrating role; GRANT: PUBLIC's TEMPORARY restored. */
function temporaryTablesBlock(action: 'REVOKE' | 'GRANT'): string {
  const statements =
    action === 'REVOKE'
      ? [
          `EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', db);`,
          `EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', db, current_user);`,
        ]
      : [`EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', db);`];
  return `
    DO $temporary$
    DECLARE
      db text := current_database();
      owner oid := (SELECT datdba FROM pg_database WHERE datname = current_database());
    BEGIN
      IF NOT (pg_has_role(current_user, owner, 'USAGE')
              OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)) THEN
        RAISE NOTICE 'not the owner of database %: run "REVOKE TEMPORARY ON DATABASE % FROM PUBLIC" and '
          '"GRANT TEMPORARY ON DATABASE % TO <writer role>" as its owner to keep the reader from temporary tables',
          db, db, db;
        RETURN;
      END IF;
      ${statements.join('\n      ')}
    END
    $temporary$`;
}
