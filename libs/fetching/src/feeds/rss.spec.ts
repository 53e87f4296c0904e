import { parseRss } from './rss';
import { parseXmlTree } from './xml-tree';

const root = (xml: string) => parseXmlTree(xml).children[0];

describe('parseRss', () => {
  it('reads RSS 1.0 items nested inside the channel, using rdf:about when there is no link', () => {
    const feed = parseRss(
      root(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel><title>T</title>
        <item rdf:about="https://n.example/1"><title>One</title></item></channel></rdf:RDF>`),
      'https://n.example/feed.rdf',
    );
    expect(feed).toMatchObject({ format: 'rdf', title: 'T' });
    expect(feed.items).toEqual([
      expect.objectContaining({ url: 'https://n.example/1', guid: 'https://n.example/1', title: 'One' }),
    ]);
  });

  it('uses atom:link when an RSS 2.0 item has no <link>, and dcterms:modified as update date', () => {
    const feed = parseRss(
      root(`<rss version="2.0"><channel><item><atom:link rel="alternate" href="/a"/><dcterms:modified>2026-03-02T09:00:00Z</dcterms:modified>
        <content:encoded><![CDATA[<p>Body <b>text</b></p>]]></content:encoded></item></channel></rss>`),
      'https://n.example/rss',
    );
    expect(feed.items[0]).toMatchObject({
      url: 'https://n.example/a',
      updatedAt: '2026-03-02T09:00:00.000Z',
      summary: 'Body text',
    });
  });
});
