import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textContent, textPrefix, walkElements } from '../dom/traverse';
import { ExtractedDate } from '../types';
import {
  ParsedDate,
  findHumanDates,
  parseHumanDate,
  parseMachineDate,
  parseUrlDate,
  parseUrlYearMonth,
} from './date-parsing';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta } from './page-meta';
import { toPublisherTime } from './publisher-time-zone';

export interface FoundDate {
  date: ParsedDate;
  source: ExtractedDate['source'];
  /** From a generic key ("date", "dc.date") that CMSs also fill with technical timestamps. */
  weak?: boolean;
}

/** Generic meta keys: often a crawl, cache or import time rather than the publication date. */
const WEAK_META = new Set([
  'date',
  'dc.date',
  'dcterms.date',
  'displaydate',
  'created',
  'article.created',
  'og:pubdate',
]);

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

/** Class/id words of elements that show the publication date specifically. */
const PUBLISH_CLASS =
  /publish|pubdate|posted|date-?created|entry-date|article-?date|post-?date|story-?date|news-?date|timedata|(^|[\s_-])(date|datum|fecha|data|timestamp|dateline)([\s_-]|$)/i;

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
  /** The publisher's probable time zone (IANA name), used to read UTC timestamps as local days. */
  timeZone: string | null;
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
  const metaPublished = outvotedByMeta(
    fromJsonLd(article?.datePublished) ??
      fromJsonLd(article?.dateCreated) ??
      fromMeta(ctx.pageMeta, PUBLISHED_META) ??
      fromItemprop(ctx.pageMeta, 'datepublished') ??
      fromJsonLdAny(ctx.jsonLd),
    ctx.pageMeta,
  );
  const modified =
    fromJsonLd(article?.dateModified) ??
    fromMeta(ctx.pageMeta, MODIFIED_META) ??
    fromItemprop(ctx.pageMeta, 'datemodified');

  const local = (found: FoundDate | null): FoundDate | null =>
    found
      ? { ...found, date: localiseWithNaiveTwin(found.date, ctx.pageMeta) ?? toPublisherTime(found.date, ctx.timeZone) }
      : null;
  const urlDate = parseUrlDate(ctx.url);
  let published = preferShownDate(local(metaPublished), local(modified), ctx);
  if (urlDate && (!published || dayNumber(published.date) !== dayNumber(urlDate))) {
    published = { date: urlDate, source: 'url' };
  } else if (published?.weak) {
    published = confirmWithShownDate(published, ctx);
  }
  if (!published) {
    const times = fromTimeElements(ctx.root);
    published =
      local(times.marked) ??
      fromDateElements(ctx.root, ctx.preferMonthFirst, PUBLISH_CLASS) ??
      fromDatedByline(ctx.root, ctx.preferMonthFirst) ??
      local(times.first) ??
      fromDateElements(ctx.root, ctx.preferMonthFirst, DATE_CLASS) ??
      fromBodyText(ctx.root, ctx.preferMonthFirst);
  }
  return { published, modified: local(modified) };
}

/**
 * "Naive twin" heuristic: some CMSs emit the same instant twice, once in UTC and once as a zone-less local
 * time (sailthru.date "2023-11-08 22:35:29" next to "2023-11-09T06:35:29+00:00"). Equal minutes and seconds
 * with a whole-hour difference reveal the site's offset, and the local reading gives the local day.
 */
function localiseWithNaiveTwin(date: ParsedDate, pageMeta: PageMeta): ParsedDate | null {
  if (date.offsetMinutes !== 0 || date.hour === undefined) return null;
  const instant = Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute ?? 0, date.second ?? 0);
  for (const key of PUBLISHED_META) {
    for (const value of pageMeta.meta.get(key) ?? []) {
      const twin = parseMachineDate(value);
      if (!twin || twin.hour === undefined || twin.offsetMinutes !== undefined) continue;
      if (twin.minute !== date.minute || (twin.second ?? 0) !== (date.second ?? 0)) continue;
      const local = Date.UTC(twin.year, twin.month - 1, twin.day, twin.hour, twin.minute ?? 0, twin.second ?? 0);
      const offset = (local - instant) / 60_000;
      if (offset !== 0 && offset % 60 === 0 && offset >= -12 * 60 && offset <= 14 * 60) {
        return { ...twin, offsetMinutes: offset };
      }
    }
  }
  return null;
}

/**
 * "Metadata majority" heuristic: when two or more publication-date meta tags agree on a day that differs
 * from the preferred source (usually JSON-LD generated by a different plugin), the agreeing tags win.
 */
function outvotedByMeta(preferred: FoundDate | null, pageMeta: PageMeta): FoundDate | null {
  if (!preferred) return preferred;
  const votes = new Map<number, { count: number; found: FoundDate }>();
  for (const key of PUBLISHED_META) {
    const found = fromMeta(pageMeta, [key]);
    if (!found) continue;
    const day = dayNumber(found.date);
    const vote = votes.get(day);
    if (vote) vote.count++;
    else votes.set(day, { count: 1, found });
  }
  const preferredDay = dayNumber(preferred.date);
  for (const [day, vote] of votes) {
    if (day !== preferredDay && vote.count >= 2 && vote.count > (votes.get(preferredDay)?.count ?? 0))
      return vote.found;
  }
  return preferred;
}

/**
 * "Shown date" heuristic: when the declared publication day appears nowhere on the page but the declared
 * modification day does, the page presents itself as of that update (re-published guides, wiki revisions),
 * and readers and archives date it by what is shown.
 */
function preferShownDate(published: FoundDate | null, modified: FoundDate | null, ctx: DateContext): FoundDate | null {
  if (!published || !modified) return published;
  const publishedDay = dayNumber(published.date);
  const modifiedDay = dayNumber(modified.date);
  if (modifiedDay <= publishedDay) return published;
  const shown = new Set(findHumanDates(visibleText(ctx.root), ctx.preferMonthFirst).map((m) => dayNumber(m.date)));
  if (!shown.has(publishedDay) && shown.has(modifiedDay)) return modified;
  return published;
}

/**
 * "Unconfirmed metadata" heuristic: a metadata date that appears nowhere in the visible text, while the
 * page's date line (a publication-date element or a marked <time>) shows another day, is a technical
 * timestamp (cache, import, feed); the date line is what the publisher printed.
 */
function confirmWithShownDate(published: FoundDate, ctx: DateContext): FoundDate {
  const shownLine = fromDateElements(ctx.root, ctx.preferMonthFirst, PUBLISH_CLASS);
  if (!shownLine || dayNumber(shownLine.date) === dayNumber(published.date)) return published;
  const urlMonth = parseUrlYearMonth(ctx.url);
  if (urlMonth && (shownLine.date.year !== urlMonth.year || shownLine.date.month !== urlMonth.month)) return published;
  const shown = new Set(findHumanDates(visibleText(ctx.root), ctx.preferMonthFirst).map((m) => dayNumber(m.date)));
  return shown.has(dayNumber(published.date)) ? published : shownLine;
}

function visibleText(root: ElementNode): string {
  return collapseWhitespace(textPrefix(findBody(root), 20000));
}

/**
 * Navigation, and asides and footers of the page (not those of the article: its info box or footer often
 * holds the date line).
 */
function isPageFurniture(el: ElementNode): boolean {
  const tag = el.tag;
  if (tag === 'nav' || tag === 'head') return true;
  if (tag !== 'aside' && tag !== 'footer') return false;
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'article' || p.tag === 'main') return false;
  return true;
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
      if (date) return { date, source: 'meta', weak: WEAK_META.has(key) };
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
function fromTimeElements(root: ElementNode): { marked: FoundDate | null; first: FoundDate | null } {
  let marked: FoundDate | null = null;
  let first: FoundDate | null = null;
  walkElements(root, (el) => {
    if (marked) return false;
    if (isPageFurniture(el)) return false;
    if (el.tag !== 'time' && el.attrs.class !== undefined && /comment|related|sidebar|widget/i.test(el.attrs.class))
      return false;
    if (el.tag !== 'time') return;
    const value = el.attrs.datetime ?? collapseWhitespace(textContent(el));
    const date = parseMachineDate(value) ?? parseHumanDate(value);
    if (!date) return;
    const names = `${classAndId(el)} ${el.parent ? classAndId(el.parent) : ''}`;
    if (el.attrs.pubdate !== undefined || /publish|posted|entry-date|created|pubdate|first/i.test(names)) {
      if (!/modif|update/i.test(names)) marked = { date, source: 'time' };
    } else if (!first && !/modif|update/i.test(names)) first = { date, source: 'time' };
  });
  return { marked, first };
}

/**
 * "Date-like element" heuristic: short elements whose class/id speaks of dates, bylines or article meta
 * usually show the publication date as text. Called first with publication-specific class names, later
 * with any date-like class.
 */
function fromDateElements(root: ElementNode, preferMonthFirst: boolean, classPattern: RegExp): FoundDate | null {
  let found: FoundDate | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (isPageFurniture(el)) return false;
    const names = classAndId(el);
    if (!names || !classPattern.test(names) || /comment|related|footer|sidebar|widget|copyright/i.test(names)) return;
    const prefix = textPrefix(el, 2000);
    if (prefix.length >= 2000) return;
    const text = collapseWhitespace(prefix);
    if (text.length === 0 || text.length > 300) return;
    const date = parseHumanDate(text, preferMonthFirst);
    if (date) {
      found = { date, source: 'text' };
      return false;
    }
  });
  return found;
}

/**
 * "Dated byline" heuristic: "von Marianne1 am 20.09.2020", "By Jane Doe on April 26, 2024", "Posted on 3 May
 * 2021" name the publication day whatever the element's class; the first such line of the page is taken.
 */
const DATED_BYLINE =
  /(^|\s)((von|by|par|por|di|door|av)\s+\S[^\n]{0,60}?\s(am|on|le|el|il|op|den)\s|(posted|published|veröffentlicht|publié|publicado|pubblicato)\s+(on|am|le|el|il)?\s*)\S{0,12}\s?\d/i;

function fromDatedByline(root: ElementNode, preferMonthFirst: boolean): FoundDate | null {
  let found: FoundDate | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (isPageFurniture(el)) return false;
    const names = classAndId(el);
    if (names && /comment|related|sidebar|widget/i.test(names)) return false;
    if (el.children.length > 8) return;
    const prefix = textPrefix(el, 200);
    if (prefix.length >= 200) return;
    const text = collapseWhitespace(prefix);
    if (text.length < 8 || !DATED_BYLINE.test(text)) return;
    const date = parseHumanDate(text, preferMonthFirst);
    if (date) {
      found = { date, source: 'text' };
      return false;
    }
  });
  return found;
}

/** Last resort: the first plausible date in the visible text of the page. */
function fromBodyText(root: ElementNode, preferMonthFirst: boolean): FoundDate | null {
  const body = findBody(root);
  const text = collapseWhitespace(textPrefix(body, 40000)).slice(0, 20000);
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
