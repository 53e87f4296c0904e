import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiConfig } from './api-config';

/**
 * The API's connection pool, as the read-only role. Two settings travel with every connection, so no query can
 * forget them: `statement_timeout` (a runaway search is cancelled by the server, not left to pile up), and
 * `default_transaction_read_only` (defence in depth should the role ever be granted more than SELECT).
 */
@Injectable()
export class ReadDatabase implements OnApplicationShutdown {
  readonly dataSource: DataSource;

  constructor(config: ApiConfig) {
    const options = ['-c default_transaction_read_only=on'];
    if (config.databaseSchema) options.push(`-c search_path=${config.databaseSchema},public`);
    this.dataSource = new DataSource({
      type: 'postgres',
      url: config.databaseUrl,
      entities: [],
      synchronize: false,
      migrationsRun: false,
      logging: false,
      applicationName: 'newsflow-api',
      extra: {
        max: config.poolSize,
        statement_timeout: config.statementTimeoutMs,
        options: options.join(' '),
        connectionTimeoutMillis: 5_000,
      },
    });
  }

  static async open(config: ApiConfig): Promise<ReadDatabase> {
    const db = new ReadDatabase(config);
    await db.dataSource.initialize();
    return db;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
