import { bool, EnvParser, int, loadConfig } from '@newsflow/config';
import { DEFAULT_STORY_CLUSTER_OPTIONS, StoryClusterOptions } from '@newsflow/enrichment/stories';

/** A decimal strictly between 0 and 1 (a similarity threshold). */
const fraction: EnvParser<number> = (raw) => {
  if (!/^(0(\.\d+)?|\.\d+)$/.test(raw)) throw new Error('expected a decimal number above 0 and below 1');
  const n = Number(raw);
  if (!(n > 0 && n < 1)) throw new Error('expected a decimal number above 0 and below 1');
  return n;
};

const D = DEFAULT_STORY_CLUSTER_OPTIONS;

/** Story clustering in the indexer (issue 18): the variables it reads, validated at boot with the others. */
export const storyEnvSpec = {
  STORIES_ENABLED: {
    parse: bool,
    default: true,
    description: 'assign each indexed article to a story and publish story events (false: articles get no story)',
  },
  STORY_SIMILARITY_THRESHOLD: {
    parse: fraction,
    default: D.threshold,
    description:
      "an article joins a story when its similarity to the story's centroid or a recent article reaches this",
  },
  STORY_QUIET_HOURS: {
    parse: int(1, 24 * 365),
    default: D.quietPeriodMs / 3600_000,
    description: 'a story that no article joined for this many hours closes',
  },
  STORY_MAX_OPEN: {
    parse: int(1, 1_000_000),
    default: D.maxOpenStories,
    description:
      'most stories open at once (each replica holds them all in memory); past it the least recently active closes',
  },
  STORY_PROFILE_TERMS: {
    parse: int(5, 2000),
    default: D.profileTerms,
    description: "most terms in an article's profile (the heaviest by tf-idf)",
  },
  STORY_RECENT_ARTICLES: {
    parse: int(0, 50),
    default: D.recentArticles,
    description: "profiles of a story's latest articles compared besides its centroid",
  },
  STORY_FREQUENCIES_SAVE_SECONDS: {
    parse: int(10, 86_400),
    default: 300,
    description: 'how often the document frequencies are saved to the store (a new replica starts from them)',
  },
};

export interface StoryConfig {
  enabled: boolean;
  cluster: Partial<StoryClusterOptions>;
  frequenciesSaveEveryMs: number;
}

export function storyConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoryConfig {
  const c = loadConfig(storyEnvSpec, env);
  return {
    enabled: c.STORIES_ENABLED,
    cluster: {
      threshold: c.STORY_SIMILARITY_THRESHOLD,
      quietPeriodMs: c.STORY_QUIET_HOURS * 3600_000,
      maxOpenStories: c.STORY_MAX_OPEN,
      profileTerms: c.STORY_PROFILE_TERMS,
      recentArticles: c.STORY_RECENT_ARTICLES,
    },
    frequenciesSaveEveryMs: c.STORY_FREQUENCIES_SAVE_SECONDS * 1000,
  };
}
