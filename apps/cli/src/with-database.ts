import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';

/** Runs `fn` with a small connection pool to DATABASE_URL, always closing it. */
export async function withDatabase<T>(fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = createDataSource(databaseUrlFromEnv(), { applicationName: 'newsflow-cli', poolSize: 1 });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}
