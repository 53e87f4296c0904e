import { runDemo, stackUp } from '@newsflow/stack';
import { CliCommand } from '../command';

export const command: CliCommand = {
  name: 'demo',
  summary: 'run the whole pipeline on the bundled sample news site and print each indexed article as JSON',
  usage: [
    'usage: newsflow demo [--timeout SECONDS]',
    '  starts the local stack if needed, serves the sample news site on 127.0.0.1, runs the fetcher, parser,',
    '  enricher and indexer as separate processes, registers the site feed as a source, waits until every article',
    '  is in PostgreSQL, and prints one JSON line per article (id, url, title, sectionPath, publishedAt, authors,',
    '  leadImage, language, text, entities, places, dates, quotes, topics, traceId). Progress goes to stderr.',
  ].join('\n'),
  options: ['--timeout <seconds>'],
  async run(args) {
    const i = args.indexOf('--timeout');
    const timeoutMs = i >= 0 ? Number(args[i + 1]) * 1000 : 120_000;
    const log = (line: string) => process.stderr.write(line + '\n');
    const stack = await stackUp(log);
    if (stack.kafka.startedMs !== null)
      log(`demo: Kafka broker started in ${(stack.kafka.startedMs / 1000).toFixed(1)} s`);
    const result = await runDemo({ timeoutMs, log });
    for (const article of result.articles) process.stdout.write(JSON.stringify(article) + '\n');
    log(
      `demo: ${result.articles.length} article(s) from ${result.site} indexed; wall time ${(result.wallMs / 1000).toFixed(1)} s`,
    );
    return 0;
  },
};
