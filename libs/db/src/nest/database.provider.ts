import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { databaseUrlFromEnv } from '../database-config';

/**
 * A service's connection pool as a Nest provider: opened at boot (failing fast when DATABASE_URL is wrong or the
 * server is down), closed last on shutdown, after the consumers have stopped.
 */
@Injectable()
export class Database implements OnApplicationShutdown {
  readonly dataSource: DataSource;

  constructor(applicationName: string, poolSize = 5) {
    this.dataSource = createDataSource(databaseUrlFromEnv(), { applicationName, poolSize });
  }

  static async open(applicationName: string, poolSize = 5): Promise<Database> {
    const db = new Database(applicationName, poolSize);
    await db.dataSource.initialize();
    return db;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
