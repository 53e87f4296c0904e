import { listFetchLog } from '@newsflow/db';
import { takeOption } from '../args';
import { CliCommand, UsageError } from '../command';
import { withDatabase } from '../with-database';

export const command: CliCommand = {
  name: 'fetches',
  summary: 'list recent fetches from the fetch log (status, class, 304 counts), e.g. the bot walls and paywalls met',
  usage: [
    'usage: newsflow fetches [--class CLASS] [--limit N]',
    '  prints one JSON line per URL, most recently fetched first (default limit 100)',
    '  CLASS: article, bot-wall, paywall, js-shell, empty, error-page, not-html, feed, refused:<code>, ...',
  ].join('\n'),
  options: ['--class <class>', '--limit <n>'],
  async run(argv) {
    const args = [...argv];
    const classification = takeOption(args, '--class');
    const rawLimit = takeOption(args, '--limit');
    const limit = rawLimit === undefined ? 100 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new UsageError('--limit takes a whole number from 1 to 10000');
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}"`);
    const rows = await withDatabase((ds) => listFetchLog(ds, { classification, limit }));
    for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
    return 0;
  },
};
