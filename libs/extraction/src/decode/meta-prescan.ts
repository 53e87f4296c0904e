import { encodingFromMetaLabel } from './encoding-label';

/** How far the prescan looks; browsers use 1024 bytes, we allow more because many CMSs emit long heads. */
export const PRESCAN_BYTES = 4096;

/**
 * A simplified version of the HTML standard's "prescan a byte stream to determine its encoding": finds the
 * first <meta charset=...> or <meta http-equiv="content-type" content="...charset=..."> in the first
 * PRESCAN_BYTES, skipping comments. Bytes are read as Latin-1 so that any ASCII-compatible encoding works.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const tagPattern = /<!--[\s\S]*?(?:-->|$)|<meta\b([^>]*)>?/gi;
  let match: RegExpExecArray | null;
  while ((match = tagPattern.exec(head)) !== null) {
    const attributesText = match[1];
    if (attributesText === undefined) continue; // a comment
    const attributes = parseAttributes(attributesText);
    const charset = attributes.get('charset');
    if (charset !== undefined) {
      const encoding = encodingFromMetaLabel(charset);
      if (encoding) return encoding;
      continue;
    }
    const content = attributes.get('content');
    if (content !== undefined && (attributes.get('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const fromContent = /charset\s*=\s*["']?([^"'\s;]+)/i.exec(content);
      const encoding = fromContent ? encodingFromMetaLabel(fromContent[1]) : null;
      if (encoding) return encoding;
    }
  }
  return null;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const attributePattern = /([^\s=/>"']+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g;
  let match: RegExpExecArray | null;
  while ((match = attributePattern.exec(text)) !== null) {
    const name = match[1].toLowerCase();
    if (attributes.has(name)) continue; // the first occurrence wins, as in the standard
    attributes.set(name, match[3] ?? match[4] ?? match[2] ?? '');
  }
  return attributes;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}
