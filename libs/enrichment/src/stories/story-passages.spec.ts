import { DocumentFrequencies } from './document-frequencies';
import { storyProfile } from './story-profile';
import { MAX_PASSAGES, PASSAGE_WORDS, passageHashes, sharedPassages } from './story-passages';
import { SAME_STORY_THRESHOLD, storySimilarity } from './story-similarity';

describe('passageHashes', () => {
  it('hashes each run of four words once, ascending, the same on every call', () => {
    const words = 'one two three four five one two three four'.split(' ');
    const hashes = passageHashes(words);
    // Six runs, of which "one two three four" comes twice.
    expect(hashes).toHaveLength(words.length - PASSAGE_WORDS + 1 - 1);
    expect([...hashes].sort((a, b) => a - b)).toEqual(hashes);
    expect(passageHashes(words)).toEqual(hashes);
    expect(passageHashes(['too', 'few', 'words'])).toEqual([]);
  });

  it('keeps at most MAX_PASSAGES', () => {
    const words = Array.from({ length: MAX_PASSAGES * 2 }, (_, i) => `w${i}`);
    expect(passageHashes(words)).toHaveLength(MAX_PASSAGES);
  });
});

describe('sharedPassages', () => {
  it('is the share of the shorter list found in the other', () => {
    expect(sharedPassages([1, 2, 3, 4], [2, 4, 9])).toBeCloseTo(2 / 3, 10);
    expect(sharedPassages([1, 2], [1, 2, 3, 4])).toBe(1);
    expect(sharedPassages([1, 2], [3, 4])).toBe(0);
    expect(sharedPassages([], [1])).toBe(0);
  });
});

// One outlet's police-report template around two unrelated events (made up), and another outlet's report of the
// first event in its own words.
const HEADER = 'Eastvale Police Department, press office. Witnesses sought.';
const CLOSING = 'is asked to call the police.';
const BURGLARY = {
  title: 'Thieves take generators from Harbour Road building site',
  text: `${HEADER} Unknown thieves broke into a builders' container on Harbour Road and stole two generators and a concrete mixer between Sunday evening and Monday morning. Anyone who saw a van near the site ${CLOSING}`,
};
const FRAUD = {
  title: 'Pensioner loses 3,000 euros to fake bank clerk',
  text: `${HEADER} A caller posing as a bank clerk talked a pensioner on Mill Lane into reading out card codes and emptied her account of 3,000 euros. Anyone who received a similar call ${CLOSING}`,
};
const BURGLARY_RETOLD = {
  title: 'Generators and a concrete mixer stolen in Eastvale',
  text: 'Thieves raided a building site on Harbour Road overnight, forcing open a container and taking two generators and a concrete mixer, police said on Monday. They are looking for witnesses.',
};

describe('storySimilarity with shared passages', () => {
  const df = new DocumentFrequencies();
  const docs = [BURGLARY, FRAUD, BURGLARY_RETOLD].map((d) => ({ ...d, language: 'en' }));
  for (const d of docs) df.add(storyProfile(d, new DocumentFrequencies()));
  const [burglary, fraud, retold] = docs.map((d) => storyProfile(d, df));
  const wordsAlone = (p: typeof burglary) => ({ ...p, passages: undefined });

  it('takes the template two events share off their score, not another outlet’s retelling', () => {
    expect(sharedPassages(burglary.passages ?? [], fraud.passages ?? [])).toBeGreaterThan(0.1);
    expect(sharedPassages(burglary.passages ?? [], retold.passages ?? [])).toBe(0);
    expect(storySimilarity(burglary, fraud)).toBeLessThan(storySimilarity(wordsAlone(burglary), fraud) - 0.1);
    expect(storySimilarity(burglary, retold)).toBe(storySimilarity(wordsAlone(burglary), retold));
    expect(storySimilarity(burglary, retold)).toBeGreaterThan(SAME_STORY_THRESHOLD);
    expect(storySimilarity(burglary, fraud)).toBeLessThan(SAME_STORY_THRESHOLD);
  });

  it('leaves an article with itself at 1 and a profile without passages compared on its words', () => {
    expect(storySimilarity(burglary, burglary)).toBeCloseTo(1, 5);
    expect(storySimilarity(wordsAlone(burglary), wordsAlone(burglary))).toBeCloseTo(1, 5);
  });
});
