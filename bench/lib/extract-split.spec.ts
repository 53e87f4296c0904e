import { halfOf, registrableDomain } from './extract-split';

describe('dev-set halves by site', () => {
  it('takes the registrable domain, one level deeper under co.uk-style suffixes', () => {
    expect(registrableDomain('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(registrableDomain('https://edition.cnn.com/2024/01/01/x')).toBe('cnn.com');
    expect(registrableDomain('https://example.org/a')).toBe('example.org');
    expect(registrableDomain('https://news.example.com.au/a')).toBe('example.com.au');
    expect(registrableDomain('https://blog.example.de/a')).toBe('example.de');
  });

  it('puts every page of one site in the same half, and both halves get sites', () => {
    expect(halfOf('https://www.bbc.co.uk/news/1')).toBe(halfOf('https://bbc.co.uk/sport/2'));
    const halves = new Set(Array.from({ length: 40 }, (_, i) => halfOf(`https://site${i}.example${i}.com/`)));
    expect(halves).toEqual(new Set(['tuning', 'check']));
  });
});
