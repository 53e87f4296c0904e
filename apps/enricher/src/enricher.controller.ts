import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EnrichedArticleContract, ParsedArticleV1, Topics } from '@newsflow/contracts';
import { enrichArticle } from '@newsflow/enrichment';
import { LOGGER, OutgoingMessage, StageMessageContext } from '@newsflow/messaging';
import { toEnrichedArticle } from '@newsflow/pipeline';
import { NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';

/** Parsed article in, the same article with entities, places, dates, quotes, topics and fingerprint out. */
@Controller()
export class EnricherController {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
  ) {}

  @EventPattern(Topics.articlesParsed.name)
  async enrich(@Payload() parsed: ParsedArticleV1, @Ctx() ctx: StageMessageContext): Promise<OutgoingMessage[]> {
    const stopTimer = this.metrics.enrichment.startTimer();
    const e = enrichArticle({
      title: parsed.article.title,
      text: parsed.article.text,
      publishedAt: parsed.article.publishedAt,
      language: parsed.article.language,
    });
    stopTimer();
    ctx.span.setAttributes({
      'newsflow.article.id': parsed.articleId,
      'newsflow.enrichment.language': e.language ?? '',
      'newsflow.enrichment.topics': e.topics.map((t) => t.label).join(', '),
      'newsflow.enrichment.entities': e.entities.length,
      'newsflow.enrichment.places': e.places.length,
      'newsflow.enrichment.dates': e.dates.length,
      'newsflow.enrichment.quotes': e.quotes.length,
    });
    const value = toEnrichedArticle(parsed, e, new Date());
    this.logger.debug({ articleId: parsed.articleId, entities: e.entities.length }, 'enriched');
    return [{ contract: EnrichedArticleContract, key: parsed.articleId, value }];
  }
}
