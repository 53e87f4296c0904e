/**
 * What the indexer writes for one article, column by column: the `articles` row, its revision row and the
 * enrichment rows (entities, places, topics), each as RowColumn lists for unnestRows. Pure: no SQL is run here.
 */
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { fingerprintBands } from './fingerprint-bands';
import { searchConfigFor } from './search-config';
import { RowColumn } from './unnest-rows';

/** One article about to be written: the message (the batch's last for its id), its content hash and revision. */
export interface ArticleWrite {
  message: EnrichedArticleV1;
  traceId: string | null;
  hash: string;
  revision: number;
  /**
   * The source the row is stored under: the message's, or null when that source was deleted while the article was in
   * flight (what ON DELETE SET NULL did to the source's stored articles), never a foreign-key failure.
   */
  sourceId: string | null;
}

/** ISO timestamp of a page date ('2024-04-26' is midnight UTC); null when absent or unparseable. */
export function toTimestamp(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const band = (w: ArticleWrite, b: number) => fingerprintBands(w.message.enrichment.fingerprint)?.[b] ?? null;

export const ARTICLE_COLUMNS: RowColumn<ArticleWrite>[] = [
  { name: 'id', type: 'text', value: (w) => w.message.articleId },
  { name: 'url', type: 'text', value: (w) => w.message.url },
  { name: 'canonical_url', type: 'text', value: (w) => w.message.canonicalUrl },
  { name: 'source_id', type: 'uuid', value: (w) => w.sourceId },
  { name: 'title', type: 'text', value: (w) => w.message.article.title },
  { name: 'description', type: 'text', value: (w) => w.message.article.description },
  { name: 'authors', type: 'text[]', value: (w) => w.message.article.authors },
  { name: 'published_at', type: 'timestamptz', value: (w) => toTimestamp(w.message.article.publishedAt) },
  { name: 'published_at_text', type: 'text', value: (w) => w.message.article.publishedAt },
  { name: 'modified_at_text', type: 'text', value: (w) => w.message.article.modifiedAt },
  { name: 'section_path', type: 'text[]', value: (w) => w.message.article.sectionPath },
  { name: 'tags', type: 'text[]', value: (w) => w.message.article.tags },
  { name: 'lead_image', type: 'jsonb', value: (w) => w.message.article.leadImage },
  { name: 'language', type: 'text', value: (w) => articleLanguage(w.message) },
  { name: 'search_config', type: 'regconfig', value: (w) => searchConfigFor(articleLanguage(w.message)) },
  { name: 'site_name', type: 'text', value: (w) => w.message.article.siteName },
  { name: 'access_state', type: 'text', value: (w) => w.message.article.accessState },
  { name: 'text', type: 'long text', value: (w) => w.message.article.text },
  { name: 'blocks', type: 'jsonb', value: (w) => w.message.article.blocks },
  { name: 'entities', type: 'jsonb', value: (w) => w.message.enrichment.entities },
  { name: 'places', type: 'jsonb', value: (w) => w.message.enrichment.places },
  { name: 'dates', type: 'jsonb', value: (w) => w.message.enrichment.dates },
  { name: 'quotes', type: 'jsonb', value: (w) => w.message.enrichment.quotes },
  { name: 'topics', type: 'jsonb', value: (w) => w.message.enrichment.topics },
  { name: 'search_names', type: 'text', value: (w) => searchNames(w.message) },
  { name: 'fingerprint', type: 'text', value: (w) => w.message.enrichment.fingerprint },
  { name: 'fp_band0', type: 'integer', value: (w) => band(w, 0) },
  { name: 'fp_band1', type: 'integer', value: (w) => band(w, 1) },
  { name: 'fp_band2', type: 'integer', value: (w) => band(w, 2) },
  { name: 'fp_band3', type: 'integer', value: (w) => band(w, 3) },
  { name: 'content_hash', type: 'text', value: (w) => w.hash },
  { name: 'revision', type: 'integer', value: (w) => w.revision },
  { name: 'trace_id', type: 'text', value: (w) => w.traceId },
  { name: 'fetched_at', type: 'timestamptz', value: (w) => w.message.fetchedAt },
];

/**
 * "Names anywhere" heuristic: the search vector indexes only the lead of the body (see the search-names
 * migration), so the names the enricher found anywhere in the article (entities with their aliases, places) are
 * indexed on their own: a person named only in the tenth paragraph still finds the article. One name per line,
 * each once, in the order the enricher listed them.
 */
export function searchNames(message: EnrichedArticleV1): string {
  const names = new Set<string>();
  for (const e of message.enrichment.entities) {
    names.add(e.name);
    for (const alias of e.aliases) names.add(alias);
  }
  for (const p of message.enrichment.places) names.add(p.name);
  return [...names].join('\n');
}

/** The enricher's language when it found one, else the page's own. */
export function articleLanguage(message: EnrichedArticleV1): string | null {
  return message.enrichment.language ?? message.article.language;
}

/**
 * A revision row keeps the hash and title of that state; its text only once it is superseded (the current text is
 * the article's own), so a new article's body is stored once, not twice.
 */
export const REVISION_COLUMNS: RowColumn<ArticleWrite>[] = [
  { name: 'article_id', type: 'text', value: (w) => w.message.articleId },
  { name: 'revision', type: 'integer', value: (w) => w.revision },
  { name: 'content_hash', type: 'text', value: (w) => w.hash },
  { name: 'title', type: 'text', value: (w) => w.message.article.title },
];

export interface EntityRow {
  id: string;
  type: string;
  name: string;
}
export interface ArticleEntityRow {
  articleId: string;
  entityId: string;
  aliases: string[];
  mentions: unknown[];
}
export interface PlaceRow {
  id: string;
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  kind: string | null;
}
export interface ArticlePlaceRow {
  articleId: string;
  placeId: string;
  mentions: unknown[];
}
export interface ArticleTopicRow {
  articleId: string;
  code: string;
  label: string;
  score: number;
}

export interface EnrichmentRows {
  entities: EntityRow[];
  articleEntities: ArticleEntityRow[];
  places: PlaceRow[];
  articlePlaces: ArticlePlaceRow[];
  articleTopics: ArticleTopicRow[];
}

/**
 * The enrichment rows of the written articles: each entity and place once for the batch (sorted by id, so
 * concurrent batches take their row locks in one order), one link row per article and entity, place or topic
 * (the first occurrence wins when the enricher listed one twice).
 */
export function enrichmentRows(writes: ArticleWrite[]): EnrichmentRows {
  const entities = new Map<string, EntityRow>();
  const places = new Map<string, PlaceRow>();
  const rows: EnrichmentRows = { entities: [], articleEntities: [], places: [], articlePlaces: [], articleTopics: [] };
  for (const { message } of writes) {
    const articleId = message.articleId;
    const e = message.enrichment;
    const seenEntities = new Set<string>();
    for (const entity of e.entities) {
      entities.set(entity.id, { id: entity.id, type: entity.type, name: entity.name });
      if (seenEntities.has(entity.id)) continue;
      seenEntities.add(entity.id);
      rows.articleEntities.push({ articleId, entityId: entity.id, aliases: entity.aliases, mentions: entity.mentions });
    }
    const seenPlaces = new Set<string>();
    for (const place of e.places) {
      places.set(place.id, {
        id: place.id,
        name: place.name,
        countryCode: place.countryCode,
        lat: place.lat,
        lon: place.lon,
        kind: place.kind ?? null,
      });
      if (seenPlaces.has(place.id)) continue;
      seenPlaces.add(place.id);
      rows.articlePlaces.push({ articleId, placeId: place.id, mentions: place.mentions });
    }
    const seenTopics = new Set<string>();
    for (const topic of e.topics) {
      if (seenTopics.has(topic.code)) continue;
      seenTopics.add(topic.code);
      rows.articleTopics.push({ articleId, code: topic.code, label: topic.label, score: topic.score });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  rows.entities = [...entities.values()].sort(byId);
  rows.places = [...places.values()].sort(byId);
  return rows;
}

export const ENTITY_COLUMNS: RowColumn<EntityRow>[] = [
  { name: 'id', type: 'text', value: (r) => r.id },
  { name: 'type', type: 'text', value: (r) => r.type },
  { name: 'name', type: 'text', value: (r) => r.name },
];

export const ARTICLE_ENTITY_COLUMNS: RowColumn<ArticleEntityRow>[] = [
  { name: 'article_id', type: 'text', value: (r) => r.articleId },
  { name: 'entity_id', type: 'text', value: (r) => r.entityId },
  { name: 'aliases', type: 'text[]', value: (r) => r.aliases },
  { name: 'mentions', type: 'jsonb', value: (r) => r.mentions },
  { name: 'mention_count', type: 'integer', value: (r) => r.mentions.length },
];

export const PLACE_COLUMNS: RowColumn<PlaceRow>[] = [
  { name: 'id', type: 'text', value: (r) => r.id },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'country_code', type: 'text', value: (r) => r.countryCode },
  { name: 'lat', type: 'float8', value: (r) => r.lat },
  { name: 'lon', type: 'float8', value: (r) => r.lon },
  { name: 'kind', type: 'text', value: (r) => r.kind },
];

export const ARTICLE_PLACE_COLUMNS: RowColumn<ArticlePlaceRow>[] = [
  { name: 'article_id', type: 'text', value: (r) => r.articleId },
  { name: 'place_id', type: 'text', value: (r) => r.placeId },
  { name: 'mentions', type: 'jsonb', value: (r) => r.mentions },
  { name: 'mention_count', type: 'integer', value: (r) => r.mentions.length },
];

export const ARTICLE_TOPIC_COLUMNS: RowColumn<ArticleTopicRow>[] = [
  { name: 'article_id', type: 'text', value: (r) => r.articleId },
  { name: 'code', type: 'text', value: (r) => r.code },
  { name: 'label', type: 'text', value: (r) => r.label },
  { name: 'score', type: 'real', value: (r) => r.score },
];
