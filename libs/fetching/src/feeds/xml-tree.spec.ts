import { FeedParseError } from './feed-types';
import { MAX_XML_DEPTH, XmlTooDeepError } from './xml-depth';
import { ATOM_NAMESPACES, NS, RSS_NAMESPACES } from './xml-namespaces';
import { child, children, findFirst, named, parseXmlTree, textOf, XmlElement } from './xml-tree';
import { XmlTreeBuilder } from './xml-tree-builder';

const any = (local: string) => (el: XmlElement) => el.local === local;

describe('parseXmlTree', () => {
  it('builds a lower-cased element tree with CDATA text and resolved namespaces', () => {
    const doc = parseXmlTree(
      '<?xml version="1.0"?><Feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://x/"><Entry><Title><![CDATA[A & B]]></Title><L:link xmlns:L="http://www.w3.org/2005/Atom" HREF="/a"/></Entry></Feed>',
    );
    const feed = child(doc, named(ATOM_NAMESPACES, 'feed'));
    expect(feed?.attrs['xml:base']).toBe('http://x/');
    const entry = child(feed, named([NS.atom10], 'entry'));
    expect(textOf(child(entry, named([NS.atom10], 'title')))).toBe('A & B');
    expect(child(entry, named([NS.atom10], 'link'))).toMatchObject({
      name: 'l:link',
      local: 'link',
      attrs: { href: '/a' },
    });
  });

  it('scopes xmlns declarations to their element, and gives undeclared prefixes their conventional namespace', () => {
    const doc = parseXmlTree(
      '<rss><channel><a:x xmlns:a="urn:one"><a:y/></a:x><a:z/><dc:date/><foo:title/><title xmlns="urn:two"/></channel></rss>',
    );
    const channel = findFirst(doc, any('channel'))!;
    expect(channel.children.map((c) => [c.local, c.ns])).toEqual([
      ['x', 'urn:one'],
      ['z', 'undeclared-prefix:a'],
      ['date', NS.dc],
      ['title', 'undeclared-prefix:foo'],
      ['title', 'urn:two'],
    ]);
    expect(channel.children[0].children[0].ns).toBe('urn:one');
    expect(child(channel, named(RSS_NAMESPACES, 'title'))).toBeUndefined();
  });

  it('closes what a truncated document leaves open and ignores stray close tags', () => {
    const doc = parseXmlTree('<rss><channel></bogus><item><title>One</title></item><item><title>Two');
    const items = children(findFirst(doc, any('channel')), any('item'));
    expect(items.map((i) => textOf(child(i, any('title'))))).toEqual(['One', 'Two']);
  });

  it('keeps stray ampersands and unknown entities as text', () => {
    const doc = parseXmlTree('<t>Fish & chips &nbsp; &amp; more</t>');
    expect(textOf(findFirst(doc, any('t')))).toBe('Fish & chips &nbsp; & more');
  });

  // Item 8: 100k nested tags took 11 s and then overflowed the call stack (RangeError) in textOf/findFirst.
  it('refuses XML nested deeper than MAX_XML_DEPTH with a typed error, at the limit, not after reading it all', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    let err: unknown;
    try {
      parseXmlTree(deep);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XmlTooDeepError);
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as Error).message).toBe(`XML elements nested deeper than ${MAX_XML_DEPTH} levels`);
    // Work count: the builder saw MAX_XML_DEPTH + 1 open tags when it refused, not 100,000.
    const opens = jest.spyOn(XmlTreeBuilder.prototype, 'openElement');
    expect(() => parseXmlTree(deep)).toThrow(XmlTooDeepError);
    expect(opens).toHaveBeenCalledTimes(MAX_XML_DEPTH + 1);
    opens.mockRestore();
  });

  it('reads documents exactly MAX_XML_DEPTH deep', () => {
    const doc = parseXmlTree('<a>'.repeat(MAX_XML_DEPTH - 1) + '<b>deep</b>' + '</a>'.repeat(MAX_XML_DEPTH - 1));
    expect(textOf(doc)).toBe('deep');
    expect(findFirst(doc, any('b'))?.text).toBe('deep');
  });

  it('walks trees of any depth without recursion (textOf, findFirst)', () => {
    const root: XmlElement = { name: 'a', ns: '', local: 'a', attrs: {}, children: [], text: '' };
    let leaf = root;
    for (let i = 0; i < 200_000; i++) {
      const el: XmlElement = {
        name: 'a',
        ns: '',
        local: 'a',
        attrs: {},
        children: [],
        text: i % 50_000 === 0 ? 'x' : '',
      };
      leaf.children.push(el);
      leaf = el;
    }
    leaf.children.push({ name: 'b', ns: '', local: 'b', attrs: {}, children: [], text: 'end' });
    expect(textOf(root)).toBe('xxxxend');
    expect(findFirst(root, any('b'))?.text).toBe('end');
  });
});
