import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { context, Span, trace } from '@opentelemetry/api';
import {
  EnrichedArticleV1,
  IndexedArticleContract,
  IndexedArticleV1,
  StoryEventContract,
  Topics,
} from '@newsflow/contracts';
import {
  ArticleWriteCoalescer,
  Database,
  indexArticles,
  IndexTransactionStep,
  isConnectionError,
  isDataError,
} from '@newsflow/db';
import { dependencyGuard, LOGGER, OutgoingMessage, PermanentError, StageMessageContext } from '@newsflow/messaging';
import { NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';
import { STORY_STEP } from './story-step';

const tracer = trace.getTracer('newsflow-indexer');

/**
 * Enriched articles in, a chunk at a time: one idempotent transaction in Postgres for the chunk, then (after commit)
 * a change event per article on the compacted indexed topic. Offsets are committed only after those events are
 * acknowledged, so a crash replays the write, which the upsert makes harmless. When a chunk fails, the runner
 * retries its messages one by one, so one bad article does not hold back the others. Chunks of partitions handled
 * at once are written together (`ArticleWriteCoalescer`): a few large transactions cost less per article than
 * many small ones. In the same transaction each article gets its story (StoryAssigner, unless STORIES_ENABLED is
 * false); the stories the chunk changed are announced on the compacted stories topic, with the articles' events.
 */
@Controller()
export class IndexerController {
  private readonly writer: ArticleWriteCoalescer;
  /** The database being down is not these articles' fault: the stage pauses (backpressure), never retries them away. */
  private readonly postgres = dependencyGuard('postgres', isConnectionError);

  constructor(
    private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
    @Inject(STORY_STEP) stories: IndexTransactionStep | null,
  ) {
    this.writer = new ArticleWriteCoalescer((inputs) =>
      indexArticles(this.db.dataSource, inputs, stories ?? undefined),
    );
  }

  @EventPattern({ topic: Topics.articlesEnriched.name, batch: true })
  async index(
    @Payload() items: { input: EnrichedArticleV1; ctx: StageMessageContext }[],
  ): Promise<OutgoingMessage[][]> {
    // One "indexer db write" span per article, child of that article's own span, so each trace shows its write.
    const spans: Span[] = items.map(({ input, ctx }) =>
      tracer.startSpan(
        'indexer db write',
        {
          attributes: {
            'db.system.name': 'postgresql',
            'db.operation.name': 'upsert',
            'newsflow.article.id': input.articleId,
            'newsflow.index.batch_size': items.length,
          },
        },
        trace.setSpan(context.active(), ctx.span),
      ),
    );
    const stopTimer = this.metrics.dbWrite.startTimer({ operation: 'index' });
    let results;
    try {
      results = await this.postgres(() =>
        this.writer.index(items.map(({ input, ctx }) => ({ message: input, traceId: ctx.span.spanContext().traceId }))),
      );
    } catch (err) {
      for (const span of spans) span.recordException(err as Error);
      if (isDataError(err))
        throw new PermanentError(`PostgreSQL refused the article: ${(err as Error).message}`, 'DATA');
      throw err;
    } finally {
      stopTimer();
      for (const span of spans) span.end();
    }

    // Several messages for one article in a chunk: only the last announces the outcome.
    const lastIndex = new Map(items.map(({ input }, i) => [input.articleId, i]));
    const indexedAt = new Date().toISOString();
    return items.map(({ input: msg, ctx }, i) => {
      const result = results.get(msg.articleId)!;
      ctx.span.setAttributes({ 'newsflow.article.id': msg.articleId, 'newsflow.index.event': result.event });
      if (lastIndex.get(msg.articleId) !== i) return [];
      this.metrics.articlesIndexed.inc({ event: result.event });
      const stories: OutgoingMessage[] = (result.storyEvents ?? []).map((story) => ({
        contract: StoryEventContract,
        key: story.storyId,
        value: story,
      }));
      // The same content again changed nothing: no event, so a replay adds nothing to the change stream either
      // (but an article stored before stories existed gets one now, and its story's event goes out).
      if (result.event === 'unchanged') return stories;
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
        ...(result.storyId ? { storyId: result.storyId } : {}),
        indexedAt,
        traceId: ctx.span.spanContext().traceId,
        timings: { ...msg.timings, indexedAt },
      };
      this.logger.debug({ articleId: msg.articleId, event: result.event, revision: result.revision }, 'indexed');
      return [{ contract: IndexedArticleContract, key: msg.articleId, value: event }, ...stories];
    });
  }
}
