/**
 * Tuning / check halves of a dev set, by site. A page belongs to the half its site's registrable domain hashes
 * to, so two pages of one site never straddle the halves (a rule fitted to a site's markup cannot score on the
 * check half through that site's other page). Deterministic: FNV-1a of the domain, no seed, no page order.
 */

export type Half = 'tuning' | 'check';
export const HALVES: Half[] = ['tuning', 'check'];

/**
 * Second-level labels under which registrations happen one level deeper (example.co.uk, example.com.au). A short
 * list rather than the Public Suffix List: it only has to keep one site's pages together, not be exact for
 * every suffix.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go', 'gob', 'nic', 'info']);

/** The URL's registrable domain (`www.bbc.co.uk` → `bbc.co.uk`), or the whole host when it has two labels. */
export function registrableDomain(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const take = SECOND_LEVEL.has(labels[labels.length - 2]) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** 32-bit FNV-1a over the string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Which half a page of this URL falls in. */
export function halfOf(url: string): Half {
  return fnv1a(registrableDomain(url)) % 2 === 0 ? 'tuning' : 'check';
}
