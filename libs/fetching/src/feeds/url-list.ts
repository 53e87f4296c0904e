import { resolveLink } from './feed-values';

/**
 * A plain URL list: one URL per line; blank lines and `#` comments skipped; relative URLs resolved against
 * `baseUrl` when given (only explicit ones: `/x`, `./x`, `../x`); anything that is not an http(s) URL dropped; duplicates dropped, order kept.
 */
export function parseUrlList(text: string, baseUrl?: string): string[] {
  const urls: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const token = line.split(/\s+/)[0];
    // Only absolute URLs and explicit relative paths count; a bare word is prose, not a link.
    const explicit = /^[a-z][a-z0-9+.-]*:/i.test(token) || /^(\/|\.\.?\/)/.test(token);
    const url = explicit ? resolveLink(token, baseUrl) : undefined;
    if (url && !seen.has(url)) {
      seen.add(url);
      urls.push(url);
    }
  }
  return urls;
}
