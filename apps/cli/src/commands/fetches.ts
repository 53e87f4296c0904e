// The fetch log of libs/db, reached by path until @newsflow/db's index re-exports it (not this command's file to edit).
import { listFetchLog } from '../../../../libs/db/src/fetch-log';
import { CliCommand, UsageError } from '../command';
import { withDatabase } from '../with-database';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}

export const command: CliCommand = {
  name: 'fetches',
  summary: 'list recent fetches from the fetch log (status, class, 304 counts), e.g. the bot walls and paywalls met',
  usage: [
    'usage: newsflow fetches [--class CLASS] [--limit N]',
    '  prints one JSON line per URL, most recently fetched first (default limit 100)',
    '  CLASS: article, bot-wall, paywall, js-shell, empty, error-page, not-html, feed, refused:<code>, ...',
  ].join('\n'),
  async run(argv) {
    const args = [...argv];
    const classification = option(args, '--class');
    const rawLimit = option(args, '--limit');
    const limit = rawLimit === undefined ? 100 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new UsageError('--limit takes a whole number from 1 to 10000');
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}"`);
    const rows = await withDatabase((ds) => listFetchLog(ds, { classification, limit }));
    for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
    return 0;
  },
};
