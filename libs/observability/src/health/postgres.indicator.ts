import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Pool } from 'pg';
import { withTimeout } from './with-timeout';

/** What the Postgres check runs its query on: the service's TypeORM DataSource, or a connection URL. */
export type PostgresTarget =
  | { dataSource: { readonly isInitialized: boolean; query(sql: string): Promise<unknown> } }
  | { url: string };

/**
 * Readiness: `SELECT 1` answers within the timeout. Given a DataSource it uses the service's own pool (so the
 * check fails when the service's pool is exhausted or broken, which is what matters); given a URL it keeps a
 * one-connection pool of its own. Error messages are passed on, never the URL (it holds the password).
 */
export class PostgresHealthIndicator {
  private pool?: Pool;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly target: PostgresTarget,
    private readonly timeoutMs = 3_000,
  ) {}

  async check(key = 'postgres'): Promise<HealthIndicatorResult> {
    const session = this.health.check(key);
    try {
      await withTimeout(this.query(), this.timeoutMs, 'Postgres SELECT 1');
      return session.up();
    } catch (err) {
      return session.down({ message: redactUrls((err as Error).message) });
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end().catch(() => undefined);
  }

  private async query(): Promise<void> {
    if ('dataSource' in this.target) {
      if (!this.target.dataSource.isInitialized) throw new Error('database connection not initialised yet');
      await this.target.dataSource.query('SELECT 1');
      return;
    }
    this.pool ??= new Pool({
      connectionString: this.target.url,
      max: 1,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: this.timeoutMs,
      application_name: 'newsflow-health',
    });
    await this.pool.query('SELECT 1');
  }
}

/** Strips credentials from any connection URL an error message quotes. */
export function redactUrls(message: string): string {
  return message.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^@\s/]*@/gi, '$1***@');
}
