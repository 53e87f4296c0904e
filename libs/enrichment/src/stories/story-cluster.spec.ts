import { StoryClusterer } from './story-cluster';
import { resolveStoryClusterOptions, storyClusterOptionProblems } from './story-cluster-options';
import { StoryArticle, storyIdFor } from './story-cluster-state';

// Made-up events, each told by several outlets in their own words, and articles about other things.
const flood = (id: string, title: string, text: string, publishedAt = '2026-11-10T08:00:00Z'): StoryArticle => ({
  articleId: id,
  title,
  text,
  language: 'en',
  publishedAt,
  entities: [
    { id: 'LOC:varen-river', name: 'Varen River', type: 'LOC' },
    { id: 'PER:ilse-marwick', name: 'Ilse Marwick', type: 'PER' },
  ],
  places: [{ id: 'geo:osterby', name: 'Osterby', countryCode: 'DK' }],
  duplicateOf: null,
});

const FLOOD = [
  flood(
    'a'.repeat(32),
    'Varen River floods Osterby, hundreds evacuated',
    'The Varen River burst its banks overnight and flooded the centre of Osterby. Mayor Ilse Marwick said 600 residents were evacuated to the sports hall and that the water was still rising on Tuesday morning. Firefighters used boats to reach elderly people trapped in their homes.',
  ),
  flood(
    'b'.repeat(32),
    'Osterby evacuates 600 as river bursts its banks',
    'Rescue crews in boats pulled elderly residents from flooded homes in Osterby after the Varen River overflowed. About 600 people spent the night in a sports hall, mayor Ilse Marwick told reporters, warning that the water was still rising.',
    '2026-11-10T09:30:00Z',
  ),
  flood(
    'c'.repeat(32),
    'Floods in Osterby: mayor Marwick warns water still rising',
    'Osterby mayor Ilse Marwick said on Tuesday the flood water from the Varen River was still rising. Six hundred residents were evacuated, many of them to the town sports hall, and firefighters in boats rescued people trapped in their homes overnight.',
    '2026-11-10T11:00:00Z',
  ),
];

const BUDGET: StoryArticle = {
  articleId: 'd'.repeat(32),
  title: 'Parliament passes budget with tax cut for small firms',
  text: 'Parliament approved the national budget on Tuesday after a long debate. The finance minister, Tomas Rehn, said the tax cut for small firms would be paid for by closing loopholes for large companies. The opposition voted against the budget.',
  language: 'en',
  publishedAt: '2026-11-10T10:00:00Z',
  entities: [{ id: 'PER:tomas-rehn', name: 'Tomas Rehn', type: 'PER' }],
  places: [],
  duplicateOf: null,
};

const MATCH: StoryArticle = {
  articleId: 'e'.repeat(32),
  title: 'Harbour United beat Kestrel 3-1 to reach the cup final',
  text: 'Harbour United reached the cup final with a 3-1 win over Kestrel on Tuesday night. Two goals from the striker Jonas Brede in the second half settled the semi-final in front of a full stadium.',
  language: 'en',
  publishedAt: '2026-11-10T21:00:00Z',
  entities: [
    { id: 'ORG:harbour-united', name: 'Harbour United', type: 'ORG' },
    { id: 'PER:jonas-brede', name: 'Jonas Brede', type: 'PER' },
  ],
  places: [],
  duplicateOf: null,
};

const NOW = new Date('2026-11-10T12:00:00Z');
const HOUR = 3600_000;

/** Plans and commits one batch, as the indexer does, advancing the version. */
function assign(c: StoryClusterer, articles: StoryArticle[], now = NOW, storyOfArticle?: Map<string, string>) {
  const plan = c.plan(articles, { now, version: c.version + 1, storyOfArticle });
  c.commit(plan);
  return plan;
}

/** A clusterer that has seen some unrelated news first, so the document frequencies mean something. */
function warmClusterer(options = {}): StoryClusterer {
  const c = new StoryClusterer(options);
  assign(c, [BUDGET, MATCH]);
  return c;
}

describe('StoryClusterer', () => {
  it('puts three outlets’ versions of one event in one story and unrelated news in others', () => {
    const c = warmClusterer();
    const plan = assign(c, FLOOD);
    const stories = FLOOD.map((a) => plan.assignments.get(a.articleId)!);
    expect(stories[0].joinedBy).toBe('seed');
    expect(stories[0].storyId).toBe(storyIdFor(FLOOD[0].articleId));
    expect(stories.slice(1).map((s) => [s.storyId, s.joinedBy])).toEqual([
      [stories[0].storyId, 'similarity'],
      [stories[0].storyId, 'similarity'],
    ]);
    for (const s of stories.slice(1)) expect(s.similarity).toBeGreaterThanOrEqual(c.options.threshold);
    const budgetStory = storyIdFor(BUDGET.articleId);
    expect(c.story(budgetStory)?.articleCount).toBe(1);
    expect(budgetStory).not.toBe(stories[0].storyId);

    const story = c.story(stories[0].storyId)!;
    expect(story.articleCount).toBe(3);
    expect(story.title).toBe(FLOOD[0].title);
    expect(story.firstPublishedAt).toBe('2026-11-10T08:00:00.000Z');
    expect(story.lastPublishedAt).toBe('2026-11-10T11:00:00.000Z');
    expect(story.entities['PER:ilse-marwick'].articles).toBe(3);
    expect(story.places['geo:osterby']).toEqual({ name: 'Osterby', countryCode: 'DK', articles: 3 });
    expect(c.openStories).toBe(3);
  });

  it('seeds a story with the earliest published article of a batch, and takes copies after their originals', () => {
    const c = warmClusterer();
    const copy: StoryArticle = { ...FLOOD[0], articleId: '0'.repeat(32), duplicateOf: FLOOD[0].articleId };
    const plan = assign(c, [copy, FLOOD[2], FLOOD[1], FLOOD[0]]);
    const storyId = storyIdFor(FLOOD[0].articleId);
    expect([...plan.assignments.values()].map((a) => [a.articleId, a.storyId, a.joinedBy])).toEqual([
      [FLOOD[0].articleId, storyId, 'seed'],
      [FLOOD[1].articleId, storyId, 'similarity'],
      [FLOOD[2].articleId, storyId, 'similarity'],
      [copy.articleId, storyId, 'duplicate'],
    ]);
    expect(c.story(storyId)!.title).toBe(FLOOD[0].title);
  });

  it('keeps an unrelated article that arrives with the story in a story of its own', () => {
    const c = warmClusterer();
    const other = { ...BUDGET, articleId: 'f'.repeat(32) };
    const plan = assign(c, [FLOOD[0], other, FLOOD[1]]);
    expect(plan.assignments.get(FLOOD[1].articleId)!.storyId).toBe(storyIdFor(FLOOD[0].articleId));
    // The same budget text again is the budget story, never the flood.
    expect(plan.assignments.get(other.articleId)!.storyId).toBe(storyIdFor(BUDGET.articleId));
  });

  it('lets a near-duplicate join its original’s story without scoring it, in the batch or from the store', () => {
    const c = warmClusterer();
    const copy: StoryArticle = { ...FLOOD[0], articleId: '1'.repeat(32), duplicateOf: FLOOD[0].articleId };
    const plan = assign(c, [FLOOD[0], copy]);
    const storyId = storyIdFor(FLOOD[0].articleId);
    expect(plan.assignments.get(copy.articleId)).toEqual({
      articleId: copy.articleId,
      storyId,
      joinedBy: 'duplicate',
      similarity: null,
    });
    expect(c.story(storyId)).toMatchObject({ articleCount: 2, duplicateCount: 1 });
    // A copy's words add nothing: the story's recent profiles are its own articles'.
    expect(c.story(storyId)!.recent.map((r) => r.articleId)).toEqual([FLOOD[0].articleId]);

    // The original stored earlier, its story known from the store (even one not open here).
    const later: StoryArticle = { ...MATCH, articleId: '2'.repeat(32), duplicateOf: '9'.repeat(32) };
    const known = new Map([['9'.repeat(32), '8'.repeat(32)]]);
    const second = assign(c, [later], NOW, known);
    expect(second.assignments.get(later.articleId)!.storyId).toBe('8'.repeat(32));
    expect(second.closedJoins).toEqual([{ articleId: later.articleId, storyId: '8'.repeat(32) }]);
  });

  it('closes a story after its quiet period, and a later article starts a new one', () => {
    const c = warmClusterer({ quietPeriodMs: 6 * HOUR });
    assign(c, [FLOOD[0]]);
    const first = storyIdFor(FLOOD[0].articleId);
    const later = new Date(NOW.getTime() + 7 * HOUR);
    const plan = assign(c, [FLOOD[1]], later);
    const closed = plan.changed.find((s) => s.id === first)!;
    expect(closed).toMatchObject({ closed: true, closedAt: later.toISOString(), version: plan.version });
    expect(plan.assignments.get(FLOOD[1].articleId)!.storyId).toBe(storyIdFor(FLOOD[1].articleId));
    expect(c.story(first)).toBeUndefined();
  });

  it('holds at most maxOpenStories, closing the least recently active', () => {
    const c = new StoryClusterer({ maxOpenStories: 2 });
    assign(c, [BUDGET], new Date(NOW.getTime() - 2 * HOUR));
    assign(c, [MATCH], new Date(NOW.getTime() - HOUR));
    const plan = assign(c, [FLOOD[0]]);
    expect(c.openStories).toBe(2);
    expect(plan.changed.filter((s) => s.closed).map((s) => s.id)).toEqual([storyIdFor(BUDGET.articleId)]);
    expect(c.story(storyIdFor(MATCH.articleId))).toBeDefined();
  });

  it('changes nothing until commit, so a failed transaction drops its plan', () => {
    const c = warmClusterer();
    const before = c.version;
    const plan = c.plan(FLOOD, { now: NOW, version: before + 1 });
    expect(plan.created.size).toBe(1);
    expect(c.story(storyIdFor(FLOOD[0].articleId))).toBeUndefined();
    expect(c.version).toBe(before);
    // Planned again (the retry of the transaction): the same decision.
    const again = c.plan(FLOOD, { now: NOW, version: before + 1 });
    expect([...again.assignments.values()]).toEqual([...plan.assignments.values()]);
  });

  it('hands its stories to another replica as JSON, which then decides the same way', () => {
    const a = warmClusterer();
    const plan = assign(a, FLOOD.slice(0, 2));
    const b = new StoryClusterer({}, a.frequencies);
    b.load(JSON.parse(JSON.stringify([...plan.changed, a.story(storyIdFor(BUDGET.articleId))!])), a.version);
    expect(b.version).toBe(a.version);
    const fromA = a.plan([FLOOD[2]], { now: NOW, version: a.version + 1 });
    const fromB = b.plan([FLOOD[2]], { now: NOW, version: b.version + 1 });
    expect(fromB.assignments.get(FLOOD[2].articleId)).toEqual(fromA.assignments.get(FLOOD[2].articleId));
    expect(fromB.assignments.get(FLOOD[2].articleId)!.storyId).toBe(storyIdFor(FLOOD[0].articleId));
  });

  it('keeps each story bounded however many articles join', () => {
    const c = warmClusterer({ recentArticles: 2, centroidTerms: 40, maxKeysPerStory: 8 });
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...FLOOD[i % 3],
      articleId: i.toString(16).padStart(32, '0'),
      text: `${FLOOD[i % 3].text} Volunteer number ${i} from district ${i * 7} helped with sandbags.`,
      entities: [...FLOOD[i % 3].entities, { id: `PER:volunteer-${i}`, name: `Volunteer ${i}`, type: 'PER' as const }],
    }));
    const plan = assign(c, many);
    const ids = new Set([...plan.assignments.values()].map((a) => a.storyId));
    expect(ids.size).toBe(1);
    const story = c.story([...ids][0])!;
    expect(story.articleCount).toBe(30);
    expect(story.recent).toHaveLength(2);
    expect(Object.keys(story.centroid).length).toBeLessThanOrEqual(40);
    expect(Object.keys(story.entities).length).toBeLessThanOrEqual(8);
    expect(Object.keys(story.entityKeys).length).toBeLessThanOrEqual(8);
    // The counts that matter survive the cap.
    expect(story.entities['PER:ilse-marwick'].articles).toBe(30);
    expect(JSON.stringify(story).length).toBeLessThan(12_000);
  });
});

describe('story clustering options', () => {
  it('takes the defaults and refuses out-of-range values, naming each', () => {
    expect(resolveStoryClusterOptions().threshold).toBeGreaterThan(0);
    const problems = storyClusterOptionProblems({
      ...resolveStoryClusterOptions(),
      threshold: 1.5,
      maxOpenStories: 0,
      quietPeriodMs: 10,
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/threshold.*1\.5/);
    expect(problems.join('\n')).toMatch(/maxOpenStories/);
    expect(problems.join('\n')).toMatch(/quietPeriodMs/);
    expect(() => new StoryClusterer({ threshold: 0 })).toThrow(/threshold/);
  });
});
