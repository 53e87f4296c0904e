/**
 * Highlighted snippets as safe HTML. ts_headline copies the article's text verbatim, and extracted text may hold
 * "<" or "&" (code samples, quoted markup), so PostgreSQL marks the matches with control characters that
 * extraction never emits, and only after escaping the text are they turned into <mark> tags: a client can put
 * the snippet into a page as is.
 */
export const SNIPPET_START = '\u0002';
export const SNIPPET_STOP = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function snippetToHtml(raw: string): string {
  const escaped = raw
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replace(/\s+/g, ' ')
    .trim();
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === SNIPPET_START && !open) {
      out += '<mark>';
      open = true;
    } else if (ch === SNIPPET_STOP && open) {
      out += '</mark>';
      open = false;
    } else if (ch !== SNIPPET_START && ch !== SNIPPET_STOP) {
      out += ch;
    }
  }
  return open ? out + '</mark>' : out;
}
