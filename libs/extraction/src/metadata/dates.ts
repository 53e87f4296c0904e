import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, findFirst, textContent, textPrefix, walkElements } from '../dom/traverse';
import { ExtractedDate } from '../types';
import {
  ParsedDate,
  findHumanDates,
  parseHumanDate,
  parseMachineDate,
  parseUrlDate,
  parseShortYearDate,
  parseUrlYearMonth,
} from './date-parsing';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta } from './page-meta';
import { toPublisherTime } from './publisher-time-zone';
import { atOffset, dateFromDataScripts, pageUtcOffset } from './script-dates';

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
  /** Raw JSON-LD and inline data scripts (state blobs such as __NEXT_DATA__), when the caller has them. */
  jsonLdScripts?: readonly string[];
  dataScripts?: readonly string[];
  /** The lead image's URL: CMSs file uploads under /YYYY/MM/DD/. */
  leadImageUrl?: string | null;
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
      fromJsonLdAny(ctx.jsonLd) ??
      fromDataScripts(ctx.dataScripts),
    ctx.pageMeta,
  );
  const modified =
    fromJsonLd(article?.dateModified) ??
    fromMeta(ctx.pageMeta, MODIFIED_META) ??
    fromItemprop(ctx.pageMeta, 'datemodified');

  let offset: number | null | undefined;
  const pageOffset = (): number | null => (offset === undefined ? (offset = pageOffsetOf(ctx)) : offset);
  const local = (found: FoundDate | null): FoundDate | null => {
    if (!found) return null;
    const twin = localiseWithNaiveTwin(found.date, ctx.pageMeta);
    if (twin) return { ...found, date: twin };
    if (found.date.zulu && found.date.hour !== undefined && pageOffset() !== null) {
      return { ...found, date: atOffset(found.date, pageOffset() as number) };
    }
    return { ...found, date: toPublisherTime(found.date, ctx.timeZone) };
  };
  const urlDate = parseUrlDate(ctx.url);
  let published = preferShownDate(local(metaPublished), local(modified), ctx);
  if (urlDate && (!published || dayNumber(published.date) !== dayNumber(urlDate))) {
    published = { date: urlDate, source: 'url' };
  } else if (published?.weak) {
    published = confirmWithShownDate(published, ctx);
  } else if (published && published.source !== 'url') {
    published = preferVisibleByline(published, ctx);
  }
  if (!published) {
    const times = fromTimeElements(ctx.root);
    published =
      local(times.marked) ??
      fromDateElements(ctx.root, ctx.preferMonthFirst, PUBLISH_CLASS) ??
      fromDatedByline(ctx.root, ctx.preferMonthFirst) ??
      local(times.first) ??
      fromDateElements(ctx.root, ctx.preferMonthFirst, DATE_CLASS) ??
      fromImageUrls(ctx) ??
      fromBodyText(ctx.root, ctx.preferMonthFirst);
  }
  if (published) published = preferOriginalPublication(published, ctx);
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
  const shown = shownDays(ctx.root, ctx.preferMonthFirst);
  if (!shown.has(publishedDay) && shown.has(modifiedDay)) return modified;
  return published;
}

/**
 * "Unconfirmed metadata" heuristic: a metadata date that appears nowhere in the visible text, while the
 * page's date line (a publication-date element or a marked <time>) shows another day, is a technical
 * timestamp (cache, import, feed); the date line is what the publisher printed.
 */
function confirmWithShownDate(published: FoundDate, ctx: DateContext): FoundDate {
  const shownLine =
    fromDateElements(ctx.root, ctx.preferMonthFirst, PUBLISH_CLASS) ??
    fromHeadlineDateLine(ctx.root, ctx.preferMonthFirst);
  if (!shownLine || dayNumber(shownLine.date) === dayNumber(published.date)) return published;
  const urlMonth = parseUrlYearMonth(ctx.url);
  if (urlMonth && (shownLine.date.year !== urlMonth.year || shownLine.date.month !== urlMonth.month)) return published;
  const shown = shownDays(ctx.root, ctx.preferMonthFirst);
  return shown.has(dayNumber(published.date)) ? published : shownLine;
}

/**
 * Per page: its visible text and the days it shows, computed once (several heuristics consult them).
 */
const pageTexts = new WeakMap<ElementNode, { text: string; shown?: Set<number>; preferMonthFirst?: boolean }>();

function visibleText(root: ElementNode): string {
  let entry = pageTexts.get(root);
  if (!entry) {
    entry = { text: collectVisibleText(root) };
    pageTexts.set(root, entry);
  }
  return entry.text;
}

/** Every day written in the page's visible text. */
function shownDays(root: ElementNode, preferMonthFirst: boolean): Set<number> {
  const text = visibleText(root);
  const entry = pageTexts.get(root) as { text: string; shown?: Set<number>; preferMonthFirst?: boolean };
  if (!entry.shown || entry.preferMonthFirst !== preferMonthFirst) {
    entry.shown = new Set(findHumanDates(text, preferMonthFirst).map((m) => dayNumber(m.date)));
    entry.preferMonthFirst = preferMonthFirst;
  }
  return entry.shown;
}

/** The page's visible text without its furniture (whose dates belong to other articles or to today). */
function collectVisibleText(root: ElementNode, maxChars = 20000): string {
  const parts: string[] = [];
  let length = 0;
  const stack: (ElementNode | string)[] = [findBody(root)];
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop() as ElementNode | string;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
      continue;
    }
    if (node !== root && isPageFurniture(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      stack.push(child.kind === 'text' ? child.data : child);
    }
  }
  return collapseWhitespace(parts.join(' ')).slice(0, maxChars);
}

/**
 * "Page furniture" heuristic: navigation, menus, the site header (its clock and today's date), asides and
 * footers of the page (not those of the article: its info box or footer often holds the date line), and
 * related-content, trending and teaser modules, whose dates are other articles'.
 */
function isPageFurniture(el: ElementNode): boolean {
  const tag = el.tag;
  if (tag === 'nav' || tag === 'head' || tag === 'menu') return true;
  if (el.attrs.class === undefined && el.attrs.id === undefined && !FURNITURE_TAGS.has(tag)) return false;
  const names = classAndId(el);
  if (names && FURNITURE_CLASS.test(names) && !ARTICLE_PART_CLASS.test(names)) {
    // a wrapper that holds the page's headline is the page, whatever its class says ("one-sidebar")
    if (tag !== 'body' && tag !== 'html' && tag !== 'main' && tag !== 'article' && !findFirst(el, isHeadline))
      return true;
  }
  if (tag !== 'aside' && tag !== 'footer' && tag !== 'header') return false;
  if (tag === 'header' && names && ARTICLE_PART_CLASS.test(names)) return false;
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'article' || p.tag === 'main') return false;
  return true;
}

const FURNITURE_TAGS = new Set(['aside', 'footer', 'header']);

function isHeadline(el: ElementNode): boolean {
  return el.tag === 'h1';
}

const FURNITURE_CLASS =
  /(^|[\s_-])(site-header|masthead|topbar|top-bar|header-top|clock|current-date|today-date|navbar|nav|menu|mega-menu|breadcrumbs?|related|recirc|recirculation|trending|popular|most-read|mostread|meistgelesen|sidebar|ticker|newsticker|carousel|slider|more-stories|recommended|recommendations|site-footer)([\s_-]|$)/i;

/** Class names of the article's own parts, which may contain a furniture word ("article-header-menu"). */
const ARTICLE_PART_CLASS = /(article|entry|post|story|content|headline)[-_]?(header|head|meta|info|title)/i;

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
    const date =
      parseHumanDate(text, preferMonthFirst) ?? (text.length < 80 ? parseShortYearDate(text, preferMonthFirst) : null);
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
    const date = parseHumanDate(text, preferMonthFirst) ?? parseShortYearDate(text, preferMonthFirst);
    if (date) {
      found = { date, source: 'text' };
      return false;
    }
  });
  return found;
}

/** Last resort: the first plausible date in the visible text of the page, outside its furniture. */
function fromBodyText(root: ElementNode, preferMonthFirst: boolean): FoundDate | null {
  const text = visibleText(root);
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

/** A publication date in the page's data scripts (Next.js, Nuxt, Redux state), read as metadata. */
function fromDataScripts(scripts: readonly string[] | undefined): FoundDate | null {
  if (!scripts || scripts.length === 0) return null;
  const date = dateFromDataScripts(scripts);
  return date ? { date, source: 'meta' } : null;
}

function pageOffsetOf(ctx: DateContext): number | null {
  const texts: string[] = [];
  for (const values of ctx.pageMeta.meta.values()) texts.push(...values);
  // Only the article's own metadata: data scripts also carry other items' times (weather, schedules,
  // teasers) in zones that are not the publisher's.
  return pageUtcOffset([...texts, ...(ctx.jsonLdScripts ?? [])]);
}

/**
 * "Headline date line" heuristic: the first date printed in the text right after the page's <h1> (the
 * dateline or "Stand:" line under the headline), outside furniture.
 */
function fromHeadlineDateLine(root: ElementNode, preferMonthFirst: boolean): FoundDate | null {
  const found: { h1: ElementNode | null } = { h1: null };
  walkElements(root, (el) => {
    if (found.h1) return false;
    if (isPageFurniture(el)) return false;
    if (el.tag === 'h1') {
      found.h1 = el;
      return false;
    }
  });
  const h1 = found.h1;
  if (!h1) return null;
  // the text of the h1's following siblings, and of its ancestors' following siblings, up to 300 characters
  let text = '';
  for (let el: ElementNode | null = h1; el && el.parent && text.length < 300; el = el.parent) {
    const siblings = el.parent.children;
    for (let i = siblings.indexOf(el) + 1; i < siblings.length && text.length < 300; i++) {
      const sibling = siblings[i];
      if (sibling.kind === 'element' && isPageFurniture(sibling)) continue;
      text += ' ' + (sibling.kind === 'text' ? sibling.data : textPrefix(sibling, 300));
    }
  }
  const line = collapseWhitespace(text).slice(0, 300);
  const date = parseHumanDate(line, preferMonthFirst);
  return date ? { date, source: 'text' } : null;
}

/**
 * "Visible byline" heuristic: when the byline under the headline prints a day ("By Jane Doe, April 26,
 * 2024", "Stand: 28.04.2020") that differs from the metadata, and the metadata's day is shown nowhere on the
 * page, the printed day is the publication day (the metadata is an import, feed or update time).
 */
function preferVisibleByline(published: FoundDate, ctx: DateContext): FoundDate {
  // Most pages show their metadata's day: then there is nothing to arbitrate (and no byline to look for).
  if (shownDays(ctx.root, ctx.preferMonthFirst).has(dayNumber(published.date))) return published;
  const line = fromDatedByline(ctx.root, ctx.preferMonthFirst) ?? fromHeadlineDateLine(ctx.root, ctx.preferMonthFirst);
  if (!line || dayNumber(line.date) === dayNumber(published.date)) return published;
  // a day apart is a time-zone reading of the same instant, which the metadata gives more precisely
  if (Math.abs(dayNumber(line.date) - dayNumber(published.date)) <= 1 && published.date.hour !== undefined)
    return published;
  return line;
}

/** "Image URL date" heuristic: uploads filed by day (/2020/04/28/photo.jpg) date a page that shows no date. */
function fromImageUrls(ctx: DateContext): FoundDate | null {
  const urls: string[] = [];
  if (ctx.leadImageUrl) urls.push(ctx.leadImageUrl);
  walkElements(ctx.root, (el) => {
    if (urls.length >= 12) return false;
    if (isPageFurniture(el)) return false;
    if (el.tag === 'img' && el.attrs.src) urls.push(el.attrs.src);
  });
  for (const url of urls) {
    const date = parseUrlDate(
      url.startsWith('http') ? url : `https://x.invalid${url.startsWith('/') ? '' : '/'}${url}`,
    );
    if (date) return { date, source: 'url' };
  }
  return null;
}

/**
 * "Original publication" heuristic: a page that says it was first published earlier ("Originally published
 * on March 3, 2019", "Erstmals erschienen am ...") is dated by that first publication, not by its republishing.
 */
const ORIGINALLY_PUBLISHED =
  /(originally|first) (published|posted|appeared|ran)|ursprünglich (veröffentlicht|erschienen)|erstmals (veröffentlicht|erschienen)|zuerst erschienen|publié (initialement|à l'origine|pour la première fois)|initialement publié|publicado originalmente|originalmente publicado|pubblicato (originariamente|originalmente|per la prima volta)/gi;

function preferOriginalPublication(published: FoundDate, ctx: DateContext): FoundDate {
  const text = visibleText(ctx.root);
  for (const m of text.matchAll(ORIGINALLY_PUBLISHED)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
    const date = parseHumanDate(after, ctx.preferMonthFirst);
    if (date && dayNumber(date) < dayNumber(published.date)) return { date, source: 'text' };
  }
  return published;
}
