import { decideFeedItemFetch, feedItemDate } from './feed-item-change';

describe('decideFeedItemFetch', () => {
  it('fetches an article never fetched', () => {
    expect(decideFeedItemFetch({}, undefined)).toEqual({ fetch: true, reason: 'new' });
  });

  it('refetches only when the feed dates the item later than before', () => {
    const seen = { feedDate: '2026-03-02T08:30:00.000Z' };
    expect(decideFeedItemFetch({ publishedAt: '2026-03-02T08:30:00.000Z' }, seen)).toEqual({
      fetch: false,
      reason: 'unchanged',
    });
    expect(
      decideFeedItemFetch({ publishedAt: '2026-03-02T08:30:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z' }, seen),
    ).toEqual({
      fetch: true,
      reason: 'updated',
    });
    expect(decideFeedItemFetch({ updatedAt: '2026-03-01T00:00:00.000Z' }, seen)).toEqual({
      fetch: false,
      reason: 'unchanged',
    });
  });

  it('does not refetch undated items, but does when a date appears for the first time', () => {
    expect(decideFeedItemFetch({}, { feedDate: null })).toEqual({ fetch: false, reason: 'unchanged' });
    expect(decideFeedItemFetch({ updatedAt: '2026-03-02T09:00:00.000Z' }, { feedDate: null })).toEqual({
      fetch: true,
      reason: 'updated',
    });
  });

  it('prefers the update date', () => {
    expect(feedItemDate({ publishedAt: 'a', updatedAt: 'b' })).toBe('b');
    expect(feedItemDate({ publishedAt: 'a' })).toBe('a');
  });
});
