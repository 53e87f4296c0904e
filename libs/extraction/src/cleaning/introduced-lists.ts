import { DomNode, ElementNode } from '../dom/node';
import { collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { TextStatsCache } from '../dom/text-stats';
import { BOILERPLATE_LINE } from './boilerplate-patterns';

/**
 * "Introduced list" heuristic: a list that a sentence of the story announces with a colon ("Many patches
 * were sent for review:", "Here are the five towns on the route:") belongs to the article, however many of
 * its items are links. Link rails are announced by a label instead ("Related articles:", "You might also
 * like:"), which is a boilerplate line or too short to be a sentence.
 */
export function isIntroducedList(list: ElementNode, root: ElementNode, stats: TextStatsCache): boolean {
  // The list and the wrappers that hold nothing else (AsciiDoc's div.ulist) share one introduction.
  let el = list;
  while (el.parent && el.parent !== root && onlyElementChild(el.parent) === el) el = el.parent;
  const intro = previousSibling(el);
  if (!intro) return false;
  if (intro.kind === 'element') {
    if (/^h[1-6]$/.test(intro.tag) || intro.tag === 'ul' || intro.tag === 'ol') return false;
    const s = stats.get(intro);
    if (s.textLength > MAX_INTRO_CHARS * 4 || s.linkLength > s.textLength * 0.5) return false;
  }
  const text = collapseWhitespace(textContent(intro));
  if (text.length < MIN_INTRO_CHARS || text.length > MAX_INTRO_CHARS * 4) return false;
  if (!/[:：]$/.test(text)) return false;
  const lastSentence = text.slice(Math.max(0, text.lastIndexOf('. ') + 1)).trim();
  if (lastSentence.length < MIN_INTRO_CHARS || lastSentence.split(' ').length < MIN_INTRO_WORDS) return false;
  return !BOILERPLATE_LINE.test(lastSentence.replace(/\s*[:：]$/, ''));
}

/**
 * Link characters inside `el` that sit in introduced lists: a container is not link furniture because the
 * story's own announced lists are made of links.
 */
export function introducedListLinks(el: ElementNode, root: ElementNode, stats: TextStatsCache): number {
  let links = 0;
  walkElements(el, (node) => {
    if (node.tag !== 'ul' && node.tag !== 'ol') return;
    if (isIntroducedList(node, root, stats)) links += stats.get(node).linkLength;
    return false;
  });
  return links;
}

const MIN_INTRO_CHARS = 20;
const MIN_INTRO_WORDS = 4;
const MAX_INTRO_CHARS = 300;

function onlyElementChild(parent: ElementNode): ElementNode | null {
  let only: ElementNode | null = null;
  for (const child of parent.children) {
    if (child.parent !== parent) continue; // detached, not yet compacted
    if (child.kind === 'text') {
      if (child.data.trim()) return null;
    } else if (only) return null;
    else only = child;
  }
  return only;
}

/** The nearest earlier sibling that is an element or non-blank text, skipping detached nodes. */
function previousSibling(el: ElementNode): DomNode | null {
  const parent = el.parent;
  if (!parent) return null;
  const siblings = parent.children;
  for (let i = siblings.indexOf(el) - 1; i >= 0; i--) {
    const sibling = siblings[i];
    if (sibling.parent !== parent) continue;
    if (sibling.kind === 'text' && !sibling.data.trim()) continue;
    return sibling;
  }
  return null;
}
