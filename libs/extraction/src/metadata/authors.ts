import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textPrefix, walkElements } from '../dom/traverse';
import { BLOCK_TAGS } from '../scoring/block-tags';
import { JsonLdData, JsonLdNode, jsonLdStrings, typesOf } from './json-ld';
import { PageMeta } from './page-meta';

/**
 * Authors as a clean list. Sources: JSON-LD author (persons before organisations), meta tags (author,
 * parsely-author, sailthru.author, dc.creator, byl), then visible bylines (rel=author, itemprop=author,
 * byline/author classes) outside sidebars and related-content rails.
 */
export function extractAuthors(root: ElementNode, pageMeta: PageMeta, jsonLd: JsonLdData): string[] {
  const fromJsonLd = jsonLdAuthors(jsonLd.article);
  if (fromJsonLd.persons.length > 0) return fromJsonLd.persons;
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
  // "Person before organisation" heuristic: a JSON-LD author that is only the publisher ("USA TODAY") comes
  // after a person named in a visible byline.
  const visible = dedupe(visibleBylines(root));
  if (visible.length > 0) return visible;
  const fromLinks = dedupe(authorLinks(root));
  if (fromLinks.length > 0) return fromLinks;
  const fromText = textualByline(root);
  return fromText.length > 0 ? fromText : fromJsonLd.organisations;
}

function jsonLdAuthors(article: JsonLdNode | null): { persons: string[]; organisations: string[] } {
  if (!article) return { persons: [], organisations: [] };
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
  return { persons: dedupe(persons), organisations: dedupe(organisations) };
}

/** Class/id words of byline elements; sidebars and "more from this author" rails are excluded. */
const BYLINE_CLASS =
  /(^|[\s_-])(byline|author|authors|author-name|byline-name|contributor|writer|autor|auteur|autore|reporter)s?([\s_-]|$)/i;
const NOT_BYLINE_CLASS = /related|sidebar|comment|footer|bio|more|recommend|avatar|image|photo/i;

function visibleBylines(root: ElementNode): string[] {
  const found: string[] = [];
  walkElements(root, (el) => {
    if (found.length > 0) return false;
    if (el.tag === 'aside' || el.tag === 'nav' || el.tag === 'head') return false;
    if (el.tag === 'footer' && !insideArticle(el)) return false;
    const names = classAndId(el);
    if (names && NOT_BYLINE_CLASS.test(names)) return false;
    const isByline =
      el.attrs.rel === 'author' ||
      /author/i.test(el.attrs.itemprop ?? '') ||
      (names !== '' && BYLINE_CLASS.test(names));
    if (!isByline) return;
    const nameEl = findItempropName(el) ?? el;
    const text = collapseWhitespace(spacedText(nameEl));
    if (text.length === 0 || text.length > 200) return;
    found.push(...splitAuthors(text));
    return false;
  });
  return found;
}

/** Parts of the page where names are not the article's authors. */
const NOT_AUTHOR_AREA = /comment|related|sidebar|widget|footer|more-from|recommend|newsletter/i;

function skipArea(el: ElementNode): boolean {
  if (el.tag === 'aside' || el.tag === 'nav' || el.tag === 'head' || el.tag === 'footer') return true;
  const names = classAndId(el);
  return names !== '' && NOT_AUTHOR_AREA.test(names);
}

/**
 * "Author link" heuristic: CMSs link bylines to an author page (/author/jane-doe, /authors/, /people/,
 * /profile/, /producers/); the first such link outside furniture and comments names the author.
 */
function authorLinks(root: ElementNode): string[] {
  const found: string[] = [];
  walkElements(root, (el) => {
    if (found.length > 0 || skipArea(el)) return false;
    if (el.tag !== 'a') return;
    if (
      !/\/(author|authors|autor|autoren|auteur|people|person|profile|profiles|producers|staff|journalist|contributors?)\/[^/?#]+/i.test(
        el.attrs.href ?? '',
      )
    )
      return;
    const names = splitAuthors(collapseWhitespace(spacedText(el)));
    if (names.length > 0 && names.length <= 3) found.push(...names);
    return false;
  });
  return found;
}

const BYLINE_TEXT = /^(?:by|written by|words by|story by|von|par|por|di|door|av|autor:|author:)\s+(.{2,80})$/i;
const BYLINE_LABEL = /^(written by|author|autor|auteur|autore|by|von|par|por)\s*:?$/i;

/**
 * "Textual byline" heuristic: a short element reading "By Jane Doe" / "Von Anna Müller", or a "Written by"
 * label followed by an element holding just the name, before the article text ends.
 */
function textualByline(root: ElementNode): string[] {
  let found: string[] = [];
  walkElements(root, (el) => {
    if (found.length > 0 || skipArea(el)) return false;
    if (el.children.length === 0 || el.children.length > 4) return;
    if (el.tag === 'a') return;
    // Cheap bounded look first: most elements hold far more (or no) text.
    const prefix = textPrefix(el, 120);
    if (prefix.length >= 120 || prefix.trim().length < 4) return;
    const text = collapseWhitespace(spacedText(el));
    if (text.length < 4 || text.length > 90) return;
    if (BYLINE_TEXT.test(text)) {
      const names = splitAuthors(text);
      if (names.length > 0) {
        found = names;
        return false;
      }
      return; // e.g. a wrapper of a "Written by" label and the name: look inside
    }
    if (BYLINE_LABEL.test(text)) {
      const next = nextElementSibling(el);
      if (next) {
        const nameText = collapseWhitespace(spacedText(next));
        if (nameText.length > 0 && nameText.length <= 60) found = splitAuthors(nameText);
      }
      return false;
    }
  });
  return found.slice(0, 3);
}

function nextElementSibling(el: ElementNode): ElementNode | null {
  const parent = el.parent;
  if (!parent) return null;
  const index = parent.children.indexOf(el);
  for (let i = index + 1; i < parent.children.length; i++) {
    const child = parent.children[i];
    if (child.kind === 'element') return child;
    if (child.data.trim()) return null;
  }
  return null;
}

/** Article footers often carry the byline; the site footer does not. */
function insideArticle(el: ElementNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'article' || p.tag === 'main') return true;
  return false;
}

/** Text with a space between block-level children ("Jane Doe" + "Founder at X" must not run together). */
function spacedText(el: ElementNode): string {
  const parts: string[] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') parts.push(child.data);
      else if (child.tag === 'br') parts.push(' | ');
      else {
        const block = BLOCK_TAGS.has(child.tag);
        if (block) parts.push(' | ');
        visit(child);
        if (block) parts.push(' | ');
      }
    }
  };
  visit(el);
  return parts.join('').replace(/^[\s|]+|[\s|]+$/g, '');
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
    .replace(
      /^(author|autor|auteur|autore|verfasser|written by|posted by|read more about|more from|about)\b\s*:?\s*/i,
      '',
    )
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
