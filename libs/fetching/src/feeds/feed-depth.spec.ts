import { FeedParseError } from './feed-types';
import { parseOpml } from './opml';
import { parseFeed } from './parse-feed';
import { MAX_XML_DEPTH, XmlTooDeepError } from './xml-depth';

// Item 8: deeply nested feeds and OPML were parsed in quadratic time, then overflowed recursive walks (RangeError).
describe('deeply nested feed and OPML documents', () => {
  const nested = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n);

  it.each([
    ['RSS', `<rss version="2.0"><channel><item>${nested('<b>', '</b>', 100_000)}</item></channel></rss>`],
    ['Atom', `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${nested('<div>', '</div>', 100_000)}</entry></feed>`],
    ['no feed at all', nested('<a>', '</a>', 100_000)],
    ['unclosed', '<rss>' + '<a>'.repeat(100_000)],
  ])('refuses a 100k-deep %s document with XmlTooDeepError, never a RangeError', (_name, xml) => {
    expect(() => parseFeed(xml, 'https://n.example/feed')).toThrow(XmlTooDeepError);
    expect(() => parseFeed(xml, 'https://n.example/feed')).toThrow(FeedParseError);
  });

  it('refuses a 100k-deep OPML outline tree with XmlTooDeepError', () => {
    const opml = `<opml><body>${nested('<outline xmlUrl="https://n.example/f">', '</outline>', 100_000)}</body></opml>`;
    expect(() => parseOpml(opml)).toThrow(XmlTooDeepError);
  });

  it('still reads feeds and OPML nested as deep as allowed', () => {
    const depth = MAX_XML_DEPTH - 4;
    const rss = `<rss><channel><item><link>https://n.example/a</link><description>${nested('<b>', '</b>', depth)}</description></item></channel></rss>`;
    expect(parseFeed(rss, 'https://n.example/feed').items[0].url).toBe('https://n.example/a');
    const opml = `<opml><body>${nested('<outline xmlUrl="https://n.example/f">', '</outline>', depth)}</body></opml>`;
    expect(parseOpml(opml)).toEqual([{ url: 'https://n.example/f', title: undefined, siteUrl: undefined }]);
  });
});
