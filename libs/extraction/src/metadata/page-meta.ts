import { ElementNode } from '../dom/node';
import { collapseWhitespace, textContent, walkElements } from '../dom/traverse';

/**
 * Everything the head (and stray body <meta>/<link> tags) declares, gathered in one walk: <meta> by
 * name/property/itemprop (lower-cased keys, all values in order), <link rel> hrefs, <title>, <html lang>.
 */
export interface PageMeta {
  meta: Map<string, string[]>;
  links: Map<string, string[]>;
  titleTag: string | null;
  htmlLang: string | null;
  /** Elements carrying itemprop, for microdata fields such as datePublished or author. */
  itemprops: Map<string, ElementNode[]>;
}

export function collectPageMeta(root: ElementNode): PageMeta {
  const meta = new Map<string, string[]>();
  const links = new Map<string, string[]>();
  const itemprops = new Map<string, ElementNode[]>();
  let titleTag: string | null = null;
  let htmlLang: string | null = null;
  const push = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  walkElements(root, (el) => {
    const attrs = el.attrs;
    if (attrs.itemprop) {
      for (const prop of attrs.itemprop.toLowerCase().split(/\s+/)) {
        const list = itemprops.get(prop);
        if (list) list.push(el);
        else itemprops.set(prop, [el]);
      }
    }
    switch (el.tag) {
      case 'html':
        if (!htmlLang && (attrs.lang || attrs['xml:lang'])) htmlLang = (attrs.lang || attrs['xml:lang']).trim();
        break;
      case 'meta': {
        const content = attrs.content;
        if (content === undefined) break;
        const value = collapseWhitespace(content);
        for (const keyAttr of ['name', 'property', 'itemprop', 'http-equiv']) {
          const key = attrs[keyAttr];
          if (key) for (const k of key.toLowerCase().split(/\s+/)) if (k) push(meta, k, value);
        }
        break;
      }
      case 'link': {
        const href = attrs.href;
        if (!href || !attrs.rel) break;
        for (const rel of attrs.rel.toLowerCase().split(/\s+/)) if (rel) push(links, rel, href.trim());
        break;
      }
      case 'title':
        if (titleTag === null && !hasAncestor(el, 'svg')) titleTag = collapseWhitespace(textContent(el));
        return false;
      case 'body':
      case 'head':
        break;
    }
  });
  return { meta, links, titleTag, htmlLang, itemprops };
}

function hasAncestor(el: ElementNode, tag: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}

/** The first non-empty value among the given meta keys, in the order given. */
export function firstMeta(pageMeta: PageMeta, keys: readonly string[]): string | null {
  for (const key of keys) {
    const values = pageMeta.meta.get(key);
    if (values) for (const v of values) if (v) return v;
  }
  return null;
}
