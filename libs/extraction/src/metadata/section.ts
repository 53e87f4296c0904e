import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { JsonLdData, JsonLdNode, jsonLdStrings } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';
import { similarity } from './title';

/** Crumbs that only mean "home page", in several languages. */
const HOME_CRUMB =
  /^(home|homepage|start|startseite|accueil|inicio|portada|início|home page|главная|главная страница|الرئيسية|首页|首頁|トップ|홈|strona główna|anasayfa|forside|etusivu|hem|hjem|home\s*»?)$/i;

/**
 * The section path: JSON-LD BreadcrumbList, else a visible breadcrumb trail (class/id or aria-label
 * "breadcrumb"), else articleSection / article:section, else the URL's leading path segments. "Crumb
 * cleaning" heuristic: the home crumb and a final crumb repeating the headline are dropped.
 */
export function extractSectionPath(
  root: ElementNode,
  pageMeta: PageMeta,
  jsonLd: JsonLdData,
  title: string | null,
  url: string | null,
): string[] {
  const fromJsonLd = breadcrumbListNames(jsonLd.breadcrumbs);
  const cleanedJsonLd = cleanCrumbs(fromJsonLd, title);
  if (cleanedJsonLd.length > 0) return cleanedJsonLd;
  const visible = cleanCrumbs(visibleBreadcrumbs(root), title);
  if (visible.length > 0) return visible;
  const section =
    jsonLdStrings(jsonLd.article?.articleSection)[0] ??
    firstMeta(pageMeta, ['article:section', 'section', 'parsely-section', 'sailthru.section']);
  if (section) return [collapseWhitespace(section)];
  return urlSections(url);
}

function breadcrumbListNames(list: JsonLdNode | null): string[] {
  if (!list) return [];
  const items = Array.isArray(list.itemListElement) ? (list.itemListElement as JsonLdNode[]) : [];
  return items
    .filter((item) => item && typeof item === 'object')
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .map((item) => jsonLdStrings(item.name)[0] ?? jsonLdStrings(item.item)[0] ?? '')
    .map((name) => collapseWhitespace(name));
}

function visibleBreadcrumbs(root: ElementNode): string[] {
  let crumbs: string[] = [];
  walkElements(root, (el) => {
    if (crumbs.length > 0) return false;
    const attrs = el.attrs;
    if (
      attrs.class === undefined &&
      attrs.id === undefined &&
      attrs['aria-label'] === undefined &&
      attrs.itemtype === undefined
    )
      return;
    const names = `${classAndId(el)} ${attrs['aria-label'] ?? ''}`;
    if (!/breadcrumb/i.test(names) && !/BreadcrumbList/.test(attrs.itemtype ?? '')) return;
    const links: string[] = [];
    walkElements(el, (node) => {
      if (node.tag === 'a' || node.attrs.itemprop === 'name') {
        const text = collapseWhitespace(textContent(node));
        if (text && !links.includes(text)) links.push(text);
        return false;
      }
    });
    if (links.length > 0) crumbs = links;
    else {
      crumbs = collapseWhitespace(textContent(el))
        .split(/\s*[/>»›|]\s*/)
        .filter((c) => c.length > 0);
    }
    return false;
  });
  return crumbs;
}

function cleanCrumbs(crumbs: string[], title: string | null): string[] {
  const out = crumbs.filter((c) => c.length > 0 && c.length < 80 && !HOME_CRUMB.test(c));
  const last = out[out.length - 1];
  if (last && title && last.length >= title.length * 0.5 && similarity(last, title) > 0.8) out.pop();
  return out;
}

/** "URL section" heuristic: leading path segments that are words, before any date or slug. */
function urlSections(url: string | null): string[] {
  if (!url) return [];
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/\d/.test(segment) || segment.length > 30 || segment.split('-').length > 3) break;
    if (
      /^(article|articles|story|stories|news|post|posts|p|a|en|de|fr|es|amp|index|detail|html?)$/i.test(segment) &&
      out.length === 0
    )
      continue;
    out.push(
      decodeURIComponent(segment)
        .replace(/[-_]+/g, ' ')
        .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    );
  }
  return out;
}
