import { EnrichedArticleV1 } from '@newsflow/contracts';
import {
  MIN_TEXT_FOR_NEAR_DUPLICATE,
  nearDuplicateCandidate,
  NearDuplicateCandidate,
  pickNearDuplicates,
} from './near-duplicate-batch';
import { fingerprintBands } from './fingerprint-bands';

/** `base` with the given bit positions flipped, as 16 hex chars. */
function flip(base: string, ...bits: number[]): string {
  let x = BigInt(`0x${base}`);
  for (const b of bits) x ^= 1n << BigInt(b);
  return x.toString(16).padStart(16, '0');
}

const candidate = (id: string, fingerprint: string): NearDuplicateCandidate => ({
  id,
  fingerprint,
  bands: fingerprintBands(fingerprint)!,
});

const A = 'f00dfeedcafebeef';

describe('near-duplicate candidates', () => {
  const message = (text: string, fingerprint: string) =>
    ({ articleId: 'x', article: { text }, enrichment: { fingerprint } }) as unknown as EnrichedArticleV1;

  it('takes articles with a valid fingerprint and enough text', () => {
    expect(nearDuplicateCandidate(message('w'.repeat(MIN_TEXT_FOR_NEAR_DUPLICATE), A))).toEqual(candidate('x', A));
    expect(nearDuplicateCandidate(message('short', A))).toBeNull();
    expect(nearDuplicateCandidate(message('w'.repeat(400), 'nope'))).toBeNull();
  });
});

describe('pickNearDuplicates', () => {
  it('links to the nearest stored article, and to its original when that one is a copy itself', () => {
    const links = pickNearDuplicates(
      [candidate('new', A)],
      [
        { newId: 'new', oldId: 'far', fingerprint: flip(A, 1, 2, 3), original: null },
        { newId: 'new', oldId: 'copy', fingerprint: flip(A, 9), original: 'first' },
        { newId: 'new', oldId: 'other', fingerprint: flip(A, 1, 2, 3, 4), original: null },
      ],
    );
    expect(links.get('new')).toEqual({ duplicateOf: 'first', distance: 1 });
  });

  it('ignores stored hits beyond distance 3 and the article itself', () => {
    const links = pickNearDuplicates(
      [candidate('new', A)],
      [
        { newId: 'new', oldId: 'new', fingerprint: A, original: null },
        { newId: 'new', oldId: 'far', fingerprint: flip(A, 0, 1, 2, 3), original: null },
      ],
    );
    expect(links.size).toBe(0);
  });

  it('links a later article of the batch to the first earlier one within the distance, in batch order', () => {
    const links = pickNearDuplicates(
      [
        candidate('one', A),
        candidate('unrelated', flip(A, 0, 16, 32, 48, 1, 17, 33, 49)),
        candidate('two', flip(A, 5, 40)),
        candidate('three', flip(A, 5, 6)),
      ],
      [],
    );
    expect(links.get('one')).toBeUndefined();
    expect(links.get('unrelated')).toBeUndefined();
    expect(links.get('two')).toEqual({ duplicateOf: 'one', distance: 2 });
    // 'two' is a copy, so only originals are candidates: 'three' links to 'one'.
    expect(links.get('three')).toEqual({ duplicateOf: 'one', distance: 2 });
  });

  it('prefers a stored original over an earlier article of the batch', () => {
    const links = pickNearDuplicates(
      [candidate('one', A), candidate('two', flip(A, 7))],
      [{ newId: 'two', oldId: 'stored', fingerprint: flip(A, 7, 8), original: null }],
    );
    expect(links.get('two')).toEqual({ duplicateOf: 'stored', distance: 1 });
  });
});
