import { Link } from '@opentelemetry/api';
import { Message } from 'kafkajs';
import { FetchRequestContract, FetchRequestV1 } from '@newsflow/contracts';
import { inNewTrace } from '@newsflow/telemetry';
import { encodeRecord } from './encode-record';

/**
 * The Kafka record of one fetch request, produced in a span that starts the article's trace: the fetcher's span
 * becomes its child, so the trace begins where the article was asked for (a source poll, `newsflow ingest`), and
 * its `traceparent` travels on every hop. `links` tie it to the work that asked (the poll's own span).
 * Returns the trace id too, for callers that report it.
 */
export function fetchRequestRecord(request: FetchRequestV1, links: Link[] = []): { record: Message; traceId: string } {
  return inNewTrace(
    `${FetchRequestContract.topic} publish`,
    {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'create',
      'messaging.destination.name': FetchRequestContract.topic,
      'url.full': request.url,
      'newsflow.article.id': request.articleId,
      'newsflow.fetch.origin': request.origin.kind,
      'newsflow.source.id': request.origin.sourceId ?? '',
    },
    (span) => ({
      record: encodeRecord({ contract: FetchRequestContract, key: request.articleId, value: request }),
      traceId: span.spanContext().traceId,
    }),
    links,
  );
}
