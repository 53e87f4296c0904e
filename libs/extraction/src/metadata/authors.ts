import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { JsonLdData, JsonLdNode, jsonLdStrings, typesOf } from './json-ld';
import { PageMeta } from './page-meta';

/**
 * Authors as a clean list. Sources: JSON-LD author (persons before organisations), meta tags (author,
 * parsely-author, sailthru.author, dc.creator, byl), then visible bylines (rel=author, itemprop=author,
 * byline/author classes) outside sidebars and related-content rails.
 */
export function extractAuthors(root: ElementNode, pageMeta: PageMeta, jsonLd: JsonLdData): string[] {
  const fromJsonLd = jsonLdAuthors(jsonLd.article);
  if (fromJsonLd.length > 0) return fromJsonLd;
  for (const key of [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'byl',
    'citation_author',
  ]) {
    const values = (pageMeta.meta.get(key) ?? []).flatMap((v) => splitAuthors(v));
    if (values.length > 0) return dedupe(values);
  }
  return dedupe(visibleBylines(root));
}

function jsonLdAuthors(article: JsonLdNode | null): string[] {
  if (!article) return [];
  const raw = article.author ?? article.creator;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const persons: string[] = [];
  const organisations: string[] = [];
  for (const item of list) {
    const isOrganisation =
      typeof item === 'object' && item !== null && typesOf(item as JsonLdNode).some((t) => /Organization/i.test(t));
    const names = jsonLdStrings(item).flatMap((n) => splitAuthors(n));
    (isOrganisation ? organisations : persons).push(...names);
  }
  return dedupe(persons.length > 0 ? persons : organisations);
}

/** Class/id words of byline elements; sidebars and "more from this author" rails are excluded. */
const BYLINE_CLASS =
  /(^|[\s_-])(byline|author|authors|author-name|byline-name|contributor|writer|autor|auteur|autore|reporter)s?([\s_-]|$)/i;
const NOT_BYLINE_CLASS = /related|sidebar|comment|footer|bio|more|recommend|avatar|image|photo/i;

function visibleBylines(root: ElementNode): string[] {
  const found: string[] = [];
  walkElements(root, (el) => {
    if (found.length > 0) return false;
    if (el.tag === 'aside' || el.tag === 'footer' || el.tag === 'nav' || el.tag === 'head') return false;
    const names = classAndId(el);
    if (names && NOT_BYLINE_CLASS.test(names)) return false;
    const isByline =
      el.attrs.rel === 'author' ||
      /author/i.test(el.attrs.itemprop ?? '') ||
      (names !== '' && BYLINE_CLASS.test(names));
    if (!isByline) return;
    const nameEl = findItempropName(el) ?? el;
    const text = collapseWhitespace(textContent(nameEl));
    if (text.length === 0 || text.length > 200) return;
    found.push(...splitAuthors(text));
    return false;
  });
  return found;
}

function findItempropName(el: ElementNode): ElementNode | null {
  let found: ElementNode | null = null;
  walkElements(el, (node) => {
    if (found) return false;
    if (node !== el && node.attrs.itemprop === 'name') found = node;
  });
  return found;
}

/**
 * "Byline cleaning" heuristic: strip "By"/"Von"/"Par"/"Por"/"Di"/"Door"/"Av" prefixes, dates and times,
 * job titles after a separator, "Email the author" and similar actions; split lists on commas, "and",
 * "und", "et", "y", "e", "&" and semicolons; reject URLs and strings that are not name-like.
 */
export function splitAuthors(raw: string): string[] {
  let text = collapseWhitespace(raw);
  if (!text || /^https?:\/\//i.test(text)) return [];
  text = text
    .replace(/\b(email|e-mail|follow|contact)( the)? (author|me|us)\b.*$/i, '')
    .replace(/\bupdated\b.*$/i, '')
    .replace(/\b(published|posted|veröffentlicht|publié|publicado)\b.*$/i, '')
    .replace(/\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?.*$/i, '')
    .replace(/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.*$/, '')
    .replace(/\b(\d{4}-\d{2}-\d{2})\b.*$/, '')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*$/i, '')
    .replace(/^(written |reported |text |words |story )?(by|von|par|por|di|door|av|af|de|od|от|автор:?)\s+/i, '')
    .replace(/^(author|autor|auteur|autore|verfasser)\s*:\s*/i, '')
    .replace(/\s*\|.*$/, '')
    .trim();
  const parts = text
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bunt\b|\/)\s*/i)
    .map((p) => p.replace(/^(by|von|par|por)\s+/i, '').trim())
    .filter((p) => isNameLike(p));
  return parts;
}

function isNameLike(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/https?:|www\.|@|\d{3,}/i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  if (
    /^(staff|admin|editor|editors|redaktion|rédaction|redacción|team|news desk|correspondent|reporter|journalist)$/i.test(
      name,
    )
  ) {
    return true;
  }
  return /\p{Lu}/u.test(name) || !/\p{Ll}/u.test(name);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
