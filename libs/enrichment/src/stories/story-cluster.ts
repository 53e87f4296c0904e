/**
 * Online story clustering: each article of the stream gets a story, the same event told by several outlets.
 *
 * An article joins the open story it is most similar to (storySimilarity against the story's centroid and its
 * latest articles; the best of those) when that similarity reaches the threshold, and starts a story of its own
 * otherwise. A near-duplicate (a syndicated copy, linked by the fingerprint to its original) joins its original's
 * story without being scored. A story closes when no article joined it for the quiet period, or when more than
 * `maxOpenStories` are open (the least recently active goes first); a closed story is never joined by similarity
 * again, only by copies of its articles.
 *
 * Two steps, so the caller can make the decision part of a database transaction: `plan` decides a batch without
 * changing anything here (the states it returns are new objects), `commit` adopts the plan once it is stored. A
 * failed transaction just drops its plan. `load` takes stories another process changed (the indexer's replicas
 * catch up from the store before planning). Pure: no I/O, time comes in as an argument.
 */
import { DocumentFrequencies } from './document-frequencies';
import { storyProfile, StoryDocument, StoryProfile } from './story-profile';
import { storySimilarity } from './story-similarity';
import { articleLookupKeys, StoryKeyIndex, storyIndexKeys } from './story-cluster-index';
import { resolveStoryClusterOptions, StoryClusterOptions } from './story-cluster-options';
import {
  centroidProfile,
  closedState,
  newStoryState,
  publishedInstant,
  StoryArticle,
  StoryState,
  withDuplicate,
  withMember,
} from './story-cluster-state';

export type StoryJoin = 'seed' | 'similarity' | 'duplicate';

export interface StoryAssignment {
  articleId: string;
  storyId: string;
  joinedBy: StoryJoin;
  /** The similarity that made it join (null for a seed or a duplicate). */
  similarity: number | null;
}

export interface StoryPlan {
  version: number;
  assignments: Map<string, StoryAssignment>;
  /** Every story the batch created, changed or closed, in its final state, stamped with `version`. */
  changed: StoryState[];
  created: Set<string>;
  /** Articles that joined each changed story in this batch. */
  added: Map<string, string[]>;
  /**
   * Near-duplicates of articles whose story is not open here (closed, or never loaded): they belong to that story,
   * and the caller counts them in its stored row.
   */
  closedJoins: { articleId: string; storyId: string }[];
  /** Profiles of the articles that joined by their own words: counted in the document frequencies on commit. */
  profiles: StoryProfile[];
}

export interface PlanContext {
  /** The stream's clock: when these articles are assigned. */
  now: Date;
  /** The version the changes will be stored under (the store's clock plus one). */
  version: number;
  /** Stories of articles already stored (the originals of near-duplicates, articles that changed). */
  storyOfArticle?: ReadonlyMap<string, string>;
  /** Profiles made beforehand (`profile`), e.g. before a lock is taken; the others are made in the plan. */
  profiles?: ReadonlyMap<string, StoryProfile>;
}

export class StoryClusterer {
  readonly options: StoryClusterOptions;
  private readonly stories = new Map<string, StoryState>();
  private readonly index = new StoryKeyIndex();
  private readonly centroids = new WeakMap<StoryState, StoryProfile>();
  private df: DocumentFrequencies;
  /** The version of the latest change this clusterer holds (0: none yet). */
  version = 0;

  constructor(options: Partial<StoryClusterOptions> = {}, frequencies?: DocumentFrequencies) {
    this.options = resolveStoryClusterOptions(options);
    this.df = frequencies ?? new DocumentFrequencies(this.options.maxFrequencyTerms);
  }

  get openStories(): number {
    return this.stories.size;
  }

  get frequencies(): DocumentFrequencies {
    return this.df;
  }

  /** Replaces the document frequencies (e.g. with the snapshot the store keeps, at start). */
  useFrequencies(df: DocumentFrequencies): void {
    this.df = df;
  }

  story(id: string): StoryState | undefined {
    return this.stories.get(id);
  }

  /** The open stories (in no particular order). */
  openStates(): IterableIterator<StoryState> {
    return this.stories.values();
  }

  /**
   * Takes stories as another process stored them (open ones are held, closed ones dropped), up to `version`. With
   * `learn`, the profiles of their recent articles that are new here are counted in the document frequencies, so a
   * replica's frequencies follow the articles other replicas assigned too (all of them, unless more than
   * `recentArticles` joined one story at once).
   */
  load(states: Iterable<StoryState>, version: number, options: { learn?: boolean } = {}): void {
    for (const s of states) {
      if (options.learn && !s.closed) {
        const known = new Set(this.stories.get(s.id)?.recent.map((r) => r.articleId));
        for (const r of s.recent) if (!known.has(r.articleId)) this.df.add(r.profile);
      }
      this.adopt(s);
    }
    this.version = Math.max(this.version, version);
  }

  /** Forgets stories that closed elsewhere. */
  drop(storyIds: Iterable<string>): void {
    for (const id of storyIds) {
      this.stories.delete(id);
      this.index.delete(id);
    }
  }

  /**
   * Decides the batch; changes nothing here. Articles are taken earliest published first (so the first report of
   * an event seeds its story, whatever order the batch came in), near-duplicates after all the others (their
   * originals may be in the same batch).
   */
  plan(articles: StoryArticle[], context: PlanContext): StoryPlan {
    const now = context.now.toISOString();
    const o = this.options;
    const overlay = new Map<string, StoryState>();
    const overlayIndex = new StoryKeyIndex();
    const plan: StoryPlan = {
      version: context.version,
      assignments: new Map(),
      changed: [],
      created: new Set(),
      added: new Map(),
      closedJoins: [],
      profiles: [],
    };
    const current = (id: string): StoryState | undefined => overlay.get(id) ?? this.stories.get(id);
    const put = (s: StoryState, index: boolean) => {
      overlay.set(s.id, s);
      if (index && !s.closed) overlayIndex.set(s.id, storyIndexKeys(s, o.indexTerms));
      if (s.closed) overlayIndex.delete(s.id);
    };
    const isOpen = (id: string) => {
      const s = current(id);
      return s !== undefined && !s.closed;
    };

    // The quiet ones close first: an article arriving now cannot join a story that went quiet before it.
    const quietBefore = new Date(context.now.getTime() - o.quietPeriodMs).toISOString();
    for (const s of this.stories.values()) if (s.lastSeenAt < quietBefore) put(closedState(s, now), false);

    for (const article of inPlanOrder(articles)) {
      const assign = (storyId: string, joinedBy: StoryJoin, similarity: number | null) => {
        plan.assignments.set(article.articleId, { articleId: article.articleId, storyId, joinedBy, similarity });
        const list = plan.added.get(storyId);
        if (list) list.push(article.articleId);
        else plan.added.set(storyId, [article.articleId]);
      };
      if (plan.assignments.has(article.articleId)) continue;
      if (article.duplicateOf) {
        const original =
          plan.assignments.get(article.duplicateOf)?.storyId ?? context.storyOfArticle?.get(article.duplicateOf);
        if (original !== undefined) {
          if (isOpen(original)) {
            put(withDuplicate(current(original)!, article, now), false);
            assign(original, 'duplicate', null);
          } else {
            plan.closedJoins.push({ articleId: article.articleId, storyId: original });
            plan.assignments.set(article.articleId, {
              articleId: article.articleId,
              storyId: original,
              joinedBy: 'duplicate',
              similarity: null,
            });
          }
          continue;
        }
        // An original without a story (stored before stories existed): the copy is clustered by its words.
      }
      const profile = context.profiles?.get(article.articleId) ?? this.profile(article);
      plan.profiles.push(profile);
      const best = this.bestStory(profile, overlayIndex, current);
      if (best && best.similarity >= o.threshold) {
        put(withMember(current(best.id)!, article, profile, now, o), true);
        assign(best.id, 'similarity', best.similarity);
      } else {
        const story = newStoryState(article, profile, now, o);
        if (current(story.id)) {
          // Only a replay of the article that started it can meet its id again: it stays in that story.
          assign(story.id, 'seed', null);
          continue;
        }
        put(story, true);
        plan.created.add(story.id);
        assign(story.id, 'seed', null);
      }
    }

    // Bounded memory: past the cap, the least recently active stories close (those this batch touched last).
    let open = 0;
    for (const id of new Set([...this.stories.keys(), ...overlay.keys()])) if (isOpen(id)) open++;
    if (open > o.maxOpenStories) {
      const byActivity = [...new Set([...this.stories.keys(), ...overlay.keys()])]
        .map((id) => current(id)!)
        .filter((s) => !s.closed)
        .sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? -1 : a.lastSeenAt > b.lastSeenAt ? 1 : a.id < b.id ? -1 : 1));
      for (const s of byActivity.slice(0, open - o.maxOpenStories)) put(closedState(s, now), false);
    }

    for (const s of overlay.values()) plan.changed.push({ ...s, version: context.version });
    return plan;
  }

  /** The article's profile by the current document frequencies (what `plan` compares). */
  profile(article: StoryArticle): StoryProfile {
    return storyProfile(storyDocument(article), this.df, { maxTerms: this.options.profileTerms });
  }

  /** Adopts a plan once it is stored: its stories, and its articles' terms in the document frequencies. */
  commit(plan: StoryPlan): void {
    for (const s of plan.changed) this.adopt(s);
    for (const p of plan.profiles) this.df.add(p);
    this.version = Math.max(this.version, plan.version);
  }

  private adopt(s: StoryState): void {
    if (s.closed) {
      this.stories.delete(s.id);
      this.index.delete(s.id);
      return;
    }
    this.stories.set(s.id, s);
    this.index.set(s.id, storyIndexKeys(s, this.options.indexTerms));
  }

  /** The most similar open story among those sharing the most keys with the article (ties: the smaller id). */
  private bestStory(
    profile: StoryProfile,
    overlayIndex: StoryKeyIndex,
    current: (id: string) => StoryState | undefined,
  ): { id: string; similarity: number } | null {
    const keys = articleLookupKeys(profile);
    const shared = new Map<string, number>();
    this.index.count(keys, shared);
    const fresh = new Map<string, number>();
    overlayIndex.count(keys, fresh);
    // A story changed in this batch is counted by its new keys only.
    for (const [id, n] of fresh) shared.set(id, n);
    const candidates = [...shared]
      .filter(([id]) => {
        const s = current(id);
        return s !== undefined && !s.closed;
      })
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.options.maxCandidates);
    let best: { id: string; similarity: number } | null = null;
    for (const [id] of candidates) {
      const similarity = this.similarityTo(profile, current(id)!);
      if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) {
        best = { id, similarity };
      }
    }
    return best;
  }

  private similarityTo(profile: StoryProfile, story: StoryState): number {
    let centroid = this.centroids.get(story);
    if (!centroid) this.centroids.set(story, (centroid = centroidProfile(story)));
    let best = storySimilarity(profile, centroid, this.df);
    for (const r of story.recent) best = Math.max(best, storySimilarity(profile, r.profile, this.df));
    return best;
  }
}

/** Earliest published first (undated last, then by id), near-duplicates at the end in the order given. */
function inPlanOrder(articles: StoryArticle[]): StoryArticle[] {
  const key = (a: StoryArticle) => publishedInstant(a.publishedAt) ?? '~';
  const own = articles
    .filter((a) => !a.duplicateOf)
    .map((a) => ({ a, k: key(a) }))
    .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : x.a.articleId < y.a.articleId ? -1 : 1))
    .map((x) => x.a);
  return [...own, ...articles.filter((a) => a.duplicateOf)];
}

/** The article as the similarity reads it. */
export function storyDocument(article: StoryArticle): StoryDocument {
  return {
    title: article.title,
    text: article.text,
    language: article.language,
    published: article.publishedAt,
    entities: article.entities.map((e) => ({ text: e.name, type: e.type })),
    places: article.places.map((p) => ({ id: p.id, name: p.name })),
  };
}
