import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { ArticleQueryParameter, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@newsflow/db';

/** OpenAPI descriptions of the list parameters (validation itself is parseArticleQuery's). */
const DESCRIPTIONS: Record<ArticleQueryParameter, { description: string; example?: string }> = {
  q: {
    description:
      'full-text search in web-search syntax ("a phrase", -excluded, OR), matched in each article\'s language; ' +
      'results are ranked and carry a highlighted snippet',
    example: 'Shoigu Astana',
  },
  entity: {
    description: 'an entity id (PER:sergei-shoigu) or a name or alias, case-insensitive',
    example: 'Sergei Shoigu',
  },
  place: { description: 'a place id or name, case-insensitive', example: 'Astana' },
  country: { description: 'ISO 3166-1 alpha-2 code of a place the article mentions', example: 'KZ' },
  source: { description: 'a source id (uuid), or a source name or feed URL' },
  language: { description: 'ISO 639 language code', example: 'en' },
  from: { description: 'published at or after (ISO 8601 date or date-time with zone)', example: '2024-04-01' },
  to: { description: 'published before (a date-only value includes that day)', example: '2024-04-30' },
  limit: { description: `page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` },
  cursor: { description: 'nextCursor of the previous page (opaque; keep the other parameters unchanged)' },
};

/**
 * `limit` is the only number: an integer schema with its bounds and default, so clients and linters see what
 * parseArticleQuery accepts (its example is the number 20, not the string "20" a query string carries).
 */
const LIMIT_SCHEMA = { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, example: 20 };

export function ApiListParameters(names: readonly ArticleQueryParameter[]): MethodDecorator {
  return applyDecorators(
    ...names.map((name) =>
      name === 'limit'
        ? ApiQuery({ name, required: false, description: DESCRIPTIONS[name].description, schema: LIMIT_SCHEMA })
        : ApiQuery({
            name,
            required: false,
            type: String,
            description: DESCRIPTIONS[name].description,
            ...(DESCRIPTIONS[name].example ? { example: DESCRIPTIONS[name].example } : {}),
          }),
    ),
  );
}
