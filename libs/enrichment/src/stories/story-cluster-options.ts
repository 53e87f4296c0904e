/**
 * The knobs of online story clustering, with defaults and their checks. The indexer reads them from the
 * environment (STORY_* variables) and validates them at boot; the clusterer validates them again when built, so a
 * bad value can never slip in through code either.
 */
export interface StoryClusterOptions {
  /** An article joins a story when its best similarity to the story (centroid or a recent article) reaches this. */
  threshold: number;
  /** Most stories open at once; past it the least recently active closes (bounded memory). */
  maxOpenStories: number;
  /** A story with no new article for this long closes (ms). */
  quietPeriodMs: number;
  /** Profiles of a story's latest articles kept beside its centroid (a story drifts: the newest coverage matters). */
  recentArticles: number;
  /** Most terms in an article's profile (the heaviest by tf-idf). */
  profileTerms: number;
  /** Most terms in a story's centroid. */
  centroidTerms: number;
  /** Heaviest centroid terms a story is found by (besides its entities and places). */
  indexTerms: number;
  /** Most candidate stories scored per article (those sharing the most index keys with it). */
  maxCandidates: number;
  /** Most distinct entities and places counted per story (the rarest go first). */
  maxKeysPerStory: number;
  /** Distinct terms the document frequencies hold before they decay. */
  maxFrequencyTerms: number;
}

/**
 * Defaults chosen on the stream of the SemEval-2022 dev pairs' tuning half (each half's documents clustered as one
 * stream, a pair counted as "one story" when both documents got the same story; same story = Overall <= 2):
 * same-language F1 0.79 on the tuning half and 0.77 on the check half at threshold 0.4 (0.78 / 0.74 at 0.3, 0.74 /
 * 0.73 at 0.5); 10 candidates and 2 recent profiles score the same as 40 and 3 at less cost.
 * Profile terms 300, as the pair similarity is tuned with (`node bin/run.js bench/stories --profile-terms
 * 100,200,300`, with the shared-passage penalty and stemmers): same-language F1 at 0.4 tuning 0.79 / 0.80 / 0.80,
 * check 0.76 / 0.76 / 0.77; at 0.5 tuning 0.74 / 0.78 / 0.81, check 0.73 / 0.76 / 0.77 (so 300 is also less
 * sensitive to the threshold); cross-language check F1 at 0.4 0.59 / 0.64 / 0.67. Cost: plan+commit 0.99 -> 1.56 ms
 * CPU per article, stored state 8.3 -> 13.1 kB per open story. 0.4 stays: at 0.5 the check half's cross-language
 * pairs are never joined.
 */
export const DEFAULT_STORY_CLUSTER_OPTIONS: StoryClusterOptions = {
  threshold: 0.4,
  maxOpenStories: 2000,
  quietPeriodMs: 48 * 3600_000,
  recentArticles: 2,
  profileTerms: 300,
  centroidTerms: 150,
  indexTerms: 12,
  maxCandidates: 10,
  maxKeysPerStory: 64,
  maxFrequencyTerms: 200_000,
};

/** Every problem of `options`, as "name: what is wrong" lines (empty when they are all valid). */
export function storyClusterOptionProblems(options: StoryClusterOptions): string[] {
  const problems: string[] = [];
  const { threshold } = options;
  if (!(typeof threshold === 'number' && threshold > 0 && threshold < 1)) {
    problems.push(`threshold: expected a number above 0 and below 1, got ${String(threshold)}`);
  }
  const integers: [keyof StoryClusterOptions, number, number][] = [
    ['maxOpenStories', 1, 1_000_000],
    ['quietPeriodMs', 60_000, 365 * 24 * 3600_000],
    ['recentArticles', 0, 50],
    ['profileTerms', 5, 2000],
    ['centroidTerms', 5, 5000],
    ['indexTerms', 1, 200],
    ['maxCandidates', 1, 10_000],
    ['maxKeysPerStory', 1, 10_000],
    ['maxFrequencyTerms', 1000, 10_000_000],
  ];
  for (const [name, min, max] of integers) {
    const v = options[name];
    if (!(Number.isInteger(v) && v >= min && v <= max)) {
      problems.push(`${name}: expected an integer from ${min} to ${max}, got ${String(v)}`);
    }
  }
  if (problems.length === 0 && options.indexTerms > options.centroidTerms) {
    problems.push(`indexTerms (${options.indexTerms}) cannot exceed centroidTerms (${options.centroidTerms})`);
  }
  return problems;
}

export function resolveStoryClusterOptions(partial: Partial<StoryClusterOptions> = {}): StoryClusterOptions {
  const options = { ...DEFAULT_STORY_CLUSTER_OPTIONS, ...partial };
  const problems = storyClusterOptionProblems(options);
  if (problems.length) throw new RangeError(`story clustering options: ${problems.join('; ')}`);
  return options;
}
