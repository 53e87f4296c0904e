import { stackDown, stackStatus, stackUp } from '@newsflow/stack';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'stack',
  summary: 'start, stop or inspect the local Kafka + PostgreSQL stack (topics and migrations included)',
  usage: [
    'usage: newsflow stack up|down|status [--quiet] [--api]',
    '  up      start Kafka (KRaft, 127.0.0.1:9092) and PostgreSQL (127.0.0.1:55432) unless KAFKA_BROKERS /',
    '          DATABASE_URL already answer; create the topics; apply the migrations. Prints one JSON line.',
    '  --api   with up: also start the query API on 127.0.0.1:3000 as the reader role; its key is in .stack/api-key',
    '  down    stop the API, the broker and the database this stack started (others are left alone)',
    '  status  print what answers, as JSON',
  ].join('\n'),
  options: ['--quiet', '--api'],
  async run(args) {
    const [action, ...flags] = args;
    const quiet = flags.includes('--quiet');
    const log = (line: string) => {
      if (!quiet) process.stderr.write(line + '\n');
    };
    switch (action) {
      case 'up': {
        const result = await stackUp(log, process.env, { api: flags.includes('--api') });
        process.stdout.write(JSON.stringify(result) + '\n');
        return 0;
      }
      case 'down':
        process.stdout.write(JSON.stringify(await stackDown(log)) + '\n');
        return 0;
      case 'status': {
        const status = await stackStatus();
        process.stdout.write(JSON.stringify(status) + '\n');
        return status.kafka.reachable && status.postgres.reachable ? 0 : 1;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}"` : 'an action is required');
    }
  },
};
