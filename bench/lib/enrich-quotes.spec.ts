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

  it('scores a pronoun speaker against the nearest earlier source that names someone', () => {
    expect(goldSpeakerName(doc, q2)).toBe('Ann Lee');
    expect(goldSpeakerName(doc, { ...q2, speaker: 'officials' })).toBeNull();
    expect(nameWords('the Senate Democratic leader')).toEqual([]);
    expect(nameWords('Biden, who served as a US senator')).toEqual(['biden']);
  });

  it('reads descriptions as no name, capitalised modifiers or not (the README: a source may be a description)', () => {
    expect(nameWords('the Vermont senator')).toEqual([]);
    expect(nameWords('a Trump spokeswoman')).toEqual([]);
    expect(nameWords('one woman adopted from Iran in the early 1970s')).toEqual([]);
    expect(nameWords('The Clinton campaign')).toEqual([]);
    expect(nameWords('You')).toEqual([]);
    expect(nameWords('HOW THE DECLINE AFFECTS THE WORLD')).toEqual([]);
    expect(nameWords('a spokesman for Ann Lee')).toEqual([]);
    expect(nameWords('A reporter for Agence France-Presse')).toEqual([]);
    expect(nameWords('the Washington Post')).toEqual(['washington', 'post']);
    expect(nameWords('Secretary of State Ann Lee')).toEqual(['ann', 'lee']);
    expect(nameWords('superdelegates, the vast majority of whom support Ann Lee,')).toEqual([]);
    // A name after a descriptive head, a reflexive, a particle.
    expect(nameWords('his rival, Ann Lee,')).toEqual(['ann', 'lee']);
    expect(nameWords('Mr. Rubio himself')).toEqual(['rubio']);
    expect(nameWords('the cleric Anwar al-Awlaki, who was killed')).toEqual(['anwar', 'al-awlaki']);
  });

  it('takes no joined names and no description as the antecedent of "he"/"she"', () => {
    const t = 'Ann Lee spoke. Ann Lee and Bo Park said so. The Vermont senator said more. “Words here now,” she said.';
    const at = t.indexOf('she');
    const quote = {
      start: t.indexOf('“'),
      end: at - 2,
      kind: 'direct',
      speaker: 'she',
      speakerSpans: [{ start: at, end: at + 3 }],
    };
    const src = (speaker: string, i: number) => ({
      start: 0,
      end: 1,
      kind: 'indirect',
      speaker,
      speakerSpans: [{ start: i, end: i + speaker.length }],
    });
    const d: QuoteDoc = {
      id: 'j',
      text: t,
      quotes: [
        src('Ann Lee', 0),
        src('Ann Lee and Bo Park', t.indexOf('Ann Lee and')),
        src('The Vermont senator', t.indexOf('The Vermont')),
        quote,
      ],
    };
    expect(goldSpeakerName(d, quote)).toBe('Ann Lee');
    expect(goldSpeakerName({ ...d, quotes: d.quotes.slice(1) }, quote)).toBeNull();
  });

  it('matches names by their words, not by surname alone', () => {
    expect(speakerMatches('Pat Caddell', 'longtime Democratic pollster Pat Caddell')).toBe(true);
    expect(speakerMatches('John Kasich', 'Gov. Kasich')).toBe(true);
    expect(speakerMatches('Joe Biden', 'Biden, who served as a US senator')).toBe(true);
    expect(speakerMatches('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(speakerMatches(null, 'Hillary Clinton')).toBe(false);
  });
});
