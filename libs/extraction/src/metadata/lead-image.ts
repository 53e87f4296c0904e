import { ElementNode } from '../dom/node';
import { classAndId, collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { LeadImage } from '../types';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';

/** Where the credit of a photo is written inside a caption: "(Photo by X)", "Photo: X", "Credit: X", "© X". */
const INLINE_CREDIT =
  /\((?:photo|image|picture|foto|bild|photograph)s?(?: by|:)\s*([^)]+)\)|(?:^|\s)(?:photo|image|credit|foto|bild|source|quelle)s?\s*(?:by|:)\s*([^|]+)$|©\s*([^|]+)$/i;
const CREDIT_CLASS = /credit|copyright|source|photographer|attribution|byline/i;

/**
 * The lead image: og:image / twitter:image / JSON-LD image, else the first figure of the page. "Matching
 * figure" heuristic: the caption and credit come from the <figure> whose <img> has the same file name as the
 * lead image, else from the first figure with a caption that appears before the article text ends.
 */
export function extractLeadImage(
  root: ElementNode,
  pageMeta: PageMeta,
  jsonLd: JsonLdData,
  baseUrl: string | null,
): LeadImage | null {
  const metaUrl =
    firstMeta(pageMeta, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']) ??
    jsonLdStrings(jsonLd.article?.image, 'url')[0] ??
    null;
  const figures = collectFigures(root);
  const matching = metaUrl ? figures.find((f) => sameImage(f.src, metaUrl)) : undefined;
  const figure = matching ?? (metaUrl ? undefined : figures[0]);
  const url = metaUrl ?? figure?.src ?? null;
  if (!url) return null;
  return {
    url: resolve(url, baseUrl),
    caption: figure?.caption ?? null,
    credit: figure?.credit ?? null,
  };
}

interface FigureInfo {
  src: string;
  caption: string | null;
  credit: string | null;
  element: ElementNode;
  captionElement: ElementNode | null;
}

export function collectFigures(root: ElementNode): FigureInfo[] {
  const out: FigureInfo[] = [];
  walkElements(root, (el) => {
    if (el.tag !== 'figure') return;
    let src: string | null = null;
    let captionElement: ElementNode | null = null;
    let creditElement: ElementNode | null = null;
    walkElements(el, (node) => {
      if (node.tag === 'img' && !src)
        src = node.attrs.src || node.attrs['data-src'] || node.attrs['data-original'] || null;
      if (node.tag === 'source' && !src && node.attrs.srcset) src = node.attrs.srcset.split(/[\s,]+/)[0];
      if (node.tag === 'figcaption' && !captionElement) captionElement = node;
      if (node !== el && !creditElement && CREDIT_CLASS.test(classAndId(node))) creditElement = node;
    });
    if (!src) return false;
    const caption = captionElement ? collapseWhitespace(textContent(captionElement)) || null : null;
    let credit = creditElement ? collapseWhitespace(textContent(creditElement)) || null : null;
    if (!credit && caption) {
      const m = INLINE_CREDIT.exec(caption);
      if (m) credit = collapseWhitespace(m[1] ?? m[2] ?? m[3] ?? '') || null;
    }
    out.push({ src, caption, credit, element: el, captionElement });
    return false;
  });
  return out;
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))
    .toLowerCase()
    .replace(/[-_]\d+x\d+(?=\.)/, '');
}

function sameImage(a: string, b: string): boolean {
  const fa = fileName(a);
  return fa.length > 0 && fa === fileName(b);
}

function resolve(url: string, base: string | null): string {
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return url;
  }
}
