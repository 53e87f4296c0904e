import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { articleIdFor, FetchRequestContract, FetchRequestV1 } from '@newsflow/contracts';
import { fetchRequestRecord, kafkaConfigFromEnv } from '@newsflow/messaging';
import { shutdownTracing, startTracing } from '@newsflow/telemetry';
import { httpUrlArg } from '../args';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'ingest',
  summary: 'submit one or more article URLs to the pipeline (a fetch request each)',
  usage:
    "usage: newsflow ingest URL...\n  publishes a fetch request per URL on the fetcher input topic; prints {url, articleId, traceId} per URL\n  (each request starts its article's trace: traceId finds it in the trace backend and in the store)",
  options: [],
  async run(args) {
    if (!args.length) throw new UsageError('at least one URL is needed');
    const requests = args.map((raw) => {
      const url = httpUrlArg(raw, 'ingested');
      const request: FetchRequestV1 = {
        schemaVersion: 1,
        articleId: articleIdFor(url),
        url,
        requestedAt: new Date().toISOString(),
        origin: { kind: 'ingest', sourceId: null },
      };
      return FetchRequestContract.validate(request);
    });
    // Tracing runs for this command only: its spans start each article's trace (exported when OTEL_* say so).
    startTracing('newsflow-cli');
    const records = requests.map((r) => fetchRequestRecord(r));
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
        messages: records.map((r) => r.record),
      });
    } finally {
      await producer.disconnect();
      await shutdownTracing();
    }
    requests.forEach((r, i) =>
      process.stdout.write(JSON.stringify({ url: r.url, articleId: r.articleId, traceId: records[i].traceId }) + '\n'),
    );
    return 0;
  },
};
