import { Kafka, logLevel } from 'kafkajs';
import { allTopics } from '@newsflow/contracts';
import { ensureTopics, kafkaConfigFromEnv } from '@newsflow/messaging';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'topics',
  summary: 'create (or list) the declared Kafka topics on the cluster in KAFKA_BROKERS',
  usage: [
    'usage: newsflow topics create [--replication-factor N] | newsflow topics list',
    '  create  creates every declared topic that is missing (pipeline topics and one dead-letter topic per stage)',
    '  list    prints the declared topics as JSON lines',
  ].join('\n'),
  options: ['--replication-factor <n>'],
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'list') {
      for (const t of allTopics()) process.stdout.write(JSON.stringify(t) + '\n');
      return 0;
    }
    if (action !== 'create') throw new UsageError(action ? `unknown action "${action}"` : 'an action is required');
    let replicationFactor = 1;
    const i = rest.indexOf('--replication-factor');
    if (i >= 0) {
      replicationFactor = Number(rest[i + 1]);
      if (!Number.isInteger(replicationFactor) || replicationFactor < 1)
        throw new UsageError('--replication-factor takes a whole number');
    }
    const kafka = new Kafka({ ...kafkaConfigFromEnv('cli'), logLevel: logLevel.ERROR });
    const created = await ensureTopics(kafka, allTopics(), replicationFactor);
    process.stdout.write(JSON.stringify({ created, declared: allTopics().map((t) => t.name) }) + '\n');
    return 0;
  },
};
