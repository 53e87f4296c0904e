import { Controller, Get, Inject, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ARTICLE_ID_FORMAT,
  ArticleDetail,
  ArticlePage,
  getArticle,
  parseArticleQuery,
  searchArticles,
} from '@newsflow/db';
import { ApiConfig } from './api-config';
import { ApiKeyGuard } from './api-key.guard';
import { ArticleDetailDto, ArticlePageDto, ErrorDto } from './api-schemas';
import { ApiListParameters } from './list-parameters';
import { badParameters, toHttpError } from './query-errors';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { ReadDatabase } from './read-database';
import { API_CONFIG } from './tokens';

@ApiTags('articles')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'no API key, or an unknown one' })
@ApiTooManyRequestsResponse({ type: ErrorDto, description: 'rate limit reached; see Retry-After' })
@ApiServiceUnavailableResponse({ type: ErrorDto, description: 'the query exceeded the statement timeout' })
@Controller('articles')
@UseGuards(ApiKeyGuard, ApiThrottlerGuard)
export class ArticlesController {
  constructor(
    private readonly db: ReadDatabase,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search and filter articles (keyset-paginated)' })
  @ApiListParameters(['q', 'entity', 'place', 'country', 'source', 'language', 'from', 'to', 'limit', 'cursor'])
  @ApiOkResponse({ type: ArticlePageDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'a parameter is malformed, unknown or out of range' })
  async list(@Query() raw: Record<string, unknown>): Promise<ArticlePage> {
    try {
      return await searchArticles(this.db.dataSource, parseArticleQuery(raw));
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'One article with its entities, places, topics, revisions and near-duplicates' })
  @ApiParam({ name: 'id', description: '32 lower-case hex characters', example: 'c133de770805494a77724fa653465b00' })
  @ApiOkResponse({ type: ArticleDetailDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'the id is not an article id' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Param('id') id: string): Promise<ArticleDetail> {
    if (!ARTICLE_ID_FORMAT.test(id)) {
      throw badParameters(`id=${JSON.stringify(id.slice(0, 80))}: expected 32 lower-case hex characters`);
    }
    let article: ArticleDetail | null;
    try {
      article = await getArticle(this.db.dataSource, id);
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
    if (!article) throw new NotFoundException(`no article ${id}`);
    return article;
  }
}
