import { Controller, Get, Inject, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ArticlePage,
  ArticleQuery,
  ArticleQueryError,
  DEFAULT_PAGE_SIZE,
  getStory,
  listStories,
  MAX_PAGE_SIZE,
  parseArticleQuery,
  parseStoryQuery,
  searchArticles,
  STORY_ID_FORMAT,
  StoryPage,
  StorySummary,
} from '@newsflow/db';
import { ApiConfig } from './api-config';
import { ApiKeyGuard } from './api-key.guard';
import { ErrorDto, StoryArticlesDto, StoryDto, StoryPageDto } from './api-schemas';
import { ApiListParameters } from './list-parameters';
import { badParameters, toHttpError } from './query-errors';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { ReadDatabase } from './read-database';
import { API_CONFIG } from './tokens';

/** The article-list parameters a story's articles take (the story fixes which articles; no entity filter). */
const ARTICLE_PARAMETERS = ['q', 'place', 'country', 'source', 'language', 'from', 'to', 'limit', 'cursor'] as const;

const STORY_ID_PARAM = {
  name: 'id',
  description: 'story id: 32 lower-case hex characters (storyId of the indexed and story events)',
  example: '3f1c0a9e5b7d2c4e6a8b0d1f3e5c7a9b',
};

@ApiTags('stories')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'no API key, or an unknown one' })
@ApiTooManyRequestsResponse({ type: ErrorDto, description: 'rate limit reached; see Retry-After' })
@ApiServiceUnavailableResponse({ type: ErrorDto, description: 'the query exceeded the statement timeout' })
@Controller('stories')
@UseGuards(ApiKeyGuard, ApiThrottlerGuard)
export class StoriesController {
  constructor(
    private readonly db: ReadDatabase,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Stories (one event across outlets), most recently active first (keyset-paginated)' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'closed'], description: 'only open or closed stories' })
  @ApiQuery({
    name: 'minArticles',
    required: false,
    description: 'only stories with at least this many articles (2: told more than once)',
    schema: { type: 'integer', minimum: 1, example: 2 },
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, example: 20 },
  })
  @ApiQuery({
    name: 'cursor',
    required: false,
    type: String,
    description: 'nextCursor of the previous page (opaque; keep the other parameters unchanged)',
  })
  @ApiOkResponse({ type: StoryPageDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'a parameter is malformed, unknown or out of range' })
  async list(@Query() raw: Record<string, unknown>): Promise<StoryPage> {
    try {
      return await listStories(this.db.dataSource, parseStoryQuery(raw));
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'One story: first and last seen, counts, top entities and places' })
  @ApiParam(STORY_ID_PARAM)
  @ApiOkResponse({ type: StoryDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'the id is not a story id' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Param('id') id: string): Promise<StorySummary> {
    if (!STORY_ID_FORMAT.test(id)) throw badParameters(idProblem(id));
    let story: StorySummary | null;
    try {
      story = await getStory(this.db.dataSource, id);
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
    if (!story) throw new NotFoundException(`no story ${id}`);
    return story;
  }

  @Get(':id/articles')
  @ApiOperation({ summary: "A story's articles, newest first or ranked with q" })
  @ApiParam(STORY_ID_PARAM)
  @ApiListParameters(ARTICLE_PARAMETERS)
  @ApiOkResponse({ type: StoryArticlesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'no such story' })
  async articles(
    @Param('id') id: string,
    @Query() raw: Record<string, unknown>,
  ): Promise<ArticlePage & { story: StorySummary }> {
    // The path's id and the query's parameters are checked together, so one 400 names every problem.
    const problems = STORY_ID_FORMAT.test(id) ? [] : [idProblem(id)];
    let query: ArticleQuery | undefined;
    try {
      query = { ...parseArticleQuery(raw, ARTICLE_PARAMETERS), storyId: id };
    } catch (err) {
      if (!(err instanceof ArticleQueryError)) throw err;
      problems.push(...err.problems);
    }
    if (problems.length > 0 || !query) throw badParameters(problems);
    try {
      const story = await getStory(this.db.dataSource, id);
      if (!story) throw new NotFoundException(`no story ${id}`);
      return { story, ...(await searchArticles(this.db.dataSource, query)) };
    } catch (err) {
      throw toHttpError(err, this.config.statementTimeoutMs);
    }
  }
}

function idProblem(id: string): string {
  return `id=${JSON.stringify(id.slice(0, 80))}: expected a story id (32 lower-case hex characters)`;
}
