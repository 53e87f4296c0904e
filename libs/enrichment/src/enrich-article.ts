import type { Enrichment, EnrichmentInput } from './types';
import { detectLanguage } from './language/detect-language';
import { recognizeEntities } from './ner/recognize-entities';
import { groupEntities } from './entities/group-entities';
import { resolvePlaces } from './geo/resolve-places';
import { normalizeDates } from './dates/normalize-dates';
import { extractQuotes } from './quotes/extract-quotes';
import { classifyTopics } from './topics/classify-topics';
import { simhash } from './fingerprint/simhash';

/**
 * Everything the enricher adds to one article. All offsets point into `input.text` (the title is used for
 * language and topics only). Entity recognition, places, quotes and dates are English-only rules; for other
 * languages the language, topics (English lexicon, so usually empty) and fingerprint are still meaningful.
 */
export function enrichArticle(input: EnrichmentInput): Enrichment {
  const text = input.text ?? '';
  const title = input.title ?? '';
  const language = input.language || detectLanguage(`${title}\n${text}`);
  const spans = recognizeEntities(text);
  const entities = groupEntities(spans, text);
  return {
    language,
    entities,
    places: resolvePlaces(spans, text),
    dates: normalizeDates(text, input.publishedAt),
    quotes: extractQuotes(text, entities),
    topics: classifyTopics(`${title}\n${text}`),
    fingerprint: simhash(text),
  };
}
