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
  ArticlePage,
  ArticleQuery,
  ArticleQueryError,
  EntityRecord,
  getEntity,
  parseArticleQuery,
  searchArticles,
} from '@newsflow/db';
import { ApiConfig } from './api-config';
import { ApiKeyGuard } from './api-key.guard';
import { EntityArticlesDto, ErrorDto } from './api-schemas';
import { ApiListParameters } from './list-parameters';
import { badParameters, toHttpError } from './query-errors';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { ReadDatabase } from './read-database';
import { API_CONFIG } from './tokens';

/** Every parameter of GET /articles but `entity`, which the path fixes. */
const PARAMETERS = ['q', 'place', 'country', 'source', 'language', 'from', 'to', 'limit', 'cursor'] as const;

/** TYPE:slug, the ids the enricher gives entities. */
const ENTITY_ID_FORMAT = /^(PER|ORG|LOC|MISC):\S{1,200}$/;

@ApiTags('entities')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiTooManyRequestsResponse({ type: ErrorDto })
@ApiServiceUnavailableResponse({ type: ErrorDto, description: 'the query exceeded the statement timeout' })
@Controller('entities')
@UseGuards(ApiKeyGuard, ApiThrottlerGuard)
export class EntitiesController {
  constructor(
    private readonly db: ReadDatabase,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get(':id/articles')
  @ApiOperation({ summary: 'Articles that mention an entity (exact id), newest first or ranked with q' })
  @ApiParam({ name: 'id', description: 'entity id: TYPE:slug', example: 'PER:sergei-shoigu' })
  @ApiListParameters(PARAMETERS)
  @ApiOkResponse({ type: EntityArticlesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'no such entity' })
  async articles(
    @Param('id') id: string,
    @Query() raw: Record<string, unknown>,
  ): Promise<ArticlePage & { entity: EntityRecord }> {
    // The path's id and the query's parameters are checked together, so one 400 names every problem.
    const problems = ENTITY_ID_FORMAT.test(id)
      ? []
      : [`id=${JSON.stringify(id.slice(0, 80))}: expected an entity id such as PER:sergei-shoigu`];
    let query: ArticleQuery | undefined;
    try {
      query = { ...parseArticleQuery(raw, PARAMETERS), entityId: id };
    } catch (err) {
      if (!(err instanceof ArticleQueryError)) throw err;
      problems.push(...err.problems);
    }
    if (problems.length > 0 || !query) throw badParameters(problems);
    try {
      const entity = await getEntity(this.db.dataSource, id);
      if (!entity) throw new NotFoundException(`no entity ${id}`);
      return { entity, ...(await searchArticles(this.db.dataSource, query)) };
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
  }
}
