import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { FetchedPageContract, FetchedPageV2Contract, FetchRequestV1, Topics } from '@newsflow/contracts';
import { LOGGER, OutgoingMessage, StageMessageContext } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { FetcherConfig } from './fetcher-config';
import { PageFetcher } from './page-fetcher';
import { FETCHER_CONFIG } from './tokens';

/** A URL to fetch in, the fetched page out (nothing out for a 304 or a page that is not an article). */
@Controller()
export class FetchRequestController {
  constructor(
    private readonly fetcher: PageFetcher,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
  ) {}

  @EventPattern(Topics.fetchRequests.name)
  async fetch(@Payload() req: FetchRequestV1, @Ctx() ctx: StageMessageContext): Promise<OutgoingMessage[]> {
    const started = new Date();
    ctx.span.setAttributes({
      'url.full': req.url,
      'server.address': new URL(req.url).hostname,
      'newsflow.source.id': req.origin.sourceId ?? '',
      'newsflow.fetch.origin': req.origin.kind,
    });
    const outcome = await this.fetcher.fetchPage(req, started);
    if (outcome.kind === 'not-modified') {
      ctx.span.setAttributes({ 'http.response.status_code': 304 });
      this.logger.debug({ url: req.url }, 'not modified');
      return [];
    }
    if (outcome.kind === 'not-article') {
      ctx.span.setAttributes({
        'http.response.status_code': outcome.status,
        'newsflow.fetch.classification': outcome.classification,
      });
      this.logger.info(
        { url: req.url, status: outcome.status, classification: outcome.classification, rule: outcome.rule },
        'not an article: recorded, not published',
      );
      return [];
    }
    const page = outcome.page;
    ctx.span.setAttributes({ 'newsflow.article.id': page.articleId, 'http.response.status_code': page.status });
    this.logger.debug({ url: req.url, articleId: page.articleId, bytes: page.html.length }, 'fetched');
    // fetched-page/2 (the page as bytes) unless an operator keeps /1 for consumers of the old topic.
    if (this.config.FETCHER_PAGES_VERSION === '1')
      return [{ contract: FetchedPageContract, key: page.articleId, value: page }];
    return [{ contract: FetchedPageV2Contract, key: page.articleId, value: { ...page, schemaVersion: 2 } }];
  }
}
