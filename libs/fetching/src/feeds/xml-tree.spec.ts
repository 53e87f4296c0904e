import { child, children, findFirst, localName, parseXmlTree, textOf } from './xml-tree';

describe('parseXmlTree', () => {
  it('builds a lower-cased element tree with CDATA text', () => {
    const doc = parseXmlTree(
      '<?xml version="1.0"?><Feed xml:base="http://x/"><Entry><Title><![CDATA[A & B]]></Title><atom:link HREF="/a"/></Entry></Feed>',
    );
    const feed = doc.children.find((c) => c.name === 'feed');
    expect(feed?.attrs['xml:base']).toBe('http://x/');
    const entry = child(feed, 'entry');
    expect(textOf(child(entry, 'title'))).toBe('A & B');
    expect(child(entry, 'link')?.attrs.href).toBe('/a');
    expect(localName(child(entry, 'link')!)).toBe('link');
  });

  it('closes what a truncated document leaves open and ignores stray close tags', () => {
    const doc = parseXmlTree('<rss><channel></bogus><item><title>One</title></item><item><title>Two');
    const items = children(findFirst(doc, 'channel'), 'item');
    expect(items.map((i) => textOf(child(i, 'title')))).toEqual(['One', 'Two']);
  });

  it('keeps stray ampersands and unknown entities as text', () => {
    const doc = parseXmlTree('<t>Fish & chips &nbsp; &amp; more</t>');
    expect(textOf(findFirst(doc, 't'))).toBe('Fish & chips &nbsp; & more');
  });
});
