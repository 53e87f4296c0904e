import { classifyTopics } from './classify-topics';

describe('classifyTopics', () => {
  it('picks sport for a match report', () => {
    const topics = classifyTopics(
      'The team scored a late goal to win the championship match; the coach praised every player this season.',
    );
    expect(topics[0]).toMatchObject({ code: 'medtop:15000000', label: 'sport' });
  });

  it('picks economy for a markets story, with scores that sum to at most 1', () => {
    const topics = classifyTopics(
      'Stocks fell as investors weighed inflation data; the bank raised prices and company profits dropped in the market.',
    );
    expect(topics[0].code).toBe('medtop:04000000');
    expect(topics.reduce((s, t) => s + t.score, 0)).toBeLessThanOrEqual(1.0001);
  });

  it('returns nothing without evidence', () => {
    expect(classifyTopics('Lorem ipsum dolor sit amet.')).toEqual([]);
  });
});
