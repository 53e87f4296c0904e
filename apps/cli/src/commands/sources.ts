import { readFileSync } from 'node:fs';
import { addSource, listSources, removeSource, SourceKind } from '@newsflow/db';
import { parseOpml, parseUrlList } from '@newsflow/fetching';
import { httpUrlArg, takeOption } from '../args';
import { CliCommand, UsageError } from '../command';
import { withDatabase } from '../with-database';

const KINDS: SourceKind[] = ['feed', 'sitemap', 'url-list'];

function pollInterval(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10) throw new UsageError('--every takes a whole number of seconds, at least 10');
  return n;
}

export const command: CliCommand = {
  name: 'sources',
  summary: 'manage the sources the fetcher polls (feeds, sitemaps, URL lists)',
  usage: [
    'usage: newsflow sources add URL [--kind feed|sitemap|url-list] [--every SECONDS] [--name NAME]',
    '       newsflow sources list',
    '       newsflow sources remove ID|URL',
    '       newsflow sources import FILE [--kind feed|sitemap|url-list] [--every SECONDS]',
    '  add     registers (or updates) a source, due now; prints it as JSON',
    '  list    prints every source as a JSON line (with last poll, last success, last error)',
    '  import  an OPML file (its feeds) or a text file with one URL per line',
  ].join('\n'),
  options: ['--kind <kind>', '--every <seconds>', '--name <name>'],
  async run(argv) {
    const args = [...argv];
    const action = args.shift();
    switch (action) {
      case 'add': {
        const kind = (takeOption(args, '--kind') ?? 'feed') as SourceKind;
        if (!KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
        const every = pollInterval(takeOption(args, '--every'));
        const name = takeOption(args, '--name');
        if (args.length !== 1) throw new UsageError('exactly one URL is needed');
        const url = httpUrlArg(args[0], 'polled');
        const row = await withDatabase((ds) => addSource(ds, { kind, url, name, pollIntervalSeconds: every }));
        process.stdout.write(JSON.stringify(row) + '\n');
        return 0;
      }
      case 'list': {
        const rows = await withDatabase(listSources);
        for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
        return 0;
      }
      case 'remove': {
        if (args.length !== 1) throw new UsageError('an id or URL is needed');
        const removed = await withDatabase((ds) => removeSource(ds, args[0]));
        process.stdout.write(JSON.stringify({ removed }) + '\n');
        return removed ? 0 : 1;
      }
      case 'import': {
        const kindOpt = takeOption(args, '--kind') as SourceKind | undefined;
        const every = pollInterval(takeOption(args, '--every'));
        if (args.length !== 1) throw new UsageError('exactly one file is needed');
        const text = readFileSync(args[0], 'utf8');
        const isOpml = /<opml[\s>]/i.test(text.slice(0, 2000));
        const urls = isOpml ? parseOpml(text).map((f) => f.url) : parseUrlList(text);
        const kind: SourceKind = kindOpt ?? 'feed';
        const added = await withDatabase(async (ds) => {
          let n = 0;
          for (const url of urls) {
            await addSource(ds, { kind, url: httpUrlArg(url, 'polled'), pollIntervalSeconds: every });
            n++;
          }
          return n;
        });
        process.stdout.write(JSON.stringify({ imported: added, format: isOpml ? 'opml' : 'url-list', kind }) + '\n');
        return 0;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}"` : 'an action is required');
    }
  },
};
