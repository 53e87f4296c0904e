/**
 * Response shapes for the OpenAPI document. The handlers return the plain objects of libs/db's read side; these
 * classes only describe them (field for field) so /docs shows what a client receives.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ArticleSummaryDto {
  @ApiProperty({ example: 'c133de770805494a77724fa653465b00', description: 'id derived from the canonical URL' })
  id!: string;
  @ApiProperty() url!: string;
  @ApiProperty() canonicalUrl!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sourceId!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: [String] }) authors!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'en' }) language!: string | null;
  @ApiProperty({ type: [String] }) sectionPath!: string[];
  @ApiProperty({ type: Object, nullable: true, description: 'lead image {url, alt, caption, ...}' })
  leadImage!: unknown;
  @ApiProperty({ description: 'content revision, 1 for the first version' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) firstIndexedAt!: string;
  @ApiProperty({ format: 'date-time' }) indexedAt!: string;
}

export class ArticleHitDto extends ArticleSummaryDto {
  @ApiPropertyOptional({ description: 'text-search rank (only with q), higher is better' }) rank?: number;
  @ApiPropertyOptional({
    description: 'only with q: fragments of the text around the matches; HTML-escaped, matches in <mark>',
  })
  snippet?: string;
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleHitDto] }) items!: ArticleHitDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'pass as `cursor` (with the same other parameters) for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class EntityDto {
  @ApiProperty({ example: 'PER:sergei-shoigu' }) id!: string;
  @ApiProperty({ enum: ['PER', 'ORG', 'LOC', 'MISC'] }) type!: string;
  @ApiProperty({ example: 'Sergei Shoigu' }) name!: string;
  @ApiProperty({ format: 'date-time' }) firstSeenAt!: string;
}

export class EntityArticlesDto extends ArticlePageDto {
  @ApiProperty({ type: EntityDto }) entity!: EntityDto;
}

class ArticleEntityDto {
  @ApiProperty() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty() mentionCount!: number;
}

class ArticlePlaceDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'KZ' }) countryCode!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lon!: number | null;
  @ApiProperty({ type: String, nullable: true }) kind!: string | null;
  @ApiProperty() mentionCount!: number;
}

class ArticleTopicDto {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
  @ApiProperty() score!: number;
}

class ArticleRevisionDto {
  @ApiProperty() revision!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class DuplicateLinkDto {
  @ApiProperty() id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ description: 'Hamming distance of the SimHash fingerprints (0-3)' }) distance!: number;
}

class DuplicatesDto {
  @ApiProperty({ type: [DuplicateLinkDto], description: 'the earlier article this one nearly duplicates' })
  duplicateOf!: DuplicateLinkDto[];
  @ApiProperty({ type: [DuplicateLinkDto], description: 'later articles that nearly duplicate this one (≤ 100)' })
  duplicatedBy!: DuplicateLinkDto[];
}

export class ArticleDetailDto extends ArticleSummaryDto {
  @ApiProperty({ type: String, nullable: true }) publishedAtText!: string | null;
  @ApiProperty({ type: String, nullable: true }) modifiedAtText!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: String, nullable: true }) siteName!: string | null;
  @ApiProperty({ example: 'free' }) accessState!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) fetchedAt!: string;
  @ApiProperty({ type: String, nullable: true }) traceId!: string | null;
  @ApiProperty({ type: String, nullable: true }) fingerprint!: string | null;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ type: [Object], description: 'normalised dates found in the text' }) dates!: unknown[];
  @ApiProperty({ type: [Object], description: 'quotes and their speakers' }) quotes!: unknown[];
  @ApiProperty({ type: [ArticleEntityDto] }) entities!: ArticleEntityDto[];
  @ApiProperty({ type: [ArticlePlaceDto] }) places!: ArticlePlaceDto[];
  @ApiProperty({ type: [ArticleTopicDto] }) topics!: ArticleTopicDto[];
  @ApiProperty({ type: [ArticleRevisionDto] }) revisions!: ArticleRevisionDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'its story (GET /stories/{id}), once the indexer assigned one',
    example: '3f1c0a9e5b7d2c4e6a8b0d1f3e5c7a9b',
  })
  storyId!: string | null;
  @ApiProperty({ type: DuplicatesDto }) duplicates!: DuplicatesDto;
}

export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'limit="500": expected an integer from 1 to 100' }) message!: string;
  @ApiPropertyOptional({ type: [String], description: 'every problem found (400 only)' }) problems?: string[];
}

class StoryEntityDto {
  @ApiProperty({ example: 'PER:mara-lindqvist' }) id!: string;
  @ApiProperty({ example: 'Mara Lindqvist' }) name!: string;
  @ApiProperty({ enum: ['PER', 'ORG', 'LOC', 'MISC'] }) type!: string;
  @ApiProperty({ description: "how many of the story's articles name it" }) articles!: number;
}

class StoryPlaceDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Innsbruck' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'AT' }) countryCode!: string | null;
  @ApiProperty({ description: "how many of the story's articles name it" }) articles!: number;
}

export class StoryDto {
  @ApiProperty({ example: '3f1c0a9e5b7d2c4e6a8b0d1f3e5c7a9b' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'title of its first article' }) title!: string | null;
  @ApiProperty() firstArticleId!: string;
  @ApiProperty({ format: 'date-time', description: 'when its first article was indexed' }) firstSeenAt!: string;
  @ApiProperty({ format: 'date-time', description: 'when its latest article was indexed' }) lastSeenAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) firstPublishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPublishedAt!: string | null;
  @ApiProperty({ description: 'articles in it, near-duplicates included' }) articleCount!: number;
  @ApiProperty({ description: 'near-duplicates (syndicated copies) among them' }) duplicateCount!: number;
  @ApiProperty({ type: [StoryEntityDto], description: 'the entities most of its articles name (≤ 10)' })
  topEntities!: StoryEntityDto[];
  @ApiProperty({ type: [StoryPlaceDto], description: 'the places most of its articles name (≤ 10)' })
  topPlaces!: StoryPlaceDto[];
  @ApiProperty({ description: 'closed after its quiet period (or when too many stories were open)' }) closed!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
}

export class StoryPageDto {
  @ApiProperty({ type: [StoryDto] }) items!: StoryDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'pass as `cursor` (with the same other parameters) for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class StoryArticlesDto extends ArticlePageDto {
  @ApiProperty({ type: StoryDto }) story!: StoryDto;
}
