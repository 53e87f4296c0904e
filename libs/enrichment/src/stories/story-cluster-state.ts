/**
 * One story as the clusterer keeps it: JSON-serialisable (the indexer stores it beside the story row, so another
 * replica, or the next process, picks it up exactly) and bounded (a capped centroid, a few recent profiles, capped
 * entity and place counts), however many articles join. States are never changed in place: each change makes a new
 * object, so a plan can be thrown away when its transaction fails.
 */
import { createHash } from 'node:crypto';
import type { EntityType } from '../types';
import type { StoryProfile } from './story-profile';
import type { StoryClusterOptions } from './story-cluster-options';

/** An article offered to the clusterer: what the enricher found, and whether it is a near-duplicate. */
export interface StoryArticle {
  articleId: string;
  title: string | null;
  text: string;
  language: string | null;
  /** ISO date or instant, or null when the page gave none. */
  publishedAt: string | null;
  entities: { id: string; name: string; type: EntityType }[];
  places: { id: string; name: string; countryCode: string | null }[];
  /** Set when the article nearly duplicates an earlier one (a syndicated copy): it joins that article's story. */
  duplicateOf: string | null;
}

export interface StoryEntityCount {
  name: string;
  type: EntityType;
  articles: number;
}

export interface StoryPlaceCount {
  name: string;
  countryCode: string | null;
  articles: number;
}

export interface StoryState {
  v: 1;
  id: string;
  title: string | null;
  language: string | null;
  firstArticleId: string;
  firstSeenAt: string;
  lastSeenAt: string;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  articleCount: number;
  duplicateCount: number;
  /** Sum of the members' unit term vectors, only the heaviest `centroidTerms` kept. */
  centroid: Record<string, number>;
  /** Similarity keys (the profiles' entity keys and place ids) → how many members carry them. */
  entityKeys: Record<string, number>;
  placeKeys: Record<string, number>;
  /** Profiles of the latest members, oldest first. */
  recent: { articleId: string; profile: StoryProfile }[];
  /** The enricher's entities and places → how many members name them (for top entities and places). */
  entities: Record<string, StoryEntityCount>;
  places: Record<string, StoryPlaceCount>;
  closed: boolean;
  closedAt: string | null;
  /** Clock value of the last change (set by whoever stores the change). */
  version: number;
}

/** The id of the story an article starts: derived from the article id, so a replayed plan gives the same story. */
export function storyIdFor(firstArticleId: string): string {
  return createHash('sha256').update(`newsflow-story:${firstArticleId}`).digest('hex').slice(0, 32);
}

/** The ISO instant of a page date ('2024-04-26' is midnight UTC), or null. */
export function publishedInstant(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function newStoryState(
  article: StoryArticle,
  profile: StoryProfile,
  now: string,
  options: StoryClusterOptions,
): StoryState {
  const published = publishedInstant(article.publishedAt);
  const empty: StoryState = {
    v: 1,
    id: storyIdFor(article.articleId),
    title: article.title,
    language: article.language,
    firstArticleId: article.articleId,
    firstSeenAt: now,
    lastSeenAt: now,
    firstPublishedAt: published,
    lastPublishedAt: published,
    articleCount: 0,
    duplicateCount: 0,
    centroid: {},
    entityKeys: {},
    placeKeys: {},
    recent: [],
    entities: {},
    places: {},
    closed: false,
    closedAt: null,
    version: 0,
  };
  return withMember(empty, article, profile, now, options);
}

/** The story with one more member that tells it in its own words: centroid, keys, recent profiles and counts. */
export function withMember(
  story: StoryState,
  article: StoryArticle,
  profile: StoryProfile,
  now: string,
  options: StoryClusterOptions,
): StoryState {
  // Summed in a Map: a record of hundreds of keys is a slow dictionary to copy and update in place.
  const centroid = new Map(Object.entries(story.centroid));
  for (const term in profile.terms) centroid.set(term, (centroid.get(term) ?? 0) + profile.terms[term]);
  const entities = { ...story.entities };
  for (const e of distinctById(article.entities)) {
    const had = entities[e.id];
    entities[e.id] = { name: had?.name ?? e.name, type: had?.type ?? e.type, articles: (had?.articles ?? 0) + 1 };
  }
  const places = { ...story.places };
  for (const p of distinctById(article.places)) {
    const had = places[p.id];
    places[p.id] = {
      name: had?.name ?? p.name,
      countryCode: had?.countryCode ?? p.countryCode,
      articles: (had?.articles ?? 0) + 1,
    };
  }
  const recent = [...story.recent, { articleId: article.articleId, profile }];
  return {
    ...withCoverage(story, article, now),
    articleCount: story.articleCount + 1,
    centroid: pruned(centroid, options.centroidTerms),
    entityKeys: capCounts(addKeys(story.entityKeys, profile.entities), options.maxKeysPerStory),
    placeKeys: capCounts(addKeys(story.placeKeys, profile.places), options.maxKeysPerStory),
    recent: recent.slice(Math.max(0, recent.length - options.recentArticles)),
    entities: capCounts(entities, options.maxKeysPerStory),
    places: capCounts(places, options.maxKeysPerStory),
  };
}

/** The story with a near-duplicate of one of its articles: counted and seen, but it adds no words of its own. */
export function withDuplicate(story: StoryState, article: StoryArticle, now: string): StoryState {
  return {
    ...withCoverage(story, article, now),
    articleCount: story.articleCount + 1,
    duplicateCount: story.duplicateCount + 1,
  };
}

export function closedState(story: StoryState, now: string): StoryState {
  return { ...story, closed: true, closedAt: now };
}

/** The story's top entities and places, most articles first (then by name): what the store and events show. */
export function topEntities(story: StoryState, n = 10): ({ id: string } & StoryEntityCount)[] {
  return ranked(story.entities, n);
}

export function topPlaces(story: StoryState, n = 10): ({ id: string } & StoryPlaceCount)[] {
  return ranked(story.places, n);
}

/**
 * The story as one profile the similarity can compare an article with: its centroid at unit length, the keys that
 * at least a quarter of its members carry (all of them while it is small), and the day of its latest coverage.
 */
export function centroidProfile(story: StoryState): StoryProfile {
  const entries = Object.entries(story.centroid);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const terms: Record<string, number> = {};
  for (const [term, w] of entries) terms[term] = w / norm;
  const members = Math.max(1, story.articleCount - story.duplicateCount);
  const least = Math.max(1, Math.ceil(members / 4));
  const frequent = (keys: Record<string, number>) =>
    Object.entries(keys)
      .filter(([, n]) => n >= least)
      .map(([k]) => k);
  return {
    v: 1,
    language: story.language,
    terms,
    entities: frequent(story.entityKeys),
    places: frequent(story.placeKeys),
    published: story.lastPublishedAt ? story.lastPublishedAt.slice(0, 10) : null,
  };
}

function withCoverage(story: StoryState, article: StoryArticle, now: string): StoryState {
  const published = publishedInstant(article.publishedAt);
  const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);
  const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
  return {
    ...story,
    lastSeenAt: now > story.lastSeenAt ? now : story.lastSeenAt,
    firstPublishedAt: earlier(story.firstPublishedAt, published),
    lastPublishedAt: later(story.lastPublishedAt, published),
  };
}

function distinctById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

function addKeys(counts: Record<string, number>, keys: string[]): Record<string, number> {
  const out = { ...counts };
  for (const k of new Set(keys)) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/**
 * "Prune late" heuristic: the centroid may grow to half again its bound before it is cut back to the heaviest `n`
 * terms, so the sort runs once every few joins instead of on each (it was the largest cost of a join). Weights are
 * rounded to 4 decimals: the state is stored as JSON, fewer digits are less to write.
 */
function pruned(weights: Map<string, number>, n: number): Record<string, number> {
  const entries = [...weights];
  const kept =
    entries.length <= Math.floor(n * 1.5)
      ? entries
      : entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  const out: Record<string, number> = {};
  for (const [term, w] of kept) out[term] = Math.round(w * 1e4) / 1e4;
  return out;
}

/** At most `n` entries, the most frequent (ties: the first in key order), so a long story's counts stay bounded. */
function capCounts<T extends number | { articles: number }>(counts: Record<string, T>, n: number): Record<string, T> {
  const entries = Object.entries(counts);
  if (entries.length <= n) return counts;
  const count = (v: T) => (typeof v === 'number' ? v : v.articles);
  entries.sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, n));
}

function ranked<T extends { articles: number; name: string }>(
  counts: Record<string, T>,
  n: number,
): ({ id: string } & T)[] {
  return Object.entries(counts)
    .map(([id, c]) => ({ id, ...c }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .slice(0, n);
}
