// Public API of @newsflow/enrichment (re-exports only; inside the lib, files import each other directly).
export type {
  EnrichmentInput,
  EntityType,
  Mention,
  EntitySpan,
  Entity,
  Place,
  DateMention,
  Quote,
  Topic,
  Enrichment,
} from './types';
export { enrichArticle } from './enrich-article';
export { warmUpEnrichment } from './warm-up';
export { recognizeEntities, recognizeEntitiesByRules, recognizeEntitiesWithTagger } from './ner/recognize-entities';
export { loadTaggerModel } from './ner/tagger/model-loader';
export { fingerprintDistance, simhash } from './fingerprint/simhash';
export { detectLanguage } from './language/detect-language';
export { groupEntities } from './entities/group-entities';
export { resolvePlaces } from './geo/resolve-places';
export { normalizeDates } from './dates/normalize-dates';
export { extractQuotes } from './quotes/extract-quotes';
export { classifyTopics } from './topics/classify-topics';
export { loadGazetteer } from './geo/gazetteer';
export { articleInputFromFile, articleInputFromJson } from './article-input';
export type { StoryDocument, StoryProfile, ProfileOptions } from './stories/story-profile';
export { storyProfile } from './stories/story-profile';
export { DocumentFrequencies } from './stories/document-frequencies';
export { storySimilarity, SAME_STORY_THRESHOLD } from './stories/story-similarity';
export { StoryClusterer, storyDocument } from './stories/story-cluster';
export type { StoryAssignment, StoryJoin, StoryPlan, PlanContext } from './stories/story-cluster';
export type { StoryArticle, StoryState, StoryEntityCount, StoryPlaceCount } from './stories/story-cluster-state';
export { storyIdFor, topEntities, topPlaces } from './stories/story-cluster-state';
export type { StoryClusterOptions } from './stories/story-cluster-options';
export {
  DEFAULT_STORY_CLUSTER_OPTIONS,
  resolveStoryClusterOptions,
  storyClusterOptionProblems,
} from './stories/story-cluster-options';
