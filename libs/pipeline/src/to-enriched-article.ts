import { EnrichedArticleV1, ParsedArticleV1 } from '@newsflow/contracts';
import { Enrichment } from '@newsflow/enrichment';

/** The enriched-article message: the parsed article plus what the enricher found. */
export function toEnrichedArticle(parsed: ParsedArticleV1, e: Enrichment, enrichedAt: Date): EnrichedArticleV1 {
  return {
    ...parsed,
    enrichment: {
      language: e.language,
      entities: e.entities,
      places: e.places,
      dates: e.dates,
      quotes: e.quotes,
      topics: e.topics,
      fingerprint: e.fingerprint,
    },
    timings: { ...parsed.timings, enrichedAt: enrichedAt.toISOString() },
  };
}
