import { ALL_CONTRACTS, buildAsyncApiDocument } from '@newsflow/contracts';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'contracts',
  summary: 'print the message contracts: their JSON Schemas, or the AsyncAPI document',
  usage: 'usage: newsflow contracts asyncapi | newsflow contracts list',
  options: [],
  async run(args) {
    if (args[0] === 'asyncapi') {
      process.stdout.write(JSON.stringify(buildAsyncApiDocument(), null, 2) + '\n');
      return 0;
    }
    if (args[0] === 'list') {
      for (const c of ALL_CONTRACTS)
        process.stdout.write(JSON.stringify({ id: c.id, topic: c.topic, schema: c.schema }) + '\n');
      return 0;
    }
    throw new UsageError('asyncapi or list');
  },
};
