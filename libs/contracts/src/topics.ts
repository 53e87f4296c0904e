/**
 * Every Kafka topic Newsflow uses, declared once. The stack, `newsflow topics create` and the services all read
 * this table, so partitions, retention and size limits cannot drift between environments.
 */
export type StageName = 'fetcher' | 'parser' | 'enricher' | 'indexer';

export interface TopicSpec {
  name: string;
  partitions: number;
  /** retention.ms; -1 keeps forever (compacted topics). */
  retentionMs: number;
  /** max.message.bytes: raw pages can be large, articles are smaller. */
  maxMessageBytes: number;
  cleanupPolicy: 'delete' | 'compact';
  description: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;

export const Topics = {
  fetchRequests: {
    name: 'newsflow.fetch-requests.v1',
    partitions: 6,
    retentionMs: 7 * DAY_MS,
    maxMessageBytes: 1 * MB,
    cleanupPolicy: 'delete',
    description: 'URLs to fetch: from feed/sitemap polls, URL lists and `newsflow ingest`. Input of the fetcher.',
  },
  pagesFetched: {
    name: 'newsflow.pages.fetched.v1',
    partitions: 6,
    retentionMs: 3 * DAY_MS,
    maxMessageBytes: 16 * MB,
    cleanupPolicy: 'delete',
    description: 'Raw pages fetched, decoded to UTF-8, with HTTP metadata. Output of the fetcher, input of the parser.',
  },
  pagesFetchedV2: {
    name: 'newsflow.pages.fetched.v2',
    partitions: 6,
    retentionMs: 3 * DAY_MS,
    maxMessageBytes: 16 * MB,
    cleanupPolicy: 'delete',
    description:
      'Raw pages fetched: the value is the page decoded to UTF-8, as bytes; its HTTP metadata travels in headers. Output of the fetcher, input of the parser.',
  },
  articlesParsed: {
    name: 'newsflow.articles.parsed.v1',
    partitions: 6,
    retentionMs: 7 * DAY_MS,
    maxMessageBytes: 4 * MB,
    cleanupPolicy: 'delete',
    description: 'Clean articles extracted from pages. Output of the parser, input of the enricher.',
  },
  articlesEnriched: {
    name: 'newsflow.articles.enriched.v1',
    partitions: 6,
    retentionMs: 7 * DAY_MS,
    maxMessageBytes: 8 * MB,
    cleanupPolicy: 'delete',
    description: 'Articles with entities, places, dates, quotes, topics and fingerprint. Input of the indexer.',
  },
  articlesIndexed: {
    name: 'newsflow.articles.indexed.v1',
    partitions: 6,
    retentionMs: -1,
    maxMessageBytes: 1 * MB,
    cleanupPolicy: 'compact',
    description: 'Change events after the indexer commits (created, updated, duplicate), compacted by article id.',
  },
  stories: {
    name: 'newsflow.stories.v1',
    partitions: 6,
    retentionMs: -1,
    maxMessageBytes: 1 * MB,
    cleanupPolicy: 'compact',
    description:
      'Stories (one event across outlets): created and updated as the indexer assigns articles, compacted by story id.',
  },
} as const satisfies Record<string, TopicSpec>;

/** Where each stage reads from; the stage's dead-letter topic is derived from its name. */
export const StageInputs: Record<StageName, TopicSpec> = {
  fetcher: Topics.fetchRequests,
  parser: Topics.pagesFetchedV2,
  enricher: Topics.articlesParsed,
  indexer: Topics.articlesEnriched,
};

/**
 * Every topic a stage reads: its input, then the earlier versions it still reads while their producers and consumers
 * move on (the parser reads fetched-page/1 beside /2). One consumer group reads them all.
 */
export function stageInputTopics(stage: StageName): TopicSpec[] {
  return stage === 'parser' ? [Topics.pagesFetchedV2, Topics.pagesFetched] : [StageInputs[stage]];
}

export function deadLetterTopic(stage: StageName): TopicSpec {
  const input = StageInputs[stage];
  return {
    name: `newsflow.${stage}.dlq.v1`,
    partitions: 1,
    retentionMs: 30 * DAY_MS,
    // A dead letter carries the original value unchanged, so it must fit whatever the input topic accepts.
    maxMessageBytes: input.maxMessageBytes,
    cleanupPolicy: 'delete',
    description: `Messages the ${stage} could not process (invalid, or failed after its retries), with error headers.`,
  };
}

export const STAGES: StageName[] = ['fetcher', 'parser', 'enricher', 'indexer'];

/** A retry tier: a topic where a message waits at least `delayMs` before going back to the stage's input. */
export interface RetryTier extends TopicSpec {
  delayMs: number;
}

/** Growing delays: a transient failure (database down, 503) is retried after 10 s, then 1 min, then 10 min. */
const RETRY_DELAYS: [label: string, delayMs: number][] = [
  ['10s', 10_000],
  ['1m', 60_000],
  ['10m', 600_000],
];

export function retryTiers(stage: StageName): RetryTier[] {
  const input = StageInputs[stage];
  return RETRY_DELAYS.map(([label, delayMs]) => ({
    name: `newsflow.${stage}.retry-${label}.v1`,
    delayMs,
    partitions: 3,
    retentionMs: 7 * DAY_MS,
    maxMessageBytes: input.maxMessageBytes,
    cleanupPolicy: 'delete' as const,
    description: `Messages the ${stage} will retry after ${label}: transient failures and politeness delays.`,
  }));
}

/** All topics to create: pipeline topics, then per stage its retry tiers and its dead-letter topic. */
export function allTopics(): TopicSpec[] {
  return [...Object.values(Topics), ...STAGES.flatMap((s) => [...retryTiers(s), deadLetterTopic(s)])];
}
