import { decodeHtmlBytes } from '@newsflow/extraction';
import { parseContentType } from './content-type-allowlist';

export interface BodyText {
  text: string;
  /** The WHATWG name of the encoding the text was decoded with. */
  charset: string;
}

/** Labels that all mean "one byte per character, Western European" to a browser. */
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
]);

/** True when the bytes hold at least one multi-byte sequence and are entirely valid UTF-8. */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Reads `encoding="..."` from an XML declaration at the start of the bytes (ASCII-compatible only). */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const m = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1];
}

/**
 * Decodes a response body to text with `decodeHtmlBytes` from @newsflow/extraction (BOM, header charset,
 * meta tag, sniffing). This file only chooses what Content-Type to hand it:
 * - heuristic `latin1-declared-utf8-bytes`: a header declaring ISO-8859-1/windows-1252/ASCII on bytes
 *   that are valid, non-ASCII UTF-8 is a misconfigured server (Latin-1 text is almost never valid
 *   multi-byte UTF-8 by accident), so the header charset is dropped and the bytes decide;
 * - heuristic `xml-declaration-charset`: for XML without a header charset, the `<?xml encoding?>`
 *   declaration is passed on as if it were the header charset (XML 1.0 appendix F);
 * - JSON without a charset is UTF-8 (RFC 8259 section 8.1).
 */
export function decodeBodyText(body: Uint8Array, contentTypeHeader: string | undefined): BodyText {
  const { mediaType, charset } = parseContentType(contentTypeHeader);
  let header = contentTypeHeader;
  if (charset && LATIN1_LABELS.has(charset) && isNonAsciiUtf8(body)) {
    header = mediaType || undefined;
  } else if (!charset && (mediaType.endsWith('xml') || mediaType === 'text/x-opml' || mediaType === '')) {
    const declared = xmlDeclaredEncoding(body);
    if (declared) header = `${mediaType || 'application/xml'}; charset=${declared}`;
  } else if (!charset && mediaType.endsWith('json')) {
    header = `${mediaType}; charset=utf-8`;
  }
  const { html, charset: used } = decodeHtmlBytes(body, header);
  return { text: html, charset: used };
}
