import { pearson, rocAuc } from './story-scoring';

describe('rocAuc', () => {
  it('is 1 when every positive scores above every negative, 0 when below, 0.5 for ties', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5], [true, false, false])).toBe(0.5);
  });
  it('counts the share of correctly ordered positive-negative pairs', () => {
    // Pairs (p, n): (0.9, 0.7) ok, (0.9, 0.3) ok, (0.4, 0.7) wrong, (0.4, 0.3) ok → 3/4.
    expect(rocAuc([0.9, 0.4, 0.7, 0.3], [true, true, false, false])).toBe(0.75);
    expect(rocAuc([0.9, 0.4], [true, true])).toBeNaN();
  });
});

describe('pearson', () => {
  it('is ±1 for exact linear relations and near 0 for unrelated ones', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 10);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
    expect(pearson([1, 2, 3, 4], [1, -1, -1, 1])).toBeCloseTo(0, 10);
  });
});
