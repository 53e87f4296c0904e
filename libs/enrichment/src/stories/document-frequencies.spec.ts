import { DocumentFrequencies } from './document-frequencies';

describe('DocumentFrequencies', () => {
  it('counts each distinct term once per document and weighs rare terms higher', () => {
    const df = new DocumentFrequencies();
    df.addTerms(['harbour', 'harbour', 'mayor']);
    df.add({ terms: { mayor: 0.5, budget: 0.5 } });
    expect(df.documents).toBe(2);
    expect(df.frequency('harbour')).toBe(1);
    expect(df.frequency('mayor')).toBe(2);
    expect(df.idf('harbour')).toBeGreaterThan(df.idf('mayor'));
    expect(df.idf('unseen')).toBeGreaterThan(df.idf('harbour'));
  });

  it('stays within its bound by halving counts', () => {
    const df = new DocumentFrequencies(10);
    df.addTerms(['common']);
    df.addTerms(['common']);
    for (let i = 0; i < 30; i++) df.addTerms([`t${i}`, 'common']);
    expect(df.size).toBeLessThanOrEqual(10);
    expect(df.frequency('common')).toBeGreaterThan(0);
    expect(df.idf('common')).toBeLessThan(df.idf('t0'));
  });

  it('round-trips through JSON', () => {
    const df = new DocumentFrequencies(1000);
    df.addTerms(['a', 'b']);
    df.addTerms(['b']);
    const copy = DocumentFrequencies.fromJSON(JSON.stringify(df));
    expect(copy.documents).toBe(2);
    expect(copy.frequency('b')).toBe(2);
    expect(copy.maxTerms).toBe(1000);
    expect(copy.idf('a')).toBe(df.idf('a'));
    expect(() => DocumentFrequencies.fromJSON('{"v":2}')).toThrow(/DocumentFrequencies/);
  });
});
