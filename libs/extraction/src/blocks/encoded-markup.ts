/**
 * "Encoded markup" heuristic: CMSs that escape their HTML twice send tags as text ("&lt;p&gt;Text&lt;/p&gt;"),
 * which a browser shows as "<p>Text</p>". Such tags are removed from prose text (outside code); a single
 * attribute-less tag named in a sentence ("held together with <br> tags") is the writer's, and stays.
 */
const TAG = /<\/?[a-z][a-z0-9]*(\s+[a-z_:][-\w:.]*(\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/gi;
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(\s[^<>]*?)?\/?&gt;/gi;
const WITH_ATTRIBUTES = /^<[a-z][a-z0-9]*\s+[a-z_:][-\w:.]*\s*=/i;
/** Content of escaped script and style elements is code, never text. */
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function stripEncodedMarkup(text: string): string {
  if (text.indexOf('<') < 0 && text.indexOf('&lt;') < 0) return text;
  let out = text.replace(ESCAPED_TAG, ' ');
  const tags = out.match(TAG);
  if (!tags) return out;
  if (tags.length < 2 && !WITH_ATTRIBUTES.test(tags[0])) return out;
  out = out.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, (tag) => (/^<\/?(br|p|div|li|h[1-6])\b/i.test(tag) ? '\n' : ''));
  return out;
}
