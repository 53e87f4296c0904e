/** URL-safe lower-case slug for stable ids ("Mohammad Reza Ashtiani" → "mohammad-reza-ashtiani"). */
export function slug(s: string): string {
  // Bounded memo: the same names come back within and across articles, and each slug costs a Unicode
  // normalisation and three regex passes.
  let value = memo.get(s);
  if (value === undefined) {
    if (memo.size > 20000) memo.clear();
    value = computeSlug(s);
    memo.set(s, value);
  }
  return value;
}

const memo = new Map<string, string>();

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
