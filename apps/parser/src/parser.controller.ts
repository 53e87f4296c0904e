import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { FetchedPageV1, FetchedPageV2, ParsedArticleContract, Topics } from '@newsflow/contracts';
import { extractArticle, ExtractionError } from '@newsflow/extraction';
import { LOGGER, OutgoingMessage, PermanentError, StageMessageContext } from '@newsflow/messaging';
import { NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';
import { toParsedArticle } from '@newsflow/pipeline';

/**
 * Fetched page in, parsed article out. A page with no extractable article is a permanent failure. It reads
 * fetched-page/2 (the page as bytes) and, while producers and other consumers of it move on, fetched-page/1: one
 * consumer for both topics, each message decoded by its own topic's contract.
 */
@Controller()
export class ParserController {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
  ) {}

  @EventPattern({ topic: Topics.pagesFetchedV2.name, alsoReads: [Topics.pagesFetched.name] })
  async parse(
    @Payload() page: FetchedPageV1 | FetchedPageV2,
    @Ctx() ctx: StageMessageContext,
  ): Promise<OutgoingMessage[]> {
    let article;
    const stopTimer = this.metrics.extraction.startTimer({ method: 'main' });
    try {
      article = extractArticle(page.html, page.finalUrl);
      stopTimer();
    } catch (err) {
      if (err instanceof ExtractionError) throw new PermanentError(`${err.code}: ${err.message}`, err.code);
      throw err;
    }
    if (!article.text.trim()) throw new PermanentError('no article body found on the page', 'NO_CONTENT');
    ctx.span.setAttributes({
      'newsflow.article.id': page.articleId,
      'newsflow.extraction.blocks': article.blocks.length,
      'newsflow.extraction.chars': article.text.length,
      'newsflow.article.language': article.language ?? '',
    });
    this.logger.debug({ articleId: page.articleId, title: article.title }, 'parsed');
    return [
      { contract: ParsedArticleContract, key: page.articleId, value: toParsedArticle(page, article, new Date()) },
    ];
  }
}
