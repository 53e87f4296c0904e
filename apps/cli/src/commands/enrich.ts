import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { articleInputFromFile, articleInputFromJson, enrichArticle } from '@newsflow/enrichment';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'enrich',
  summary: 'entities, places, dates, quotes, topics, language and fingerprint of an article',
  usage: [
    'usage: newsflow enrich FILE [--published YYYY-MM-DD]',
    '       newsflow enrich --jsonl < input.jsonl',
    '  FILE is plain text or article JSON ({title, text, publishedAt}); prints one JSON object:',
    '  {language, entities, places, dates, quotes, topics, fingerprint}.',
    '  --published  the article date that relative dates ("on Friday") are resolved against',
    '  --jsonl      reads lines {"id","text","published"?} on stdin, prints one object per line with its id',
  ].join('\n'),
  options: ['--published <date>', '--jsonl'],
  async run(args) {
    const jsonl = args.includes('--jsonl');
    const pi = args.indexOf('--published');
    const published = pi >= 0 ? args[pi + 1] : undefined;
    if (pi >= 0 && !/^\d{4}-\d{2}-\d{2}/.test(published ?? '')) throw new UsageError('--published takes YYYY-MM-DD');
    const rest = args.filter((a, i) => a !== '--jsonl' && i !== pi && i !== pi + 1);
    if (jsonl) {
      if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" with --jsonl`);
      let bad = 0;
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        try {
          const row = JSON.parse(line) as Record<string, unknown>;
          const input = articleInputFromJson(row, published ?? null);
          process.stdout.write(JSON.stringify({ id: row.id ?? null, ...enrichArticle(input) }) + '\n');
        } catch (err) {
          process.stderr.write(
            `newsflow enrich: skipping a bad line (${(err as Error).message}): ${line.slice(0, 80)}\n`,
          );
          bad++;
        }
      }
      return bad ? 1 : 0;
    }
    if (rest.length !== 1) throw new UsageError(rest.length ? 'one FILE at a time' : 'a FILE (or --jsonl) is required');
    const input = articleInputFromFile(readFileSync(rest[0], 'utf8'), published ?? null);
    process.stdout.write(JSON.stringify(enrichArticle(input)) + '\n');
    return 0;
  },
};
