import { articleIdFor } from './article-id';
import { ContractViolation } from './contract';
import { contractForTopic } from './contract-registry';
import { IndexedArticleContract } from './messages/indexed-article';
import { StoryEventContract, StoryEventV1 } from './messages/story-event';
import { Topics } from './topics';

const at = '2026-12-03T10:00:00.000Z';
const first = articleIdFor('http://127.0.0.1:8080/a');
const story: StoryEventV1 = {
  schemaVersion: 1,
  storyId: 'ab'.repeat(16),
  event: 'created',
  version: 1,
  title: 'Ministers meet in Astana',
  firstArticleId: first,
  firstSeenAt: at,
  lastSeenAt: at,
  firstPublishedAt: null,
  lastPublishedAt: null,
  articleCount: 1,
  duplicateCount: 0,
  topEntities: [{ id: 'PER:sergei-shoigu', name: 'Sergei Shoigu', type: 'PER', articles: 1 }],
  topPlaces: [{ id: 'geo:astana', name: 'Astana', countryCode: 'KZ', articles: 1 }],
  closed: false,
  addedArticleIds: [first],
  updatedAt: at,
};

describe('story-event/1', () => {
  it('is the contract of the compacted stories topic', () => {
    expect(contractForTopic(Topics.stories.name)).toBe(StoryEventContract);
    expect(Topics.stories.cleanupPolicy).toBe('compact');
    expect(StoryEventContract.validate(story)).toBe(story);
  });

  it('refuses a bad story id, a zero count and an unknown entity type, naming each', () => {
    let err: ContractViolation | undefined;
    try {
      StoryEventContract.validate({
        ...story,
        storyId: 'story-1',
        articleCount: 0,
        topEntities: [{ id: 'X:y', name: 'y', type: 'THING', articles: 1 }],
      });
    } catch (e) {
      err = e as ContractViolation;
    }
    expect(err).toBeInstanceOf(ContractViolation);
    const problems = err!.problems.join('\n');
    expect(problems).toMatch(/\/storyId/);
    expect(problems).toMatch(/\/articleCount/);
    expect(problems).toMatch(/\/topEntities\/0\/type/);
  });
});

describe('indexed-article/1 with a story', () => {
  const indexed = {
    schemaVersion: 1,
    articleId: first,
    event: 'created',
    revision: 1,
    url: 'http://127.0.0.1:8080/a',
    canonicalUrl: 'http://127.0.0.1:8080/a',
    title: 't',
    duplicateOf: null,
    indexedAt: at,
    timings: { fetchStartedAt: at },
  };

  it('takes events with and without storyId (an additive field of version 1), and checks its form', () => {
    expect(IndexedArticleContract.validate(indexed)).toBe(indexed);
    expect(IndexedArticleContract.validate({ ...indexed, storyId: story.storyId })).toBeTruthy();
    expect(() => IndexedArticleContract.validate({ ...indexed, storyId: 'x' })).toThrow(/\/storyId/);
  });
});
