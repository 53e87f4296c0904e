/** URL-safe lower-case slug for stable ids ("Mohammad Reza Ashtiani" → "mohammad-reza-ashtiani"). */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
