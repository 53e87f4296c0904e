import { HealthIndicatorService } from '@nestjs/terminus';
import { PostgresHealthIndicator, redactUrls } from './postgres.indicator';

describe('PostgresHealthIndicator with a DataSource', () => {
  it('is up when SELECT 1 answers', async () => {
    const queries: string[] = [];
    const dataSource = { isInitialized: true, query: async (sql: string) => queries.push(sql) };
    const indicator = new PostgresHealthIndicator(new HealthIndicatorService(), { dataSource });
    expect(await indicator.check()).toEqual({ postgres: { status: 'up' } });
    expect(queries).toEqual(['SELECT 1']);
  });

  it('is down before the DataSource is initialised, and on errors, without leaking credentials', async () => {
    const health = new HealthIndicatorService();
    const notYet = new PostgresHealthIndicator(health, { dataSource: { isInitialized: false, query: async () => 1 } });
    expect((await notYet.check()).postgres).toMatchObject({ status: 'down', message: expect.stringContaining('not') });

    const failing = new PostgresHealthIndicator(health, {
      dataSource: {
        isInitialized: true,
        query: async () => {
          throw new Error('connect failed for postgres://newsflow:s3cret@db:5432/newsflow');
        },
      },
    });
    const result = await failing.check();
    expect(result.postgres.status).toBe('down');
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  it('is down within the timeout when the database hangs', async () => {
    const indicator = new PostgresHealthIndicator(
      new HealthIndicatorService(),
      { dataSource: { isInitialized: true, query: () => new Promise(() => undefined) } },
      30,
    );
    expect((await indicator.check()).postgres).toMatchObject({ status: 'down' });
  });
});

describe('redactUrls', () => {
  it('removes user info from any URL in a message', () => {
    expect(redactUrls('a postgres://u:p@h:1/d b postgresql://x@y/z')).toBe(
      'a postgres://***@h:1/d b postgresql://***@y/z',
    );
    expect(redactUrls('no url here')).toBe('no url here');
  });
});
