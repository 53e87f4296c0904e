import { LABELS, allowedAfter, fromBio, labelSpans, typeOfLabel } from './labels';

const label = (x: string): number => LABELS.indexOf(x);

describe('tagger labels', () => {
  it('lays out O, then B/I/L/U per type', () => {
    expect(LABELS.slice(0, 5)).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
    expect(LABELS).toHaveLength(17);
    expect(typeOfLabel(label('L-LOC'))).toBe('LOC');
  });

  it('keeps names closed (BILOU constraint)', () => {
    expect(allowedAfter(label('O'), label('I-ORG'))).toBe(false);
    expect(allowedAfter(label('O'), label('L-ORG'))).toBe(false);
    expect(allowedAfter(label('O'), label('U-ORG'))).toBe(true);
    expect(allowedAfter(label('B-ORG'), label('I-ORG'))).toBe(true);
    expect(allowedAfter(label('B-ORG'), label('L-ORG'))).toBe(true);
    expect(allowedAfter(label('B-ORG'), label('O'))).toBe(false);
    expect(allowedAfter(label('B-ORG'), label('L-PER'))).toBe(false);
    expect(allowedAfter(label('L-ORG'), label('B-PER'))).toBe(true);
    expect(allowedAfter(label('U-LOC'), label('I-LOC'))).toBe(false);
  });

  it('converts BIO tags to BILOU', () => {
    const bilou = fromBio(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']);
    expect([...bilou].map((l) => LABELS[l])).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  });

  it('reads entity spans, leniently at a cut', () => {
    const seq = ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC', 'B-ORG', 'I-ORG'].map(label);
    expect(labelSpans(seq)).toEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 3, last: 3, type: 'LOC' },
      { first: 4, last: 5, type: 'LOC' },
      { first: 6, last: 7, type: 'ORG' },
    ]);
  });
});
