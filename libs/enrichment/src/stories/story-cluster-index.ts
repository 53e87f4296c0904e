/**
 * "Shared keys first" candidate search: an inverted index from a story's keys (its heaviest centroid terms, its
 * entity keys and place ids) to the open stories that carry them. An article is scored only against the stories it
 * shares the most keys with, so the cost per article depends on how many stories look alike, not on how many are
 * open (scoring every open story would cost tens of milliseconds per article at two thousand stories).
 */
import type { StoryProfile } from './story-profile';
import type { StoryState } from './story-cluster-state';

export class StoryKeyIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();

  /** Indexes the story under `keys`, replacing what it was indexed under before. */
  set(storyId: string, keys: string[]): void {
    this.delete(storyId);
    this.keysOf.set(storyId, keys);
    for (const key of keys) {
      let set = this.postings.get(key);
      if (!set) this.postings.set(key, (set = new Set()));
      set.add(storyId);
    }
  }

  delete(storyId: string): void {
    for (const key of this.keysOf.get(storyId) ?? []) {
      const set = this.postings.get(key);
      set?.delete(storyId);
      if (set && set.size === 0) this.postings.delete(key);
    }
    this.keysOf.delete(storyId);
  }

  /** Adds to `counts`, for each story, how many of `keys` it is indexed under. */
  count(keys: Iterable<string>, counts: Map<string, number>): void {
    for (const key of keys) {
      for (const id of this.postings.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.keysOf.size;
  }

  /** Distinct keys held (for memory reports). */
  get keyCount(): number {
    return this.postings.size;
  }
}

/** What a story is found by: its `indexTerms` heaviest centroid terms, and all its entity keys and place ids. */
export function storyIndexKeys(story: StoryState, indexTerms: number): string[] {
  const terms = heaviestTerms(story.centroid, indexTerms).map((t) => `t:${t}`);
  return [
    ...terms,
    ...Object.keys(story.entityKeys).map((k) => `e:${k}`),
    ...Object.keys(story.placeKeys).map((k) => `p:${k}`),
  ];
}

/** What an article looks stories up by: every term of its profile, its entity keys and place ids. */
export function articleLookupKeys(profile: StoryProfile): string[] {
  return [
    ...Object.keys(profile.terms).map((t) => `t:${t}`),
    ...profile.entities.map((k) => `e:${k}`),
    ...profile.places.map((k) => `p:${k}`),
  ];
}

/** The `n` heaviest terms (ties: the first in key order), by one pass keeping a short sorted list, not a full sort. */
export function heaviestTerms(weights: Record<string, number>, n: number): string[] {
  const top: [string, number][] = [];
  for (const term in weights) {
    const w = weights[term];
    if (top.length === n && !heavier(term, w, top[n - 1])) continue;
    let i = top.length === n ? n - 1 : top.length;
    if (top.length === n) top.pop();
    while (i > 0 && heavier(term, w, top[i - 1])) i--;
    top.splice(i, 0, [term, w]);
  }
  return top.map(([t]) => t);
}

const heavier = (term: string, w: number, than: [string, number]): boolean =>
  w > than[1] || (w === than[1] && term < than[0]);
