import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { formatStatus, pipelineStatus, PipelineStatus } from '@newsflow/operations';
import { CliCommand } from '../command';

export const command: CliCommand = {
  name: 'status',
  summary: 'consumer lag per stage, retries, dead letters, topic sizes, stored articles, last poll per source',
  usage: [
    'usage: newsflow status [--json] [--watch [SECONDS]]',
    '  --json    one JSON object (one per refresh with --watch)',
    '  --watch   refresh every SECONDS (default 2) with the indexing rate and backlog, until interrupted',
  ].join('\n'),
  options: ['--json', '--watch [seconds]'],
  async run(args) {
    const json = args.includes('--json');
    const w = args.indexOf('--watch');
    const every = w >= 0 ? Number(args[w + 1] && !args[w + 1].startsWith('--') ? args[w + 1] : 2) * 1000 : 0;
    const admin = new Kafka({ ...kafkaConfigFromEnv('cli'), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    let ds: DataSource | null = createDataSource(databaseUrlFromEnv(), {
      applicationName: 'newsflow-status',
      poolSize: 1,
    });
    try {
      await ds.initialize();
    } catch (err) {
      process.stderr.write(`status: PostgreSQL not reachable (${(err as Error).message}); showing Kafka only\n`);
      ds = null;
    }
    let stop = false;
    process.once('SIGINT', () => (stop = true));
    let previous: PipelineStatus | undefined;
    try {
      do {
        const s = await pipelineStatus(admin, ds);
        if (json) process.stdout.write(JSON.stringify(s) + '\n');
        else
          process.stdout.write(
            (every && process.stdout.isTTY ? '\x1b[2J\x1b[H' : '') + formatStatus(s, previous) + '\n',
          );
        previous = s;
        if (every) await new Promise((r) => setTimeout(r, every));
      } while (every && !stop);
    } finally {
      await admin.disconnect();
      await ds?.destroy();
    }
    return 0;
  },
};
