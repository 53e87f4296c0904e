import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from './decode/decode-html-bytes';
import { ExtractionError } from './errors';
import { extractArticle } from './extract-article';
import { ExtractOptions, ExtractedArticle } from './types';

/** Refuse to inflate a gzip file beyond this (a "zip bomb" must not exhaust memory). */
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * Extracts from raw page bytes as stored on disk: gzip is detected by its magic number and inflated, then
 * the bytes are decoded as a browser would (BOM, Content-Type charset, <meta>, sniffing).
 */
export function extractArticleFromBytes(
  bytes: Uint8Array,
  url?: string,
  options: ExtractOptions & { contentType?: string } = {},
): ExtractedArticle {
  let raw = bytes;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = new Uint8Array(gunzipSync(raw, { maxOutputLength: MAX_GUNZIPPED_BYTES }));
    } catch (err) {
      throw new ExtractionError(
        'BAD_GZIP',
        `cannot gunzip the page: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (raw.length === 0) throw new ExtractionError('EMPTY_INPUT', 'the page is empty');
  const { html } = decodeHtmlBytes(raw, options.contentType);
  return extractArticle(html, url, options);
}
