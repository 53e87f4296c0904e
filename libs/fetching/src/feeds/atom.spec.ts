import { parseAtom } from './atom';
import { parseXmlTree } from './xml-tree';

const root = (xml: string) => parseXmlTree(xml).children[0];

describe('parseAtom', () => {
  it('resolves nested xml:base, prefers the HTML alternate and reads Atom 0.3 dates', () => {
    const feed = parseAtom(
      root(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://n.example/news/">
        <title type="html">Site &lt;b&gt;News&lt;/b&gt;</title>
        <entry xml:base="2026/">
          <link rel="alternate" type="application/pdf" href="a.pdf"/>
          <link rel="alternate" type="text/html" href="a.html"/>
          <link rel="edit" href="/edit/a"/>
          <id>urn:a</id><issued>2026-03-02T08:30:00Z</issued><modified>2026-03-02T09:30:00Z</modified>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello</p></div></content>
        </entry></feed>`),
      'https://ignored.example/feed',
    );
    expect(feed.title).toBe('Site News');
    expect(feed.items[0]).toEqual({
      url: 'https://n.example/news/2026/a.html',
      title: undefined,
      guid: 'urn:a',
      publishedAt: '2026-03-02T08:30:00.000Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      summary: 'Hello',
    });
  });
});
