import { sniffBom } from './bom';
import { charsetFromContentType } from './content-type';
import { canonicalEncoding } from './encoding-label';
import { prescanMetaCharset } from './meta-prescan';
import { sniffEncoding } from './sniff-encoding';
import { looksLikeUtf8, measureUtf8 } from './utf8-validity';
import { decodeBytes } from './windows-1252';

/** The decoded page and the encoding it was read with (a canonical WHATWG name, e.g. "windows-1251"). */
export interface DecodedHtml {
  html: string;
  charset: string;
}

/**
 * Decodes raw page bytes as a browser would: BOM, then the HTTP Content-Type charset, then <meta charset> /
 * http-equiv in the head, then sniffing. Invalid bytes become U+FFFD; this function never throws.
 *
 * "Lying UTF-8 declaration" heuristic: servers and templates often declare UTF-8 for pages stored in a legacy
 * encoding. When a header or meta says UTF-8 but the bytes are clearly not UTF-8, we fall through to the next
 * source (meta, then sniffing); a declaration of UTF-8 on valid UTF-8 bytes always wins.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentTypeHeader?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom) return { html: decodeWith(bom.encoding, bytes.subarray(bom.length)), charset: bom.encoding };

  let utf8Plausible: boolean | undefined;
  const isPlausible = (encoding: string): boolean => {
    if (encoding !== 'utf-8') return true;
    utf8Plausible ??= looksLikeUtf8(measureUtf8(bytes), true);
    return utf8Plausible;
  };

  const fromHeader = charsetFromContentType(contentTypeHeader);
  if (fromHeader && isPlausible(fromHeader)) return { html: decodeWith(fromHeader, bytes), charset: fromHeader };

  const fromMeta = prescanMetaCharset(bytes);
  if (fromMeta && isPlausible(fromMeta)) return { html: decodeWith(fromMeta, bytes), charset: fromMeta };

  const sniffed = sniffEncoding(bytes);
  return { html: decodeWith(sniffed, bytes), charset: sniffed };
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return decodeBytes(canonicalEncoding(encoding) ?? 'utf-8', bytes);
}
