import { findDatelines } from './datelines';

describe('findDatelines', () => {
  it('finds a capitalised dateline before an agency and a dash', () => {
    const text = 'SPRINGFIELD (AP) — Lawmakers met on Tuesday.';
    expect(findDatelines(text)).toEqual([{ start: 0, end: 11, text: 'SPRINGFIELD' }]);
  });

  it('returns the region after the town as its own mention', () => {
    const text = 'Headline here\nRED DEER, Alta. — A rink reopened.';
    expect(findDatelines(text).map((m) => [m.text, text.slice(m.start, m.end)])).toEqual([
      ['RED DEER', 'RED DEER'],
      ['Alta.', 'Alta.'],
    ]);
  });

  it('ignores capitals that are not followed by a dash, and later paragraphs', () => {
    const text = 'NASA said so.\nOne.\nTwo.\nThree.\nBOSTON — late.';
    expect(findDatelines(text)).toEqual([]);
  });
});
