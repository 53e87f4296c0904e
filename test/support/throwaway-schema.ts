import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv, runMigrations } from '@newsflow/db';

/**
 * A fresh, migrated schema in the shared test database, for tests whose results must not see other tests' rows
 * (search ranking, near-duplicate detection). `open` returns a pool working in it; `drop` removes it.
 */
export async function createThrowawaySchema(name: string): Promise<{
  schema: string;
  open(options?: { poolSize?: number }): Promise<DataSource>;
  drop(): Promise<void>;
}> {
  const url = databaseUrlFromEnv();
  const admin = createDataSource(url, { poolSize: 1 });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA ${name}`);
  await runMigrations(url, name);
  return {
    schema: name,
    async open(options = {}) {
      const ds = createDataSource(url, { poolSize: options.poolSize ?? 4, schema: name });
      await ds.initialize();
      return ds;
    },
    async drop() {
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.destroy();
    },
  };
}
