import { ElementNode } from '../dom/node';
import { SEGMENT_ID } from '../dom/streamed-segments';
import { classAndId, removeNodes, walkElements } from '../dom/traverse';
import { TextStatsCache } from '../dom/text-stats';
import { TimeBudget } from '../time-budget';
import { touchesEmbeddedPost } from './embedded-posts';
import { MAYBE_CANDIDATE_CLASS, REMOVED_ROLES, REMOVED_TAGS, UNLIKELY_CLASS } from './boilerplate-patterns';

const HEADING_TAG = /^h[1-6]$/;

export interface CleaningFlags {
  /** Drop containers whose class/id looks like furniture (Readability's FLAG_STRIP_UNLIKELYS). */
  stripUnlikely: boolean;
}

/**
 * First, page-wide cleaning before candidate selection: tags that never hold article text, hidden elements,
 * furniture roles, and (when the flag is on) "unlikely candidate" containers. Mutates the tree.
 */
export function cleanPage(body: ElementNode, stats: TextStatsCache, flags: CleaningFlags, budget: TimeBudget): void {
  const doomed: ElementNode[] = [];
  const bodyText = stats.get(body).textLength;
  walkElements(body, (el) => {
    budget.check();
    if (el === body) return;
    if (shouldRemove(el, flags, stats, bodyText)) {
      doomed.push(el);
      return false;
    }
  });
  for (const el of doomed) stats.invalidateFrom(el.parent);
  removeNodes(doomed);
}

function shouldRemove(el: ElementNode, flags: CleaningFlags, stats: TextStatsCache, bodyText: number): boolean {
  const tag = el.tag;
  if (REMOVED_TAGS.has(tag)) return true;
  if (isHidden(el)) return true;
  const role = el.attrs.role;
  if (role && REMOVED_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'header') return !holdsArticleText(el, stats);
  if (tag === 'form') return !holdsArticleText(el, stats);
  if (!flags.stripUnlikely) return false;
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'article' || tag === 'main') return false;
  // Headings are text, not containers: "header-anchor" and "section-header" classes name the heading itself.
  if (HEADING_TAG.test(tag)) return false;
  if (el.attrs.itemprop && /articleBody|text/i.test(el.attrs.itemprop)) return false;
  const names = classAndId(el);
  if (!names || !UNLIKELY_CLASS.test(names) || MAYBE_CANDIDATE_CLASS.test(names)) return false;
  if (insideTableOrCode(el) || touchesEmbeddedPost(el)) return false;
  // "Content shield" heuristic: a theme wrapper whose class happens to look like furniture ("rt-hidden",
  // "page-header-wrap") but holds most of the page's paragraphs is kept.
  const s = stats.get(el);
  if (s.paragraphs >= 3 && s.textLength >= bodyText * 0.5) return false;
  return true;
}

/**
 * Site headers and ASP.NET-style page-wide forms: kept only when they wrap real paragraphs (a <header> that
 * holds the standfirst, a <form> that wraps the whole page).
 */
function holdsArticleText(el: ElementNode, stats: TextStatsCache): boolean {
  const s = stats.get(el);
  return s.paragraphs >= 3 && s.textLength > 500;
}

/** "Hidden element" heuristic: hidden attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHidden(el: ElementNode): boolean {
  const attrs = el.attrs;
  // "Streamed React content" heuristic: React 18 streaming SSR sends finished Suspense content in
  // <div hidden id="S:n"> (n in base 36) and moves it into place with a script; it is the page's real
  // content (the parser already put segments with a placeholder in place: dom/streamed-segments.ts).
  if (attrs.hidden !== undefined) return !SEGMENT_ID.test(attrs.id ?? '');
  if (attrs['aria-hidden'] === 'true' && !/fallback-image|img|image|photo/i.test(attrs.class ?? '')) return true;
  const style = attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (attrs.type === 'hidden') return true;
  return false;
}

function insideTableOrCode(el: ElementNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'table' || p.tag === 'code') return true;
  return false;
}
