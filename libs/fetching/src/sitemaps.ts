import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { feedDate, resolveLink } from './feeds/feed-values';
import { MAX_XML_DEPTH, XmlTooDeepError } from './feeds/xml-depth';
import { rejectSitemapLoc, SitemapLocRejection, urlOrigin } from './sitemap-loc-rules';

/** Google News sitemap fields (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). */
export interface NewsSitemapInfo {
  title?: string;
  /** ISO 8601, when parseable. */
  publicationDate?: string;
  language?: string;
  publicationName?: string;
}

export interface SitemapUrl {
  url: string;
  /** ISO 8601, when parseable. */
  lastmod?: string;
  news?: NewsSitemapInfo;
}

export interface SitemapReference {
  url: string;
  lastmod?: string;
}

export interface SitemapResult {
  /** `urlset` (a sitemap), `sitemapindex` (an index of sitemaps), or `unknown` (neither root seen). */
  kind: 'urlset' | 'sitemapindex' | 'unknown';
  urls: SitemapUrl[];
  sitemaps: SitemapReference[];
  /** True when parsing stopped at `maxUrls`. */
  truncated: boolean;
  /** `<loc>`s dropped by the protocol's rules (see `rejectSitemapLoc`): on another host, or 2,048 characters or more. */
  skipped: Record<SitemapLocRejection, number>;
}

export interface SitemapParserOptions {
  /** Stop after this many `<url>` or `<sitemap>` entries (the protocol's own limit is 50,000). */
  maxUrls?: number;
}

/** The sitemap protocol's per-file limit (sitemaps.org): the default cap. */
export const SITEMAP_MAX_URLS = 50_000;

const localName = (name: string) => {
  const i = name.indexOf(':');
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase();
};

/**
 * A streaming parser for sitemaps and sitemap indexes (sitemaps.org 0.9) with the Google News extension.
 * Feed it chunks as they arrive (`write`), then call `end`. It keeps only the entries, never the document,
 * and stops at `maxUrls` (check `done` to stop reading early). Elements are matched by local name and
 * position (`loc` directly inside `url`/`sitemap`), so an `image:loc` or `video:loc` is never taken for
 * the page URL whatever prefix the document binds. Only `<loc>`s on the sitemap's own origin (`baseUrl`, the
 * sitemap's URL) and under 2,048 characters are kept (`rejectSitemapLoc`). Nesting deeper than `MAX_XML_DEPTH`
 * throws `XmlTooDeepError` (a sitemap nests 4 levels; htmlparser2's work per tag grows with the depth).
 */
export class SitemapParser {
  private readonly maxUrls: number;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parser: Parser;
  private readonly result: SitemapResult = {
    kind: 'unknown',
    urls: [],
    sitemaps: [],
    truncated: false,
    skipped: { otherHost: 0, tooLong: 0 },
  };
  private readonly stack: string[] = [];
  private text = '';
  private entry?: { loc?: string; lastmod?: string; news?: NewsSitemapInfo };
  private first = true;
  /** The sitemap's own origin: the only one its `<loc>`s may be on. */
  private readonly origin: string | undefined;
  /** Set while end() closes what the document left open: such entries may be cut off, so they are dropped. */
  private ending = false;

  constructor(
    private readonly baseUrl: string,
    options: SitemapParserOptions = {},
  ) {
    this.maxUrls = options.maxUrls ?? SITEMAP_MAX_URLS;
    this.origin = urlOrigin(baseUrl);
    this.parser = new Parser(
      {
        onopentag: (name) => this.open(localName(name)),
        ontext: (data) => {
          this.text += data;
        },
        onclosetag: (name) => this.close(localName(name)),
      },
      { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
    );
  }

  /** True once `maxUrls` entries were read: further input is ignored. */
  get done(): boolean {
    return this.result.truncated;
  }

  write(chunk: Uint8Array | string): void {
    if (this.done) return;
    let text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    if (this.first) {
      text = text.replace(/^\uFEFF/, '');
      this.first = false;
    }
    this.parser.write(text);
  }

  end(): SitemapResult {
    if (!this.done) {
      const rest = this.decoder.decode();
      if (rest) this.parser.write(rest);
      this.ending = true;
      this.parser.end();
    }
    return this.result;
  }

  private open(name: string): void {
    if (this.done) return;
    if (this.stack.length >= MAX_XML_DEPTH) throw new XmlTooDeepError(MAX_XML_DEPTH);
    const parent = this.stack[this.stack.length - 1];
    if (this.stack.length === 0 && (name === 'urlset' || name === 'sitemapindex')) this.result.kind = name;
    if ((name === 'url' && parent === 'urlset') || (name === 'sitemap' && parent === 'sitemapindex')) this.entry = {};
    if (name === 'news' && parent === 'url' && this.entry) this.entry.news = {};
    this.stack.push(name);
    this.text = '';
  }

  private close(name: string): void {
    if (this.done || this.ending) return;
    if (this.stack[this.stack.length - 1] !== name) return; // stray close tag: ignore
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const value = this.text.trim();
    this.text = '';
    const entry = this.entry;
    if (!entry) return;
    if (parent === 'url' || parent === 'sitemap') {
      if (name === 'loc') entry.loc = value;
      else if (name === 'lastmod') entry.lastmod = feedDate(value);
    } else if (entry.news && parent === 'news') {
      if (name === 'title') entry.news.title = value || undefined;
      else if (name === 'publication_date') entry.news.publicationDate = feedDate(value);
    } else if (entry.news && parent === 'publication') {
      if (name === 'name') entry.news.publicationName = value || undefined;
      else if (name === 'language') entry.news.language = value || undefined;
    }
    if (name === 'url' || name === 'sitemap') this.finishEntry(name);
  }

  private finishEntry(name: 'url' | 'sitemap'): void {
    const entry = this.entry;
    this.entry = undefined;
    const url = resolveLink(entry?.loc, this.baseUrl);
    if (!entry || !url) return;
    const rejection = rejectSitemapLoc(url, this.origin);
    if (rejection) {
      this.result.skipped[rejection]++;
      return;
    }
    if (name === 'url')
      this.result.urls.push({ url, lastmod: entry.lastmod, ...(entry.news ? { news: entry.news } : {}) });
    else this.result.sitemaps.push({ url, lastmod: entry.lastmod });
    if (this.result.urls.length + this.result.sitemaps.length >= this.maxUrls) {
      this.result.truncated = true;
      this.parser.reset();
    }
  }
}

/** Parses a complete sitemap document (convenience over {@link SitemapParser}). */
export function parseSitemap(text: string, baseUrl: string, options?: SitemapParserOptions): SitemapResult {
  const parser = new SitemapParser(baseUrl, options);
  parser.write(text);
  return parser.end();
}

/** Parses a sitemap from a stream of chunks, stopping reading once `maxUrls` is reached. */
export async function parseSitemapStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  baseUrl: string,
  options?: SitemapParserOptions,
): Promise<SitemapResult> {
  const parser = new SitemapParser(baseUrl, options);
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (parser.done) break;
  }
  return parser.end();
}

/** Sitemaps may be served gzipped as files (`sitemap.xml.gz`, application/x-gzip), not as an encoding. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export interface SitemapBytesOptions extends SitemapParserOptions {
  /** Cap on the size of a gunzipped sitemap (gzip bombs); default 50 MiB, the protocol's own size limit. */
  maxDecompressedBytes?: number;
}

/** The sitemap protocol's per-file size limit (sitemaps.org): 50 MiB uncompressed. */
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Parses a fetched sitemap body, gunzipping it on the fly when it is a gzip file. Decompression is
 * streamed into the parser and stops at `maxUrls` or, as a bomb, at `maxDecompressedBytes` (throws).
 */
export async function parseSitemapBytes(
  body: Uint8Array,
  baseUrl: string,
  options: SitemapBytesOptions = {},
): Promise<SitemapResult> {
  if (!isGzip(body)) return parseSitemapStream([body], baseUrl, options);
  const cap = options.maxDecompressedBytes ?? SITEMAP_MAX_BYTES;
  const gunzip = Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]).pipe(createGunzip());
  const parser = new SitemapParser(baseUrl, options);
  let decoded = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      decoded += chunk.length;
      if (decoded > cap) throw new Error(`gunzipped sitemap exceeds ${cap} bytes`);
      parser.write(chunk);
      if (parser.done) break;
    }
  } finally {
    gunzip.destroy();
  }
  return parser.end();
}
