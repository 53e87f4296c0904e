import { FIRST_NAMES, GIVEN_NAMES } from './first-names';
import { isCommonNoun } from './noun-lexicon';
import { recognizeEntities } from './recognize-entities';

const typed = (text: string): string[] => recognizeEntities(text).map((e) => `${e.type}:${e.text}`);

describe('noun lexicon', () => {
  it('knows common English words that are not names', () => {
    expect(isCommonNoun('pit')).toBe(true);
    expect(isCommonNoun('bike')).toBe(true);
    expect(isCommonNoun('beautiful')).toBe(true);
  });

  it('leaves out given names and common surnames', () => {
    expect(isCommonNoun('william')).toBe(false);
    expect(isCommonNoun('campbell')).toBe(false);
  });

  it('keeps a title-case run of common words from being a person (noun cue)', () => {
    const out = typed('The tour featured Beautiful Lie and Gravel Pit.');
    expect(out.some((e) => e.startsWith('PER:'))).toBe(false);
  });
});

describe('given names', () => {
  it('adds the generated names to the hand-kept ones for the recogniser only', () => {
    expect(GIVEN_NAMES.has('abagail')).toBe(true);
    expect(FIRST_NAMES.has('abagail')).toBe(false);
    for (const name of FIRST_NAMES) expect(GIVEN_NAMES.has(name)).toBe(true);
  });

  it('never takes common English words for given names', () => {
    expect(GIVEN_NAMES.has('may')).toBe(false);
    expect(GIVEN_NAMES.has('will')).toBe(false);
  });

  it('types a pair led by a generated given name as a person', () => {
    expect(typed('The prize went to Abagail Brennock.')).toEqual(['PER:Abagail Brennock']);
  });
});
