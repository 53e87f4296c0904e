import { goldSpeakerName, nameWords, scoreQuotes, speakerMatches } from './enrich-quotes';
import type { QuoteDoc } from './enrich-quotes';

describe('quote scoring', () => {
  const text = 'Intro. “Quoted words one two three,” Ann Lee said. “More words here now,” she added. Tail “x”.';
  const q1 = {
    start: text.indexOf('“Quoted'),
    end: text.indexOf(' Ann'),
    kind: 'direct',
    speaker: 'Ann Lee',
    speakerSpans: [{ start: text.indexOf('Ann'), end: text.indexOf('Ann') + 7 }],
  };
  const q2 = {
    start: text.indexOf('“More'),
    end: text.indexOf(' she'),
    kind: 'direct',
    speaker: 'she',
    speakerSpans: [{ start: text.indexOf('she'), end: text.indexOf('she') + 3 }],
  };
  const doc: QuoteDoc = { id: 'd', text, quotes: [q1, q2] };

  it('finds a gold quote covered at least half and checks precision against gold spans', () => {
    const s = scoreQuotes(
      [doc],
      new Map([
        [
          'd',
          [
            { start: q1.start + 1, end: q1.end - 1, speaker: 'Ann Lee' },
            { start: q2.start + 1, end: q2.start + 5, speaker: 'Ann Lee' }, // covers under half of q2
            { start: text.indexOf('x'), end: text.indexOf('x') + 1, speaker: null }, // not a gold quote
          ],
        ],
      ]),
    );
    expect(s).toMatchObject({ goldDirect: 2, foundDirect: 1, predicted: 3, correctPredicted: 2 });
    expect(s.speakerAccuracy).toBe(1);
  });

  it('scores a pronoun speaker against the nearest earlier named source', () => {
    expect(goldSpeakerName(doc, q2)).toBe('Ann Lee');
    expect(goldSpeakerName(doc, { ...q2, speaker: 'officials' })).toBeNull();
    expect(nameWords('the Senate Democratic leader')).toEqual([]);
    expect(nameWords('Biden, who served as a US senator')).toEqual(['biden']);
  });

  it('matches names by their words, not by surname alone', () => {
    expect(speakerMatches('Pat Caddell', 'longtime Democratic pollster Pat Caddell')).toBe(true);
    expect(speakerMatches('John Kasich', 'Gov. Kasich')).toBe(true);
    expect(speakerMatches('Joe Biden', 'Biden, who served as a US senator')).toBe(true);
    expect(speakerMatches('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(speakerMatches(null, 'Hillary Clinton')).toBe(false);
  });
});
