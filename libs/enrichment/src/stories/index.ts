// The stories part of @newsflow/enrichment on its own (`@newsflow/enrichment/stories`, re-exports only): for a
// service that clusters stories but recognises nothing, the indexer. The lib's full index also loads the language
// detector's profiles and the recognisers (about 250 ms and 60 MB at start); this part alone about 20 ms and 8 MB.
export type { StoryDocument, StoryProfile } from './story-profile';
export { storyProfile } from './story-profile';
export { DocumentFrequencies } from './document-frequencies';
export { storySimilarity, DEFAULT_WEIGHTS } from './story-similarity';
export type { SimilarityWeights } from './story-similarity';
export { StoryClusterer, storyDocument } from './story-cluster';
export type { StoryAssignment, StoryJoin, StoryPlan, PlanContext } from './story-cluster';
export type { StoryArticle, StoryState, StoryEntityCount, StoryPlaceCount } from './story-cluster-state';
export { storyIdFor, topEntities, topPlaces } from './story-cluster-state';
export type { StoryClusterOptions } from './story-cluster-options';
export {
  DEFAULT_STORY_CLUSTER_OPTIONS,
  resolveStoryClusterOptions,
  storyClusterOptionProblems,
} from './story-cluster-options';
