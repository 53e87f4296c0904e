import { ElementNode } from '../dom/node';
import { classAndId, walkElements } from '../dom/traverse';
import { TextStatsCache, countCommas, linkDensity, measureText } from '../dom/text-stats';
import { TimeBudget } from '../time-budget';
import { BLOCK_TAGS } from './block-tags';
import { classWeight } from './class-weight';

export interface CandidateScores {
  /** Readability content scores of candidate containers. */
  scores: Map<ElementNode, number>;
  /** Characters of prose paragraphs (40+ characters, few links) inside each element. */
  prose: Map<ElementNode, number>;
}

export interface ScoringFlags {
  /** Apply class/id weights (Readability's FLAG_WEIGHT_CLASSES). */
  weightClasses: boolean;
}

/**
 * Readability-style candidate scoring: every paragraph-like element with at least 25 characters gives
 * 1 + commas + one point per 100 characters (max 3) to its parent, half to its grandparent and a third of
 * that further up (five levels). Ancestors start from a base by tag and class weight. Final scores are
 * scaled by (1 - link density). Returns the scores of every candidate.
 */
export function scoreCandidates(
  body: ElementNode,
  stats: TextStatsCache,
  flags: ScoringFlags,
  budget: TimeBudget,
): CandidateScores {
  const scores = new Map<ElementNode, number>();
  const prose = new Map<ElementNode, number>();
  const initialise = (el: ElementNode): void => {
    if (scores.has(el)) return;
    scores.set(el, baseScore(el) + (flags.weightClasses ? classWeight(el) : 0));
  };

  walkElements(body, (el) => {
    budget.check();
    const text = paragraphText(el, stats);
    if (text === null) return;
    const length = measureText(text);
    if (length < 25 || isConsentText(text)) return;
    const contentScore = text.includes('\n')
      ? lineBrokenScore(text)
      : 1 + countCommas(text) + Math.min(Math.floor(length / 100), 3);
    if (length >= 40 && linkDensity(stats.get(el)) < 0.3) {
      for (let ancestor: ElementNode | null = el; ancestor && ancestor.tag !== '#root'; ancestor = ancestor.parent) {
        prose.set(ancestor, (prose.get(ancestor) ?? 0) + length);
      }
    }
    let level = 0;
    for (let ancestor: ElementNode | null = el.parent; ancestor && level < 5; ancestor = ancestor.parent, level++) {
      if (ancestor.tag === '#root') break;
      initialise(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) as number) + contentScore / divider);
    }
  });

  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  return { scores, prose };
}

/**
 * The text an element contributes as a "paragraph": p/pre/td/h2-h6 wholesale, a div/section with no
 * block children as a whole (Readability turns those into paragraphs), or the direct inline text of a
 * mixed container. Null when the element is not paragraph-like.
 */
function paragraphText(el: ElementNode, stats: TextStatsCache): string | null {
  const tag = el.tag;
  if (tag === 'p' || tag === 'pre' || tag === 'td' || tag === 'blockquote' || /^h[2-6]$/.test(tag)) {
    if (tag === 'td' && stats.get(el).blocks > 0) return directText(el);
    return inlineText(el);
  }
  if (tag === 'div' || tag === 'section' || tag === 'article' || tag === 'li') {
    return stats.get(el).blocks > 0 ? directText(el) : tag === 'li' ? null : inlineText(el);
  }
  return null;
}

/** Text of the element excluding block descendants. */
function directText(el: ElementNode): string {
  const parts: string[] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') parts.push(child.data.replace(/\n/g, ' '));
      else if (child.tag === 'br') parts.push('\n');
      else if (!BLOCK_TAGS.has(child.tag)) visit(child);
    }
  };
  visit(el);
  return parts.join('');
}

/** Text of the element with a line break for each <br>. */
function inlineText(el: ElementNode): string {
  const parts: string[] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') parts.push(child.data.replace(/\n/g, ' '));
      else if (child.tag === 'br') parts.push('\n');
      else visit(child);
    }
  };
  visit(el);
  return parts.join('');
}

/**
 * "Consent text" heuristic: cookie and privacy notices are written as prose and can outscore short articles,
 * whatever their class names; a paragraph that speaks of cookies together with browsers, websites, consent
 * or privacy (in several languages) contributes nothing.
 */
const COOKIE_WORD = /cookies?\b/i;
const CONSENT_CONTEXT =
  /browser|website|webseite|site web|sitio web|navigat|consent|einwillig|zustimm|akzept|accept|privacy|datenschutz|confidentialit|privacidad|tracking|speicher/i;

function isConsentText(text: string): boolean {
  return COOKIE_WORD.test(text) && CONSENT_CONTEXT.test(text);
}

/**
 * "Line-broken paragraphs" heuristic (Readability turns <br><br> runs into paragraphs): text laid out with
 * <br> instead of <p> scores as the paragraphs it visually is, not as one capped paragraph.
 */
function lineBrokenScore(text: string): number {
  let score = 0;
  for (const chunk of text.split('\n')) {
    const length = measureText(chunk);
    if (length >= 25) score += 1 + countCommas(chunk) + Math.min(Math.floor(length / 100), 3);
  }
  return Math.max(score, 1);
}

/** Readability's initializeNode base scores by tag. */
function baseScore(el: ElementNode): number {
  switch (el.tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** For debugging and tests: a readable description of an element. */
export function describe(el: ElementNode): string {
  const names = classAndId(el);
  return names ? `${el.tag}[${names}]` : el.tag;
}
