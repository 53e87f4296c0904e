import { AllowlistLabel, normalizeHostLabel, OTHER, TopNLabel } from './bounded-labels';

describe('AllowlistLabel', () => {
  it('keeps allowed values and folds everything else into "other"', () => {
    const label = new AllowlistLabel(['ok', 'timeout']);
    expect(label.value('ok')).toBe('ok');
    expect(label.value('timeout')).toBe('timeout');
    expect(label.value('https://example.org/a')).toBe(OTHER);
    expect(label.value(undefined)).toBe(OTHER);
  });
});

describe('TopNLabel', () => {
  it('admits the first N distinct values for good and reports later ones as "other"', () => {
    const label = new TopNLabel({ limit: 2 });
    expect(label.value('a')).toBe('a');
    expect(label.value('b')).toBe('b');
    expect(label.value('c')).toBe(OTHER);
    // Admission is final: a and b stay themselves, c stays other, however often each is seen.
    for (let i = 0; i < 5; i++) expect(label.value('c')).toBe(OTHER);
    expect(label.value('a')).toBe('a');
    expect(label.admittedCount).toBe(2);
  });

  it('bounds the number of distinct values whatever the input', () => {
    const label = new TopNLabel({ limit: 10, alwaysAllowed: ['pinned.example'] });
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(label.value(`host-${i}.example`));
    seen.add(label.value('pinned.example'));
    expect(seen.size).toBe(10 + 1 + 1);
  });

  it('reports pinned values as themselves without using a slot', () => {
    const label = new TopNLabel({ limit: 1, alwaysAllowed: ['Example.ORG'], normalize: (v) => v.toLowerCase() });
    expect(label.value('x')).toBe('x');
    expect(label.value('EXAMPLE.org')).toBe('example.org');
    expect(label.value('y')).toBe(OTHER);
  });

  it('rejects a negative limit', () => {
    expect(() => new TopNLabel({ limit: -1 })).toThrow(RangeError);
  });
});

describe('normalizeHostLabel', () => {
  it.each([
    ['WWW.Example.org', 'example.org'],
    ['example.org:8443', 'example.org'],
    ['news.example.org.', 'news.example.org'],
    ['https://www.example.org/path?q=1', 'example.org'],
    ['203.0.113.7', 'ip-literal'],
    ['[2001:db8::1]:443', 'ip-literal'],
    ['http://[::1]:8080/', 'ip-literal'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeHostLabel(raw)).toBe(expected);
  });
});
