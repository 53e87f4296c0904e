import { boundedMemo } from './bounded-memo';

/**
 * URL-safe lower-case slug for stable ids ("Mohammad Reza Ashtiani" → "mohammad-reza-ashtiani"). Memoised: the same
 * names come back within and across articles, and each slug costs a Unicode normalisation and three regex passes.
 */
export const slug: (s: string) => string = boundedMemo(computeSlug);

function computeSlug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
