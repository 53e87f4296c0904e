import { ArticleQueryError, parseArticleQuery, searchArticles } from '@newsflow/db';
import { CliCommand, UsageError } from '../command';
import { withDatabase } from '../with-database';

export const command: CliCommand = {
  name: 'search',
  summary: 'full-text search of the stored articles (ranked, with highlighted snippets)',
  usage: [
    'usage: newsflow search [--limit N] [--language xx] [--] "QUERY"',
    '  a query that starts with "-" goes after --',
    '  web-search syntax: words, "a phrase", -excluded, OR; each article is matched in its own language',
    '  prints one JSON line per hit, best first: {"id","url","title","publishedAt","rank","snippet"}',
    '  (snippet: HTML, matched words in <mark>); --limit 1-100, default 10; reads DATABASE_URL',
  ].join('\n'),
  options: ['--limit <n>', '--language <xx>'],
  async run(argv) {
    // Words after `--` are the query even when they start with "-" (`newsflow search -- -excluded word`).
    const separator = argv.indexOf('--');
    const args = separator >= 0 ? argv.slice(0, separator) : [...argv];
    const literal = separator >= 0 ? argv.slice(separator + 1) : [];
    const raw: Record<string, string> = { limit: '10' };
    for (let i = 0; i < args.length; i++) {
      const name = args[i];
      if (name !== '--limit' && name !== '--language') continue;
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
      raw[name.slice(2)] = value;
      args.splice(i, 2);
      i--;
    }
    const unknown = args.find((a) => a.startsWith('--'));
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    raw.q = [...args, ...literal].join(' ').trim();
    if (!raw.q) throw new UsageError('a query is needed');
    let query;
    try {
      query = parseArticleQuery(raw);
    } catch (err) {
      if (err instanceof ArticleQueryError)
        throw new UsageError(err.problems.map((p) => p.replace(/^(\w+)=/, '--$1=')).join('; '));
      throw err;
    }
    const page = await withDatabase((ds) => searchArticles(ds, query));
    for (const hit of page.items) {
      const { id, url, title, publishedAt, rank, snippet } = hit;
      process.stdout.write(JSON.stringify({ id, url, title, publishedAt, rank, snippet }) + '\n');
    }
    if (!page.items.length) process.stderr.write('newsflow search: no article matches\n');
    return 0;
  },
};
