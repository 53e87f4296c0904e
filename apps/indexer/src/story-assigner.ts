import { EntityManager } from 'typeorm';
import { EnrichedArticleV1, StoryEventV1 } from '@newsflow/contracts';
import {
  IndexResult,
  IndexTransactionStep,
  loadStoryFrequencies,
  lockStories,
  saveStories,
  saveStoryFrequencies,
  storiesChangedSince,
  storiesOfArticles,
  StoryLink,
} from '@newsflow/db';
import {
  DocumentFrequencies,
  StoryArticle,
  StoryClusterer,
  StoryClusterOptions,
  StoryState,
} from '@newsflow/enrichment/stories';
import { storyArticle } from './story-article';
import { storedStory, storyEvent } from './story-events';

export interface StoryAssignerOptions {
  cluster: Partial<StoryClusterOptions>;
  frequenciesSaveEveryMs: number;
  clock?: () => Date;
}

/**
 * The indexer's story step, inside the transaction that writes a batch's articles (IndexTransactionStep):
 *
 * 0. before the lock: the stories the batch's articles (and the originals of its near-duplicates) already have, and
 *    the profiles of the others (the costliest part, so it stays out of the serialised section);
 * 1. take the story lock and read the story clock (lockStories): batches of all replicas assign stories one at a
 *    time, in clock order, while their article writes still run side by side;
 * 2. catch up: stories other replicas changed since this replica's clock (their clustering state is stored with
 *    them), so every replica decides on the same open stories;
 * 3. plan the batch (StoryClusterer.plan): each new article joins a story or starts one; a near-duplicate joins its
 *    original's; an article stored before keeps its story;
 * 4. store the changed stories, the article links and the clock, fill in each result's storyId and the story events
 *    to publish (each changed story's once, on its last article of the batch);
 * 5. after the commit, the clusterer adopts the plan. A rolled-back transaction drops it: nothing was adopted.
 *
 * Document frequencies are each replica's own, learned from the articles it assigns and from those other replicas
 * assigned (their profiles arrive with the stories it catches up on); the store keeps a snapshot, refreshed every
 * `frequenciesSaveEveryMs` by whichever replica holds the lock, that a starting replica begins with.
 */
export class StoryAssigner implements IndexTransactionStep {
  private clusterer: StoryClusterer;
  private frequenciesLoaded = false;
  private readonly clock: () => Date;

  constructor(private readonly options: StoryAssignerOptions) {
    this.clusterer = new StoryClusterer(options.cluster);
    this.clock = options.clock ?? (() => new Date());
  }

  /** Open stories held (for metrics and tests). */
  get openStories(): number {
    return this.clusterer.openStories;
  }

  async run(
    m: EntityManager,
    results: Map<string, IndexResult>,
    messages: ReadonlyMap<string, EnrichedArticleV1>,
  ): Promise<() => void> {
    // Before the lock (only the plan needs it): which articles have a story already, and the profiles of the
    // others. The batch's own rows are locked by this transaction, and an original's story committed with it.
    const ids = [...results.keys()].sort();
    const duplicateOf = ids.map((id) => results.get(id)!.duplicateOf).filter((x): x is string => x !== null);
    const known = await storiesOfArticles(m, [...ids, ...duplicateOf]);
    const toCluster: StoryArticle[] = [];
    for (const id of ids) {
      const stored = known.get(id);
      if (stored !== undefined) results.get(id)!.storyId = stored;
      else toCluster.push(storyArticle(messages.get(id)!, results.get(id)!.duplicateOf));
    }
    const profiles = new Map(
      toCluster.filter((a) => !a.duplicateOf).map((a) => [a.articleId, this.clusterer.profile(a)] as const),
    );

    const clock = await lockStories(m);
    await this.catchUp(m, clock.version);
    const now = this.clock();
    const version = clock.version + 1;
    const plan = this.clusterer.plan(toCluster, { now, version, storyOfArticle: known, profiles });
    if (plan.assignments.size === 0 && plan.changed.length === 0) return () => undefined;

    const stories = plan.changed.map(storedStory);
    const links: StoryLink[] = [...plan.assignments.values()].map((a) => ({
      articleId: a.articleId,
      storyId: a.storyId,
      joinedBy: a.joinedBy,
      similarity: a.similarity === null ? null : Math.round(a.similarity * 1e4) / 1e4,
    }));
    const nowIso = now.toISOString();
    const { reopened, unlinked } = await saveStories(m, version, stories, links, plan.closedJoins, nowIso);
    if (this.frequenciesDue(clock.frequenciesSavedAt, now)) {
      await saveStoryFrequencies(m, this.clusterer.frequencies.toJSON());
    }

    for (const a of plan.assignments.values())
      if (!unlinked.has(a.articleId)) results.get(a.articleId)!.storyId = a.storyId;
    const events: { event: StoryEventV1; articleIds: string[] }[] = [
      ...stories.map((s) => ({
        event: storyEvent(s, plan.created.has(s.id) ? 'created' : 'updated', plan.added.get(s.id) ?? [], nowIso),
        articleIds: plan.added.get(s.id) ?? [],
      })),
      ...reopened.map((s) => {
        const added = plan.closedJoins.filter((j) => j.storyId === s.id).map((j) => j.articleId);
        return { event: storyEvent(s, 'updated', added, nowIso), articleIds: added };
      }),
    ];
    for (const { event, articleIds } of events) {
      // On the story's last article of the batch (in id order), or the batch's first when only closing it.
      const carrier = articleIds.length ? [...articleIds].sort()[articleIds.length - 1] : ids[0];
      const result = results.get(carrier)!;
      (result.storyEvents ??= []).push(event);
    }
    return () => this.clusterer.commit(plan);
  }

  /** Brings this replica's stories up to the store's clock (from scratch when the store is behind it). */
  private async catchUp(m: EntityManager, version: number): Promise<void> {
    if (version < this.clusterer.version) {
      // The store went back (restored, or its stories were removed): start again from what it holds.
      const df = this.clusterer.frequencies;
      this.clusterer = new StoryClusterer(this.options.cluster, df);
    }
    if (!this.frequenciesLoaded) {
      const snapshot = await loadStoryFrequencies(m);
      if (snapshot) this.clusterer.useFrequencies(DocumentFrequencies.fromJSON(snapshot as never));
      this.frequenciesLoaded = true;
    }
    if (version === this.clusterer.version) return;
    const initial = this.clusterer.version === 0;
    const changed = await storiesChangedSince(m, this.clusterer.version);
    this.clusterer.drop(changed.closed);
    this.clusterer.load(changed.open as StoryState[], version, { learn: !initial });
  }

  private frequenciesDue(savedAt: string | null, now: Date): boolean {
    return savedAt === null || now.getTime() - Date.parse(savedAt) >= this.options.frequenciesSaveEveryMs;
  }
}
