import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { context, trace } from '@opentelemetry/api';
import { EnrichedArticleV1, IndexedArticleContract, IndexedArticleV1, Topics } from '@newsflow/contracts';
import { Database, indexArticles, isConnectionError, isDataError } from '@newsflow/db';
import {
  DependencyUnavailableError,
  LOGGER,
  OutgoingMessage,
  PermanentError,
  StageMessageContext,
} from '@newsflow/messaging';
import { NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { activeTraceId, Logger } from '@newsflow/telemetry';

const tracer = trace.getTracer('newsflow-indexer');

/**
 * Enriched article in: one idempotent transaction in Postgres, then (after commit) a change event on the compacted
 * indexed topic. Offsets are committed only after that event is acknowledged, so a crash replays the write, which
 * the upsert makes harmless.
 */
@Controller()
export class IndexerController {
  constructor(
    private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
  ) {}

  @EventPattern(Topics.articlesEnriched.name)
  async index(@Payload() msg: EnrichedArticleV1, @Ctx() ctx: StageMessageContext): Promise<OutgoingMessage[]> {
    const traceId = activeTraceId();
    const span = tracer.startSpan('indexer db write', {
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': 'upsert',
        'newsflow.article.id': msg.articleId,
      },
    });
    let result;
    const stopTimer = this.metrics.dbWrite.startTimer({ operation: 'index' });
    try {
      const results = await context
        .with(trace.setSpan(context.active(), span), () =>
          indexArticles(this.db.dataSource, [{ message: msg, traceId }]),
        )
        .catch((err: unknown) => {
          // The database being down is not this article's fault: pause the stage (backpressure), don't retry it away.
          if (isConnectionError(err)) throw new DependencyUnavailableError((err as Error).message, 'postgres');
          if (isDataError(err))
            throw new PermanentError(`PostgreSQL refused the article: ${(err as Error).message}`, 'DATA');
          throw err;
        });
      result = results.get(msg.articleId)!;
      span.setAttribute('newsflow.index.event', result.event);
    } finally {
      stopTimer();
      span.end();
    }
    this.metrics.articlesIndexed.inc({ event: result.event });
    ctx.span.setAttributes({ 'newsflow.article.id': msg.articleId, 'newsflow.index.event': result.event });
    // The same content again changed nothing: no event, so a replay adds nothing to the change stream either.
    if (result.event === 'unchanged') return [];
    const indexedAt = new Date().toISOString();
    const event: IndexedArticleV1 = {
      schemaVersion: 1,
      articleId: msg.articleId,
      event: result.event,
      revision: result.revision,
      url: msg.url,
      canonicalUrl: msg.canonicalUrl,
      title: msg.article.title,
      language: msg.enrichment.language ?? msg.article.language,
      publishedAt: msg.article.publishedAt,
      duplicateOf: result.duplicateOf,
      indexedAt,
      traceId,
      timings: { ...msg.timings, indexedAt },
    };
    this.logger.info({ articleId: msg.articleId, event: result.event, revision: result.revision }, 'indexed');
    return [{ contract: IndexedArticleContract, key: msg.articleId, value: event }];
  }
}
