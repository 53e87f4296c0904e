import { databaseUrlFromEnv, runMigrations } from '@newsflow/db';
import { CliCommand } from '../command';

export const command: CliCommand = {
  name: 'migrate',
  summary: 'apply pending database migrations to DATABASE_URL',
  usage: 'usage: newsflow migrate\n  applies pending TypeORM migrations; prints {"applied":[...]}',
  options: [],
  async run() {
    const applied = await runMigrations(databaseUrlFromEnv());
    process.stdout.write(JSON.stringify({ applied }) + '\n');
    return 0;
  },
};
