import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { articleIdFor, FetchRequestContract, Headers } from '@newsflow/contracts';
import { normalizeUrl } from '@newsflow/fetching';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'ingest',
  summary: 'submit one or more article URLs to the pipeline (a fetch request each)',
  usage:
    'usage: newsflow ingest URL...\n  publishes a fetch request per URL on the fetcher input topic; prints {url, articleId} per URL',
  async run(args) {
    if (!args.length) throw new UsageError('at least one URL is needed');
    const requests = args.map((raw) => {
      let url: string;
      try {
        url = normalizeUrl(raw);
      } catch {
        throw new UsageError(`not a URL: ${raw}`);
      }
      if (!/^https?:\/\//.test(url)) throw new UsageError(`only http and https URLs can be ingested: ${raw}`);
      return FetchRequestContract.validate({
        schemaVersion: 1,
        articleId: articleIdFor(url),
        url,
        requestedAt: new Date().toISOString(),
        origin: { kind: 'ingest', sourceId: null },
      });
    });
    const producer = new Kafka({ ...kafkaConfigFromEnv('cli'), logLevel: logLevel.ERROR }).producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    try {
      await producer.send({
        topic: FetchRequestContract.topic,
        acks: -1,
        messages: requests.map((r) => ({
          key: r.articleId,
          value: JSON.stringify(r),
          headers: { [Headers.schema]: FetchRequestContract.id, [Headers.contentType]: 'application/json' },
        })),
      });
    } finally {
      await producer.disconnect();
    }
    for (const r of requests) process.stdout.write(JSON.stringify({ url: r.url, articleId: r.articleId }) + '\n');
    return 0;
  },
};
