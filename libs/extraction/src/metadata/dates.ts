import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { ExtractedDate } from '../types';
import { ParsedDate, parseHumanDate, parseMachineDate, parseUrlDate } from './date-parsing';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta } from './page-meta';

export interface FoundDate {
  date: ParsedDate;
  source: ExtractedDate['source'];
}

export interface DateFindings {
  published: FoundDate | null;
  modified: FoundDate | null;
}

/** Meta keys that carry the publication date, most specific first (htmldate's and trafilatura's lists). */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'article.published',
  'datepublished',
  'date_published',
  'publishdate',
  'publish_date',
  'publish-date',
  'publication_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'article_date_original',
  'original-publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'cxenseparse:recs:publishtime',
  'article.created',
  'created',
  'date',
  'displaydate',
  'weibo:article:create_at',
  'og:pubdate',
  'rnews:datepublished',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'datemodified',
  'date_modified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article.updated',
];

/** Class/id words of elements that show the article's date. */
const DATE_CLASS =
  /date|time|publish|posted|byline|dateline|meta|info|timestamp|zeit|datum|fecha|data|published|entry-date|article-header|story-header|author/i;

export interface DateContext {
  root: ElementNode;
  pageMeta: PageMeta;
  jsonLd: JsonLdData;
  url: string | null;
  /** Month-first reading of ambiguous numeric dates (American English pages). */
  preferMonthFirst: boolean;
}

/**
 * Publication and modification dates, by source reliability (htmldate's order, adapted): JSON-LD, meta
 * tags and microdata, then a full date in the URL, then <time> elements, then dates shown in date-like
 * elements, then the first date in the visible text. "URL arbitration" heuristic: a full date in the URL
 * is written once at publication and never updated, so when it disagrees with the metadata by more than a
 * day, the URL wins (metadata is often the last update or a feed timestamp).
 */
export function extractDates(ctx: DateContext): DateFindings {
  const article = ctx.jsonLd.article;
  const metaPublished =
    fromJsonLd(article?.datePublished) ??
    fromJsonLd(article?.dateCreated) ??
    fromMeta(ctx.pageMeta, PUBLISHED_META) ??
    fromItemprop(ctx.pageMeta, 'datepublished') ??
    fromJsonLdAny(ctx.jsonLd);
  const modified =
    fromJsonLd(article?.dateModified) ??
    fromMeta(ctx.pageMeta, MODIFIED_META) ??
    fromItemprop(ctx.pageMeta, 'datemodified');

  const urlDate = parseUrlDate(ctx.url);
  let published: FoundDate | null = metaPublished;
  if (urlDate) {
    if (!published || Math.abs(dayNumber(published.date) - dayNumber(urlDate)) > 1) {
      published = { date: urlDate, source: 'url' };
    }
  }
  published ??= fromTimeElements(ctx.root) ?? fromDateElements(ctx.root, ctx.preferMonthFirst);
  if (!published && modified) published = null;
  return { published, modified };
}

function dayNumber(d: ParsedDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function fromJsonLd(value: unknown): FoundDate | null {
  for (const s of jsonLdStrings(value)) {
    const date = parseMachineDate(s);
    if (date) return { date, source: 'json-ld' };
  }
  return null;
}

/** Any datePublished in the page's JSON-LD, when no article node carries one (e.g. a WebPage in a @graph). */
function fromJsonLdAny(jsonLd: JsonLdData): FoundDate | null {
  for (const node of jsonLd.nodes) {
    const found = fromJsonLd(node.datePublished);
    if (found) return found;
  }
  return null;
}

function fromMeta(pageMeta: PageMeta, keys: readonly string[]): FoundDate | null {
  for (const key of keys) {
    for (const value of pageMeta.meta.get(key) ?? []) {
      const date = parseMachineDate(value) ?? parseHumanDate(value);
      if (date) return { date, source: 'meta' };
    }
  }
  return null;
}

function fromItemprop(pageMeta: PageMeta, prop: string): FoundDate | null {
  for (const el of pageMeta.itemprops.get(prop) ?? []) {
    if (el.tag === 'meta') continue; // already read as meta
    const value = el.attrs.datetime ?? el.attrs.content ?? collapseWhitespace(textContent(el));
    const date = parseMachineDate(value) ?? parseHumanDate(value);
    if (date) return { date, source: el.tag === 'time' ? 'time' : 'meta' };
  }
  return null;
}

/**
 * "<time> element" heuristic: a <time datetime> marked as the publication time (pubdate attribute, class
 * names such as published/entry-date), else the first <time datetime> of the page outside furniture.
 */
function fromTimeElements(root: ElementNode): FoundDate | null {
  let marked: FoundDate | null = null;
  let first: FoundDate | null = null;
  walkElements(root, (el) => {
    if (marked) return false;
    if (el.tag === 'footer' || el.tag === 'aside' || el.tag === 'nav') return false;
    if (el.tag !== 'time') return;
    const value = el.attrs.datetime ?? collapseWhitespace(textContent(el));
    const date = parseMachineDate(value) ?? parseHumanDate(value);
    if (!date) return;
    const names = `${classAndId(el)} ${el.parent ? classAndId(el.parent) : ''}`;
    if (el.attrs.pubdate !== undefined || /publish|posted|entry-date|created|pubdate|first/i.test(names)) {
      if (!/modif|update/i.test(names)) marked = { date, source: 'time' };
    } else if (!first && !/modif|update/i.test(names)) first = { date, source: 'time' };
  });
  return marked ?? first;
}

/**
 * "Date-like element" heuristic: short elements whose class/id speaks of dates, bylines or article meta
 * usually show the publication date as text; else the first plausible date in the visible text.
 */
function fromDateElements(root: ElementNode, preferMonthFirst: boolean): FoundDate | null {
  let found: FoundDate | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (el.tag === 'footer' || el.tag === 'aside' || el.tag === 'nav' || el.tag === 'head') return false;
    const names = classAndId(el);
    if (!names || !DATE_CLASS.test(names) || /comment|related|footer|sidebar|widget|copyright/i.test(names)) return;
    const text = collapseWhitespace(textContent(el));
    if (text.length === 0 || text.length > 300) return;
    if (/updat|modif|aktualisiert|actualiz|mis à jour/i.test(text.slice(0, 20))) return;
    const date = parseHumanDate(text, preferMonthFirst);
    if (date) {
      found = { date, source: 'text' };
      return false;
    }
  });
  if (found) return found;
  const body = findBody(root);
  const text = collapseWhitespace(textContent(body)).slice(0, 20000);
  const date = parseHumanDate(text, preferMonthFirst);
  return date ? { date, source: 'text' } : null;
}

function findBody(root: ElementNode): ElementNode {
  let body: ElementNode | null = null;
  walkElements(root, (el) => {
    if (body) return false;
    if (el.tag === 'body') {
      body = el;
      return false;
    }
    if (el.tag === 'head') return false;
  });
  return body ?? root;
}
