import { scorePage, shingles, worstPages } from './extract-page-scores';

describe('per-page benchmark scores', () => {
  it('shingles four tokens at a time, case kept, punctuation only separating', () => {
    expect([...shingles('The cat, the Hat: sat.').keys()]).toEqual(['The cat the Hat', 'cat the Hat sat']);
    expect([...shingles('Two words').entries()]).toEqual([['Two words', 1]]);
    expect(shingles('').size).toBe(0);
  });

  it('scores extra and missing shingles as multisets', () => {
    const truth = 'one two three four five six';
    expect(scorePage('a', truth, truth)).toEqual({ id: 'a', precision: 1, recall: 1, f1: 1 });
    const extra = scorePage('b', `${truth} seven eight`, truth);
    expect(extra.precision).toBeCloseTo(3 / 5);
    expect(extra.recall).toBe(1);
    const empty = scorePage('c', '', truth);
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBe(0);
  });

  it('orders pages by what they take from the two means', () => {
    const truth = 'one two three four five six';
    const pages = [
      scorePage('good', truth, truth),
      scorePage('empty', '', truth),
      scorePage('extra', `${truth} seven eight`, truth),
    ];
    expect(worstPages(pages, 2).map((p) => p.id)).toEqual(['empty', 'extra']);
  });
});
