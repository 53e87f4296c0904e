import { canonicalEncoding } from './encoding-label';

/**
 * Extracts the charset parameter of an HTTP Content-Type header ("text/html; charset=ISO-8859-1") and returns
 * its canonical encoding, or null when absent or unknown.
 */
export function charsetFromContentType(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|[^\s;,]+)/i.exec(header);
  if (!match) return null;
  return canonicalEncoding(match[2] ?? match[3] ?? match[1]);
}
