import { articleIdFor } from '@newsflow/contracts';
import { isTrackingParam, normalizeUrl, normalizeUrlFrom } from './url-normalization';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://News.Example.COM/a', 'http://news.example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['https://bücher.example/ä', 'https://xn--bcher-kva.example/%C3%A4'],
    ['https://example.com./a', 'https://example.com/a'],
    ['https://example.com/%7euser/%2fx', 'https://example.com/~user/%2Fx'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('drops tracking parameters and keeps the rest, sorted', () => {
    expect(
      normalizeUrl(
        'https://example.com/story?utm_source=tw&utm_medium=social&id=42&fbclid=abc&gclid=x&b=2&a=1&mc_cid=1&mc_eid=2&igshid=q&ref_src=twsrc',
      ),
    ).toBe('https://example.com/story?a=1&b=2&id=42');
  });

  it('keeps repeated parameters in their original order', () => {
    expect(normalizeUrl('https://example.com/?tag=z&x=1&tag=a')).toBe('https://example.com/?tag=z&tag=a&x=1');
  });

  it('treats tracking parameter names case-insensitively and by prefix', () => {
    expect(normalizeUrl('https://example.com/?UTM_Campaign=x&utm_new_thing=y&page=2')).toBe(
      'https://example.com/?page=2',
    );
  });

  it('maps equivalent spellings to one URL', () => {
    const spellings = [
      'https://Example.com:443/news/./story?id=7&utm_source=rss#top',
      'https://example.com/news/x/../story?id=7&fbclid=1',
      'HTTPS://EXAMPLE.COM/news/story?id=7',
    ];
    expect(new Set(spellings.map(normalizeUrl)).size).toBe(1);
  });

  it('keeps route fragments (`#!/…`, `#/…`) and drops anchors', () => {
    expect(normalizeUrl('https://x.test/#!/story/1')).toBe('https://x.test/#!/story/1');
    expect(normalizeUrl('https://X.test:443/#/story/2')).toBe('https://x.test/#/story/2');
    expect(normalizeUrl('https://x.test/app?utm_source=rss#!/story/%7e1')).toBe('https://x.test/app#!/story/~1');
    expect(normalizeUrl('https://x.test/a#section-2')).toBe('https://x.test/a');
    expect(normalizeUrl('https://x.test/a#comments')).toBe('https://x.test/a');
  });

  it('gives hash-routed stories their own article ids and anchors of one page one id', () => {
    const idOf = (url: string) => articleIdFor(normalizeUrl(url));
    expect(idOf('https://x.test/#!/story/1')).not.toBe(idOf('https://x.test/#!/story/2'));
    expect(idOf('https://x.test/#/story/1')).not.toBe(idOf('https://x.test/#/story/2'));
    expect(idOf('https://x.test/#!/story/1')).not.toBe(idOf('https://x.test/'));
    expect(idOf('https://x.test/a#top')).toBe(idOf('https://x.test/a'));
  });

  it('throws on a relative or invalid URL', () => {
    expect(() => normalizeUrl('/relative/path')).toThrow('Invalid URL');
    expect(() => normalizeUrl('not a url')).toThrow('Invalid URL');
  });

  it('resolves relative URLs against a base', () => {
    expect(normalizeUrlFrom('../b?utm_source=x#f', 'https://example.com/a/c/')).toBe('https://example.com/a/b');
  });
});

describe('isTrackingParam', () => {
  it('recognises tracking parameters but not content parameters', () => {
    expect(isTrackingParam('utm_source')).toBe(true);
    expect(isTrackingParam('fbclid')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
    expect(isTrackingParam('ref')).toBe(false);
  });
});
