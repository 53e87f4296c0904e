/**
 * JSON-LD (schema.org) reading. Pages embed several scripts, @graph arrays and nested objects; we flatten
 * them into a list of typed nodes and pick the one that describes the article.
 */
export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|DiscussionForumPosting|Blog|Posting|MedicalWebPage|Recipe|VideoObject)$/i;

export interface JsonLdData {
  nodes: JsonLdNode[];
  /** The node describing the article itself (NewsArticle, BlogPosting, ...), else a WebPage node. */
  article: JsonLdNode | null;
  breadcrumbs: JsonLdNode | null;
}

export function parseJsonLd(scripts: string[]): JsonLdData {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    const parsed = parseLenient(script);
    if (parsed !== undefined) flatten(parsed, nodes, 0);
  }
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)) && (n.headline || n.datePublished)) ??
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => /WebPage$/i.test(t)) && (n.datePublished || n.headline)) ??
    null;
  const breadcrumbs = nodes.find((n) => typesOf(n).includes('BreadcrumbList')) ?? null;
  return { nodes, article, breadcrumbs };
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Strings of a JSON-LD value: a string, an object's name/@value, or an array of those. */
export function jsonLdStrings(value: unknown, key = 'name'): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdStrings(v, key));
  if (typeof value === 'object') {
    const obj = value as JsonLdNode;
    const inner = obj[key] ?? obj['@value'];
    return inner === undefined ? [] : jsonLdStrings(inner, key);
  }
  return [];
}

function flatten(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@type']) out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  // Articles are sometimes nested as mainEntity / mainEntityOfPage of a WebPage.
  for (const key of ['mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const inner = node[key];
    if (inner && typeof inner === 'object' && key !== 'itemListElement') flatten(inner, out, depth + 1);
  }
}

/** JSON-LD in the wild has trailing commas, raw newlines in strings and HTML comments; try hard, never throw. */
function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}
