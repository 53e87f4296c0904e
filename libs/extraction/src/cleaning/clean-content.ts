import { ElementNode } from '../dom/node';
import { classAndId, compactChildren, detach, textContent, walkElements } from '../dom/traverse';
import { TextStatsCache, linkDensity } from '../dom/text-stats';
import { classWeight } from '../scoring/class-weight';
import { TimeBudget } from '../time-budget';
import { ALWAYS_BOILERPLATE_CLASS } from './boilerplate-patterns';
import { touchesEmbeddedPost } from './embedded-posts';
import { introducedListLinks, isIntroducedList } from './introduced-lists';

/** Class tokens of the main content itself, which must never be dropped as furniture. */
const MAIN_CONTENT_CLASS = /(^|[\s_-])(article|content|body|text|main|story)([\s_-]|$)/i;

const CONDITIONAL_TAGS = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'table',
  'form',
  'aside',
  'header',
  'dl',
  'figure',
  'center',
]);

export interface ContentCleaningFlags {
  /** Readability's FLAG_CLEAN_CONDITIONALLY: drop link-heavy and form-like containers inside the content. */
  cleanConditionally: boolean;
}

/**
 * Second, in-content cleaning of the chosen container(s), bottom-up so that inner furniture goes before its
 * parent is judged: "always boilerplate" class names (share bars, newsletter boxes, related rails) and
 * Readability's conditional cleaning (link density against class weight, lists of links, input-heavy boxes).
 */
export function cleanContent(
  roots: ElementNode[],
  stats: TextStatsCache,
  flags: ContentCleaningFlags,
  budget: TimeBudget,
): void {
  for (const root of roots) {
    const rootText = Math.max(1, stats.get(root).textLength);
    const elements: ElementNode[] = [];
    walkElements(root, (el) => {
      if (el !== root) elements.push(el);
    });
    // Reverse document order visits descendants before ancestors. Removed elements are detached at once
    // (their ancestors' statistics recomputed lazily) and the child lists compacted at the end.
    const touched = new Set<ElementNode>();
    for (let i = elements.length - 1; i >= 0; i--) {
      budget.check();
      const el = elements[i];
      const parent = el.parent;
      if (!parent) continue;
      if (isDisposable(el, root, rootText, stats, flags) && !touchesEmbeddedPost(el)) {
        detach(el);
        touched.add(parent);
        stats.invalidateFrom(parent);
      }
    }
    compactChildren(touched);
  }
}

function isDisposable(
  el: ElementNode,
  root: ElementNode,
  rootText: number,
  stats: TextStatsCache,
  flags: ContentCleaningFlags,
): boolean {
  const names = classAndId(el);
  const s = stats.get(el);
  const share = s.textLength / rootText;
  if (names && share < 0.3 && ALWAYS_BOILERPLATE_CLASS.test(names) && !MAIN_CONTENT_CLASS.test(names)) {
    return true;
  }
  if (!flags.cleanConditionally || !CONDITIONAL_TAGS.has(el.tag)) return false;
  if (el.tag === 'table' && isDataTable(el)) return false;
  if (s.commas >= 10 && share >= 0.3) return false;

  const weight = classWeight(el);
  if (weight < 0 && share < 0.3) return true;
  if (s.commas >= 10) return false;

  const isList = el.tag === 'ul' || el.tag === 'ol';
  const density = linkDensity(s);
  const p = s.paragraphs;
  if (!isList && el.tag !== 'figure' && s.images > 1 && p / s.images < 0.5) return true;
  if (!isList && s.listItems - 100 > p) return true;
  if (s.inputs > Math.floor(p / 3)) return true;
  if (!isList && s.textLength < 25 && (s.images === 0 || s.images > 2) && density > 0) return true;
  if (isList) {
    const linky = density > 0.5 || (density > 0.3 && s.textLength < 200);
    return linky && !isInlineLinkList(el, root, stats) && !isIntroducedList(el, root, stats);
  }
  // a wrapper that holds nothing but a list (AsciiDoc's div.ulist) is judged as the list
  if (wrapsOnlyLists(el) && isInlineLinkList(el, root, stats)) return false;
  if (wrapsOnlySentences(el, stats)) return false;
  const maxDensity = weight < 25 ? 0.2 + (s.textLength > 1000 ? 0.15 : 0) : 0.5;
  if (density <= maxDensity) return false;
  // the links of lists the story announces ("Many patches were sent for review:") are not furniture
  return (s.linkLength - introducedListLinks(el, root, stats)) / s.textLength > maxDensity;
}

/**
 * "Inline link list" heuristic: a list of links with the story's prose continuing after it (a list of patches,
 * sources or products the text goes on to discuss) belongs to the article; link lists at the end of the
 * container, with nothing after them, are related-content rails and stay removable. The list's items must
 * read as lines of their own (several words), not menu labels.
 */
function isInlineLinkList(list: ElementNode, root: ElementNode, stats: TextStatsCache): boolean {
  const s = stats.get(list);
  if (s.listItems < 2 || s.textLength / s.listItems < 15) return false;
  let proseAfter = 0;
  for (let el: ElementNode | null = list; el && el !== root && el.parent; el = el.parent) {
    const siblings = el.parent.children;
    for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
      const sibling = siblings[i];
      if (sibling.kind !== 'element') continue;
      const after = stats.get(sibling);
      if (after.paragraphs > 0) proseAfter += after.textLength - after.linkLength;
      if (proseAfter >= 200) return true;
    }
    if (classWeight(el.parent) < 0) return false;
  }
  return false;
}

/**
 * "Wrapped sentence" heuristic: paragraphs are never cleaned conditionally, and a wrapper that holds nothing
 * but a few sentence paragraphs (AsciiDoc's div.paragraph around "If you find a bug, please open an issue.")
 * is judged as them: a link inside a sentence does not make it furniture.
 */
function wrapsOnlySentences(el: ElementNode, stats: TextStatsCache): boolean {
  let paragraphs = 0;
  for (const child of el.children) {
    if (child.parent !== el) continue;
    if (child.kind === 'text') {
      if (child.data.trim()) return false;
      continue;
    }
    if (child.tag !== 'p') return false;
    const s = stats.get(child);
    if (s.blocks > 0 || linkDensity(s) > 0.5 || s.textLength < 25) return false;
    if (!/[.!?…;:)"”’]\s*$/.test(textContent(child))) return false;
    paragraphs++;
  }
  return paragraphs > 0 && paragraphs <= 3;
}

function wrapsOnlyLists(el: ElementNode): boolean {
  let lists = 0;
  for (const child of el.children) {
    if (child.kind === 'text') {
      if (child.data.trim()) return false;
    } else if (child.tag === 'ul' || child.tag === 'ol') lists++;
    else return false;
  }
  return lists > 0;
}

/** Readability's data-table test, simplified: tables with headers, captions or a real grid of cells. */
function isDataTable(table: ElementNode): boolean {
  if (table.attrs.role === 'presentation') return false;
  let rows = 0;
  let cells = 0;
  let hasHeader = false;
  let nestedTable = false;
  walkElements(table, (el) => {
    if (el === table) return;
    if (el.tag === 'table') {
      nestedTable = true;
      return false;
    }
    if (el.tag === 'tr') rows++;
    else if (el.tag === 'td' || el.tag === 'th') cells++;
    if (el.tag === 'th' || el.tag === 'caption' || el.tag === 'thead') hasHeader = true;
  });
  if (nestedTable) return false;
  if (hasHeader) return true;
  return rows >= 3 && cells / Math.max(1, rows) >= 2;
}
