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
});
