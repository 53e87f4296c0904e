import { capitalisedRuns, historyFeatures, staticFeatures, FeatureContext, MAX_STATIC_FEATURES } from './features';
import { hashString, mix } from './hashing';
import { F_ALL_CAPS, F_INIT_CAP, F_SENTENCE_START, TokenInfo, tokenInfo, wordShape } from './token-info';
import { WordClusters } from './word-clusters';

const clusters = WordClusters.parse('#levels\t1024\t256\t64\t16\n#map\t7\t3\t2\t1\nReuters\t7\nXinhua\t7\n');

function context(words: string[]): FeatureContext {
  const info = words.map((w, i) => tokenInfo(w, i === 0, clusters));
  const n = words.length;
  const { runFirst, runLast } = capitalisedRuns(info, [[0, n]]);
  return {
    info,
    rules: new Uint8Array(n),
    gazetteer: new Uint8Array(n),
    docCase: new Uint8Array(n),
    headline: new Uint8Array(n),
    runFirst,
    runLast,
    names: new Uint8Array(n),
  };
}

function featuresOf(ctx: FeatureContext, i: number): number[] {
  const out = new Uint32Array(MAX_STATIC_FEATURES);
  const end = staticFeatures(ctx, i, 0, ctx.info.length, out, 0);
  return [...out.subarray(0, end)];
}

describe('token features', () => {
  it('shapes words with capped runs', () => {
    expect(wordShape('Reuters')).toBe('Xxxxx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-22')).toBe('dddd-dd-dd');
    expect(wordShape('McDonald')).toBe('XxXxxxx');
  });

  it('flags capitals, all-caps words and sentence starts', () => {
    const a = tokenInfo('BRUSSELS', true, null);
    expect(a.flags & F_ALL_CAPS).toBeTruthy();
    expect(a.flags & F_SENTENCE_START).toBeTruthy();
    expect(tokenInfo('said', false, null).flags & F_INIT_CAP).toBe(0);
  });

  it('gives words of one cluster the same cluster ids, with case fallback for capitals', () => {
    const reuters = tokenInfo('Reuters', false, clusters);
    const xinhua = tokenInfo('XINHUA', false, clusters);
    expect(reuters.clusters).toEqual([7, 3, 2, 1]);
    expect(xinhua.clusters).toEqual([7, 3, 2, 1]);
    expect(tokenInfo('unknownword', false, clusters).clusters).toEqual([-1, -1, -1, -1]);
  });

  it('marks lexicon membership (given names, titles)', () => {
    const john: TokenInfo = tokenInfo('John', false, null);
    const president = tokenInfo('President', false, null);
    expect(john.lexicon).not.toBe(0);
    expect(president.lexicon).not.toBe(john.lexicon);
  });

  it('emits the word, its neighbours and the cluster as hashed features', () => {
    const ctx = context(['Reuters', 'said', 'Xinhua', 'reported']);
    const f0 = featuresOf(ctx, 0);
    expect(f0).toContain(mix(2, hashString('Reuters')));
    expect(f0).toContain(mix(15, hashString('said'))); // next word
    const f2 = featuresOf(ctx, 2);
    expect(f2).toContain(mix(14, hashString('said'))); // previous word
    // Shared cluster feature: what the model learns for Reuters carries to Xinhua.
    const shared = f0.filter((k) => f2.includes(k));
    expect(shared.length).toBeGreaterThan(3);
    expect(new Set(f0).size).toBeGreaterThan(30);
  });

  it('finds capitalised runs within a sentence', () => {
    const ctx = context(['The', 'Bank', 'of', 'New', 'York', 'said']);
    expect([...ctx.runFirst]).toEqual([0, 0, -1, 3, 3, -1]);
    expect([...ctx.runLast]).toEqual([1, 1, -1, 4, 4, -1]);
  });

  it('history features depend on the previous labels', () => {
    const t = tokenInfo('Smith', false, null);
    const a = new Uint32Array(8);
    const b = new Uint32Array(8);
    const n = historyFeatures(t, 1, 0, a, 0);
    historyFeatures(t, 0, 0, b, 0);
    expect(n).toBe(5);
    expect([...a.subarray(0, n)]).not.toEqual([...b.subarray(0, n)]);
  });
});
