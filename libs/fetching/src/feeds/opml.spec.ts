import { newsroomDocuments } from '@newsflow/fixture-site';
import { parseOpml } from './opml';

describe('parseOpml', () => {
  it('lists feed URLs at any depth, without duplicates', () => {
    const base = 'http://news.example';
    const feeds = parseOpml(newsroomDocuments.opmlDocument(base) + '');
    expect(feeds.map((f) => f.url)).toEqual([
      `${base}/feeds/rss.xml`,
      `${base}/feeds/atom.xml`,
      `${base}/feeds/feed.json`,
    ]);
    expect(feeds[0]).toMatchObject({ title: 'RSS', siteUrl: `${base}/` });
  });

  it('ignores outlines without an xmlUrl and non-http URLs', () => {
    const opml =
      '<opml><body><outline text="folder"><outline xmlUrl="javascript:alert(1)"/><outline xmlUrl="https://a.example/f"/><outline xmlUrl="https://a.example/f"/></outline></body></opml>';
    expect(parseOpml(opml).map((f) => f.url)).toEqual(['https://a.example/f']);
  });
});
