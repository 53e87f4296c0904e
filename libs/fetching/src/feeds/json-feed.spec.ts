import { FeedParseError } from './feed-types';
import { parseJsonFeed } from './json-feed';

describe('parseJsonFeed', () => {
  it('reads JSON Feed 1.0 with numeric ids, external_url fallback and relative URLs', () => {
    const feed = parseJsonFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'F',
        feed_url: 'https://n.example/feed.json',
        items: [
          { id: 7, url: '/a', content_html: '<p>Hi <i>there</i></p>' },
          { id: '8', external_url: 'https://elsewhere.example/b' },
          'junk',
        ],
      }),
      'https://base.example/',
    );
    expect(feed.items).toEqual([
      expect.objectContaining({ guid: '7', url: 'https://n.example/a', summary: 'Hi there' }),
      expect.objectContaining({ guid: '8', url: 'https://elsewhere.example/b' }),
    ]);
  });

  it('throws FeedParseError without a jsonfeed.org version', () => {
    expect(() => parseJsonFeed('{"version": "1.1", "items": []}', 'https://n.example/')).toThrow(FeedParseError);
  });
});
