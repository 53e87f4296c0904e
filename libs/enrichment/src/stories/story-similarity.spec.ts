import { DocumentFrequencies } from './document-frequencies';
import { storyProfile } from './story-profile';
import { SAME_STORY_THRESHOLD, storySimilarity } from './story-similarity';

// Three outlets' versions of one (made-up) event and an unrelated article.
const FERRY_A = {
  title: 'Ferry runs aground off Brindle Island, all 212 passengers rescued',
  text: 'A passenger ferry ran aground near Brindle Island on Tuesday morning. The coast guard said all 212 passengers and crew were rescued by lifeboats and fishing vessels. The operator, Northsea Lines, blamed fog.',
  published: '2024-03-05',
  entities: [
    { text: 'Brindle Island', type: 'LOC' },
    { text: 'Northsea Lines', type: 'ORG' },
  ],
};
const FERRY_B = {
  title: 'Northsea Lines ferry grounded in fog near Brindle Island',
  text: 'Lifeboats brought 212 people ashore after a Northsea Lines ferry hit rocks in thick fog off Brindle Island. Nobody was seriously hurt, the coast guard said.',
  published: '2024-03-05T14:00:00Z',
  entities: [
    { text: 'Northsea Lines', type: 'ORG' },
    { text: 'Brindle Island', type: 'LOC' },
  ],
};
const BUDGET = {
  title: 'City council approves budget with new cycling lanes',
  text: 'The city council approved next year’s budget on Monday, including money for cycling lanes and a new library. The mayor said taxes will not rise.',
  published: '2024-03-04',
  entities: [{ text: 'City Council', type: 'ORG' }],
};

describe('storySimilarity', () => {
  const df = new DocumentFrequencies();
  for (const doc of [FERRY_A, FERRY_B, BUDGET]) df.add(storyProfile({ ...doc, language: 'en' }, df));
  const profile = (doc: typeof FERRY_A): ReturnType<typeof storyProfile> =>
    storyProfile({ ...doc, language: 'en' }, df);

  it('scores two versions of one story above an unrelated article', () => {
    const same = storySimilarity(profile(FERRY_A), profile(FERRY_B), df);
    const other = storySimilarity(profile(FERRY_A), profile(BUDGET), df);
    expect(same).toBeGreaterThan(SAME_STORY_THRESHOLD);
    expect(other).toBeLessThan(SAME_STORY_THRESHOLD / 2);
  });

  it('is symmetric, in [0, 1], and 1 for an article with itself', () => {
    const a = profile(FERRY_A);
    const b = profile(FERRY_B);
    expect(storySimilarity(a, b)).toBeCloseTo(storySimilarity(b, a), 10);
    expect(storySimilarity(a, a)).toBeCloseTo(1, 5);
    expect(storySimilarity(a, profile(BUDGET))).toBeGreaterThanOrEqual(0);
  });

  it('lowers the score when the days lie far apart', () => {
    const near = storySimilarity(profile(FERRY_A), profile(FERRY_B));
    const far = storySimilarity(profile(FERRY_A), profile({ ...FERRY_B, published: '2024-06-05' }));
    expect(far).toBeLessThan(near / 2);
  });

  it('weighs the headline: the same body under another story’s title scores lower', () => {
    const a = profile(FERRY_A);
    const retitled = profile({ ...FERRY_B, title: BUDGET.title });
    expect(storySimilarity(a, retitled)).toBeLessThan(storySimilarity(a, profile(FERRY_B)));
  });

  it('lowers the score a little when both name entities and share none', () => {
    const a = profile(FERRY_A);
    const b = profile(FERRY_B);
    const stranger = profile({ ...FERRY_B, entities: [{ text: 'Someone Else', type: 'PER' }] });
    expect(storySimilarity(a, stranger)).toBeLessThan(storySimilarity(a, b));
    expect(storySimilarity(a, stranger)).toBeGreaterThan(storySimilarity(a, b) * 0.9);
  });

  it('makes profiles that survive JSON', () => {
    const a = profile(FERRY_A);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.published).toBe('2024-03-05');
    expect(a.entities).toEqual(['LOC:brindle island', 'ORG:northsea lines']);
  });
});
