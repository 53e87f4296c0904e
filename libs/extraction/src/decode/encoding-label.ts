/**
 * Maps an encoding label (from a BOM, a Content-Type header or a <meta>) to the canonical WHATWG encoding name.
 *
 * Node's TextDecoder (full ICU) already implements the WHATWG label table (iso-8859-1 and us-ascii →
 * windows-1252, gb2312 → gbk, latin2 → iso-8859-2, ...), so we delegate to it and only patch the cases the
 * standard treats specially:
 * - "replacement" labels (iso-2022-kr, hz-gb-2312, ...) are refused, so the caller falls back to the next source;
 * - x-user-defined is not supported by Node; windows-1252 is the closest browser-compatible reading.
 */
export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  const trimmed = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!trimmed) return null;
  if (trimmed === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/**
 * The HTML standard says a <meta> that declares UTF-16 really means UTF-8 (a page that could be read as ASCII
 * to find the meta cannot be UTF-16), and x-user-defined there means windows-1252.
 */
export function encodingFromMetaLabel(label: string | null | undefined): string | null {
  const encoding = canonicalEncoding(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}
