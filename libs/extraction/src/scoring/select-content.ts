import { ElementNode } from '../dom/node';
import { classAndId, walkElements } from '../dom/traverse';
import { TextStatsCache, linkDensity } from '../dom/text-stats';
import { TimeBudget } from '../time-budget';
import { classWeight } from './class-weight';
import { ScoringFlags, scoreCandidates } from './score-candidates';

/**
 * "Explicit article container" heuristic (trafilatura's BODY_XPATH): CMSs mark the article body with
 * itemprop=articleBody or with class names like article-body / entry-content / story-body.
 */
const EXPLICIT_BODY_CLASS =
  /(^|[\s_-])(article[-_]?body|article[-_]?content|article[-_]?text|articlebody|article__body|article__content|articletext|story[-_]?body|story[-_]?content|story[-_]?text|storybody|entry[-_]?content|entry[-_]?body|post[-_]?content|post[-_]?body|post[-_]?text|postcontent|postbody|content[-_]?body|body[-_]?text|bodytext|news[-_]?body|news[-_]?text|text[-_]?body|article__text|field--name-body|field-name-body|field-body|rich-text|richtext|main-text|maintext|blog-content|blog-post-content|single-content|single-post-content|td-post-content|itemFullText|item-page|article-main|c-entry-content|caas-body|paywall-article|articleBody|article-body-content)([\s_-]|$)/i;

export interface ContentSelection {
  /** Elements whose content forms the body, in document order. */
  elements: ElementNode[];
  /** How they were chosen: for diagnostics. */
  method: 'explicit' | 'scored' | 'body';
}

/**
 * Chooses the article content. Candidates come from Readability-style scoring (with its sibling merging);
 * an explicit CMS body container replaces them when it holds most of the same text, since it excludes the
 * furniture that scoring tends to pull in.
 */
export function selectContent(
  body: ElementNode,
  stats: TextStatsCache,
  flags: ScoringFlags,
  budget: TimeBudget,
): ContentSelection {
  const { scores, prose } = scoreCandidates(body, stats, flags, budget);
  let top: ElementNode | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  const explicit = findExplicitContainer(body, stats);
  if (!top) return explicit ? { elements: [explicit], method: 'explicit' } : { elements: [body], method: 'body' };

  top = promoteTopCandidate(top, topScore, scores);
  top = widenToProse(top, prose, stats);
  topScore = scores.get(top) ?? topScore;

  if (explicit) {
    const explicitText = stats.get(explicit).textLength;
    const topText = stats.get(top).textLength;
    const related = contains(explicit, top) || contains(top, explicit);
    if (related && explicitText >= topText * 0.6 && explicitText > 200) {
      return { elements: [explicit], method: 'explicit' };
    }
    // An unrelated winner (a cookie dialog, a teaser rail) must clearly outweigh the CMS's own body container.
    if (!related && explicitText >= topText * 0.5 && explicitText > 500) {
      return { elements: [explicit], method: 'explicit' };
    }
  }
  return { elements: mergeSiblings(top, topScore, scores, stats), method: 'scored' };
}

function findExplicitContainer(body: ElementNode, stats: TextStatsCache): ElementNode | null {
  const found: ElementNode[] = [];
  walkElements(body, (el) => {
    const itemprop = el.attrs.itemprop;
    if ((itemprop && /articleBody/i.test(itemprop)) || EXPLICIT_BODY_CLASS.test(classAndId(el))) {
      found.push(el);
      return false; // the outermost match
    }
  });
  let best: ElementNode | null = null;
  let bestLength = 0;
  for (const el of found) {
    const s = stats.get(el);
    const usable = s.textLength * (1 - linkDensity(s));
    if (usable > bestLength) {
      best = el;
      bestLength = usable;
    }
  }
  return bestLength >= 200 ? best : null;
}

/**
 * Readability's top-candidate refinements: when several near-top candidates share an ancestor, that ancestor
 * is the article; a lone child is replaced by its parent when the parent scores as well.
 */
function promoteTopCandidate(top: ElementNode, topScore: number, scores: Map<ElementNode, number>): ElementNode {
  const alternatives: ElementNode[] = [];
  for (const [el, score] of scores) if (el !== top && score >= topScore * 0.75) alternatives.push(el);
  if (alternatives.length >= 3) {
    for (
      let ancestor = top.parent;
      ancestor && ancestor.tag !== '#root' && ancestor.tag !== 'body';
      ancestor = ancestor.parent
    ) {
      const containing = alternatives.filter((alt) => contains(ancestor as ElementNode, alt)).length;
      if (containing >= 3) {
        top = ancestor;
        break;
      }
    }
  }
  // Climb while the parent's score keeps rising (content split over several children).
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      lastScore = parentScore;
    }
  }
  while (
    top.parent &&
    top.parent.tag !== 'body' &&
    top.parent.tag !== '#root' &&
    elementChildren(top.parent).length === 1
  ) {
    top = top.parent;
  }
  return top;
}

/**
 * "Net prose" heuristic: articles split into several sections (listicles, guides) make Readability settle on
 * one section. Among the top candidate and its ancestors, take the one with the most prose minus the other
 * text it carries (links, labels, short lines), so that a wrapper is chosen only when it adds more prose than
 * furniture.
 */
function widenToProse(top: ElementNode, prose: Map<ElementNode, number>, stats: TextStatsCache): ElementNode {
  const net = (el: ElementNode): number => {
    const good = prose.get(el) ?? 0;
    const bad = Math.max(0, stats.get(el).textLength - good);
    return good - NET_PROSE_PENALTY * bad;
  };
  let best = top;
  let bestNet = net(top);
  for (let el = top.parent; el && el.tag !== '#root' && el.tag !== 'html'; el = el.parent) {
    const value = net(el);
    if (value > bestNet) {
      best = el;
      bestNet = value;
    }
  }
  return best;
}

const NET_PROSE_PENALTY = 0.75;

/**
 * Readability's sibling merge: siblings of the top candidate join it when they score at least a fifth of it,
 * or when they are paragraphs that read as prose (long with few links, or short, link-free and sentence-like).
 */
function mergeSiblings(
  top: ElementNode,
  topScore: number,
  scores: Map<ElementNode, number>,
  stats: TextStatsCache,
): ElementNode[] {
  const parent = top.parent;
  if (!parent || top.tag === 'body') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attrs.class ?? '';
  const out: ElementNode[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass && sibling.attrs.class === topClass) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold && classWeight(sibling) >= 0) {
      out.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      const s = stats.get(sibling);
      const density = linkDensity(s);
      const text = s.textLength;
      if (
        (text > 80 && density < 0.25) ||
        (text > 0 && text <= 80 && density === 0 && /\.( |$)/.test(textOf(sibling)))
      ) {
        out.push(sibling);
      }
    }
  }
  return out;
}

function textOf(el: ElementNode): string {
  let out = '';
  walkElements(el, (node) => {
    for (const child of node.children) if (child.kind === 'text') out += child.data;
  });
  return out;
}

export function elementChildren(el: ElementNode): ElementNode[] {
  return el.children.filter((c): c is ElementNode => c.kind === 'element');
}

function contains(ancestor: ElementNode, el: ElementNode): boolean {
  for (let p: ElementNode | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
