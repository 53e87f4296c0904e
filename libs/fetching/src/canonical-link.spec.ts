import { findCanonicalLink } from './canonical-link';

describe('findCanonicalLink', () => {
  const page = 'https://news.example/a/b?utm_source=x';

  it('resolves a relative canonical against the page URL', () => {
    expect(findCanonicalLink('<head><link rel="canonical" href="/a/b"></head>', page)).toBe('https://news.example/a/b');
  });

  it('accepts attribute order, quoting and case variations', () => {
    expect(findCanonicalLink(`<LINK HREF='https://news.example/x' REL=canonical />`, page)).toBe(
      'https://news.example/x',
    );
    expect(findCanonicalLink('<link href="https://news.example/y?a=1&amp;b=2" rel="canonical">', page)).toBe(
      'https://news.example/y?a=1&b=2',
    );
  });

  it('ignores other rels, other sites and non-http schemes', () => {
    expect(findCanonicalLink('<link rel="alternate" href="/feed">', page)).toBeNull();
    expect(findCanonicalLink('<link rel="canonical" href="https://aggregator.example/z">', page)).toBeNull();
    expect(findCanonicalLink('<link rel="canonical" href="javascript:alert(1)">', page)).toBeNull();
  });

  it('keeps the route of a hash-routed page whose canonical names the same document without one', () => {
    const spa = '<link rel="canonical" href="https://spa.example/">';
    expect(findCanonicalLink(spa, 'https://spa.example/#!/story/1')).toBe('https://spa.example/#!/story/1');
    expect(findCanonicalLink(spa, 'https://spa.example/#/story/2')).toBe('https://spa.example/#/story/2');
    // A canonical naming another document, or a plain anchor on the page, is taken as it is.
    expect(findCanonicalLink('<link rel="canonical" href="/story/1">', 'https://spa.example/#!/story/1')).toBe(
      'https://spa.example/story/1',
    );
    expect(findCanonicalLink(spa, 'https://spa.example/#comments')).toBe('https://spa.example/');
  });
});
