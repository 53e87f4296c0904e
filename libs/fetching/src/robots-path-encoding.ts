/**
 * The one form in which robots.txt rule paths and URL paths are compared (RFC 9309 section 2.2.2: octets outside
 * ASCII are percent-encoded before comparison). Both sides go through the same function, so a rule written as
 * `/новости/`, `/%d0%bd…` or `/%D0%BD…` matches the URL path however it was spelled.
 *
 * - Characters outside ASCII become `%XX` escapes of their UTF-8 bytes (a site writes `Disallow: /новости/`, the
 *   URL parser hands us `/%D0%BD%D0%BE…`).
 * - Every escape's hex digits are upper-cased (`%e3` and `%E3` are the same octet).
 * - Escapes of unreserved characters (`%62` for `b`, `%7E` for `~`) are left as written on both sides, so
 *   `Allow: /%62az` does not match `/baz`. RFC 9309's text would decode them in the URL, but Google's reference
 *   parser compares them as written and its ID_Encoding test pins that; RFC 3986 section 2.3 says producers should
 *   not encode unreserved characters in the first place, so either choice only matters for misspelled links.
 * - Reserved characters are not touched: encoding `/`, `?` or `=` on both sides would change nothing but `*` and
 *   `$` (also reserved) would stop being wildcards.
 */

const ESCAPE = /%[0-9a-fA-F]{2}/g;
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;
const utf8 = new TextEncoder();

/** `ツ` → `%E3%83%84`. A lone surrogate (not valid text) encodes as U+FFFD, as the WHATWG URL parser does. */
function percentEncodeUtf8(text: string): string {
  let out = '';
  for (const byte of utf8.encode(text)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

export function normalizeRobotsPath(path: string): string {
  return path.replace(ESCAPE, (escape) => escape.toUpperCase()).replace(NON_ASCII_RUN, percentEncodeUtf8);
}
