import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The query API's read-only role (`newsflow_reader`, or NEWSFLOW_READER_ROLE as the local stack names it) may read
 * every table of the schema the migrations run in, including tables later migrations create (default privileges
 * of the migrating role). Nothing else: no INSERT, UPDATE, DELETE or DDL. Where the role does not exist (a managed
 * database whose operator grants access otherwise) the migration only says so with a NOTICE, so it never blocks
 * a deploy.
 */
export class ReaderGrants1764600000000 implements MigrationInterface {
  name = 'ReaderGrants1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(grantsBlock(readerRole(), 'GRANT'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(grantsBlock(readerRole(), 'REVOKE'));
  }
}

function readerRole(): string {
  const role = process.env.NEWSFLOW_READER_ROLE?.trim() || 'newsflow_reader';
  if (!/^[a-z_][a-z0-9_$]{0,62}$/.test(role)) throw new Error('NEWSFLOW_READER_ROLE: expected a plain role name');
  return role;
}

/** A DO block (the role name and the current schema are only known at run time) that grants or revokes. */
function grantsBlock(role: string, action: 'GRANT' | 'REVOKE'): string {
  const statements =
    action === 'GRANT'
      ? [
          `GRANT USAGE ON SCHEMA %1$I TO %2$I`,
          `GRANT SELECT ON ALL TABLES IN SCHEMA %1$I TO %2$I`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT SELECT ON TABLES TO %2$I`,
        ]
      : [
          `ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I REVOKE SELECT ON TABLES FROM %2$I`,
          `REVOKE SELECT ON ALL TABLES IN SCHEMA %1$I FROM %2$I`,
          `REVOKE USAGE ON SCHEMA %1$I FROM %2$I`,
        ];
  return `
    DO $grants$
    DECLARE
      reader text := '${role}';
      target text := current_schema();
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = reader) THEN
        RAISE NOTICE 'role % does not exist: no read grants (create it and re-run the grants for the query API)', reader;
        RETURN;
      END IF;
      ${statements.map((s) => `EXECUTE format('${s}', target, reader);`).join('\n      ')}
    END
    $grants$`;
}
