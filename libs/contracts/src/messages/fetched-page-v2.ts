import { ContractViolation, defineContract } from '../contract';
import { CodecContract, headerValue, RecordCodec, RecordHeaders } from '../record-codec';
import { Topics } from '../topics';
import { FetchedPageContract, FetchedPageV1 } from './fetched-page';
import { ARTICLE_ID_PATTERN } from '../article-id';

/**
 * fetched-page/2: the same page as fetched-page/1, but the record value is the page itself — its HTML decoded to
 * UTF-8, as bytes — and its metadata travels in headers. A page is most of the bytes the pipeline moves (real pages
 * run to hundreds of KB); as a JSON string it was escaped by the fetcher, unescaped by the parser, and its whole
 * length scanned by both sides' validation. As bytes it is copied, not transformed, and only the small metadata is
 * parsed and validated. In memory (what the parser's handler gets) it is the v1 shape with schemaVersion 2.
 */
export interface FetchedPageV2 extends Omit<FetchedPageV1, 'schemaVersion'> {
  schemaVersion: 2;
}

/** The headers of a fetched-page/2 record, besides the common ones (trace context, schema, content type). */
export const FetchedPageHeaders = {
  articleId: 'newsflow-article-id',
  url: 'newsflow-page-url',
  finalUrl: 'newsflow-page-final-url',
  canonicalUrl: 'newsflow-page-canonical-url',
  sourceId: 'newsflow-source-id',
  fetchedAt: 'newsflow-fetched-at',
  status: 'newsflow-http-status',
  contentType: 'newsflow-http-content-type',
  charset: 'newsflow-http-charset',
  etag: 'newsflow-http-etag',
  lastModified: 'newsflow-http-last-modified',
  timings: 'newsflow-timings',
} as const;

const H = FetchedPageHeaders;
const REQUIRED_HEADERS = [
  H.articleId,
  H.url,
  H.finalUrl,
  H.canonicalUrl,
  H.fetchedAt,
  H.status,
  H.contentType,
  H.charset,
  H.timings,
];

const v1Schema = FetchedPageContract.schema as { properties: Record<string, unknown> };

/** The page's media type without parameters (the value's own charset is always UTF-8). */
function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase() || 'text/html';
}

const codec: RecordCodec<FetchedPageV2> = {
  contentType: (page) => `${mediaType(page.contentType)}; charset=utf-8`,
  encode(page) {
    const headers: Record<string, string> = {
      [H.articleId]: page.articleId,
      [H.url]: page.url,
      [H.finalUrl]: page.finalUrl,
      [H.canonicalUrl]: page.canonicalUrl,
      [H.fetchedAt]: page.fetchedAt,
      [H.status]: String(page.status),
      [H.contentType]: page.contentType,
      [H.charset]: page.charset,
      [H.timings]: JSON.stringify(page.timings),
    };
    // A null is an absent header.
    if (page.sourceId !== null) headers[H.sourceId] = page.sourceId;
    if (page.etag !== null) headers[H.etag] = page.etag;
    if (page.lastModified !== null) headers[H.lastModified] = page.lastModified;
    return { value: Buffer.from(page.html, 'utf8'), headers };
  },
  decode(value: Buffer, headers: RecordHeaders): unknown {
    const h = (name: string) => headerValue(headers, name);
    const missing = REQUIRED_HEADERS.filter((name) => h(name) === undefined);
    if (missing.length)
      throw new ContractViolation(
        'fetched-page/2',
        missing.map((name) => `header ${name} is missing`),
      );
    let timings: unknown;
    try {
      timings = JSON.parse(h(H.timings)!);
    } catch {
      throw new ContractViolation('fetched-page/2', [`header ${H.timings} is not JSON`]);
    }
    const status = h(H.status)!;
    return {
      schemaVersion: 2,
      articleId: h(H.articleId),
      url: h(H.url),
      finalUrl: h(H.finalUrl),
      canonicalUrl: h(H.canonicalUrl),
      sourceId: h(H.sourceId) ?? null,
      fetchedAt: h(H.fetchedAt),
      // Digits only: anything else stays a string, which the schema's integer refuses.
      status: /^\d{1,3}$/.test(status) ? Number(status) : status,
      contentType: h(H.contentType),
      charset: h(H.charset),
      etag: h(H.etag) ?? null,
      lastModified: h(H.lastModified) ?? null,
      html: value.toString('utf8'),
      timings,
    };
  },
  payloadSchema: {
    type: 'string',
    format: 'binary',
    description:
      "the page's HTML as fetched, decoded to UTF-8 (whatever charset it was served in): bytes, not JSON; never empty or blank",
  },
  headersSchema: {
    type: 'object',
    required: REQUIRED_HEADERS,
    properties: {
      [H.articleId]: { type: 'string', pattern: ARTICLE_ID_PATTERN, description: 'article id (also the key)' },
      [H.url]: { type: 'string', description: 'the URL asked for' },
      [H.finalUrl]: { type: 'string', description: 'the URL after redirects, normalised' },
      [H.canonicalUrl]: { type: 'string', description: "the page's canonical URL (the article id is its hash)" },
      [H.sourceId]: { type: 'string', description: 'the source that listed it; absent for a single ingested URL' },
      [H.fetchedAt]: { type: 'string', format: 'date-time' },
      [H.status]: { type: 'string', pattern: '^[1-5][0-9]{2}$', description: 'HTTP status' },
      [H.contentType]: { type: 'string', description: 'Content-Type the server sent' },
      [H.charset]: { type: 'string', description: 'the charset the page was served in, before decoding' },
      [H.etag]: { type: 'string', description: 'ETag; absent when the server sent none' },
      [H.lastModified]: { type: 'string', description: 'Last-Modified; absent when the server sent none' },
      [H.timings]: {
        type: 'string',
        contentMediaType: 'application/json',
        description: 'pipeline timestamps so far, a JSON object: {"fetchStartedAt": ..., "fetchedAt": ...}',
      },
    },
  },
};

export const FetchedPageV2Contract: CodecContract<FetchedPageV2> = {
  // Validation is of the message in memory: the v1 schema, version 2 (the page's text checked as in v1).
  ...defineContract<FetchedPageV2>({
    name: 'fetched-page',
    version: 2,
    topic: Topics.pagesFetchedV2.name,
    schema: { ...v1Schema, properties: { ...v1Schema.properties, schemaVersion: { const: 2 } } },
  }),
  codec,
};
