import { serializeBlocks } from './blocks/serialize-blocks';
import { cleanContent } from './cleaning/clean-content';
import { cleanPage } from './cleaning/clean-page';
import { ElementNode } from './dom/node';
import { parseHtml } from './dom/parse-html';
import { TextStatsCache } from './dom/text-stats';
import { findFirst } from './dom/traverse';
import { selectContent } from './scoring/select-content';
import { TimeBudget } from './time-budget';
import { ContentBlock } from './types';

/** Below this many characters an attempt is considered failed and retried with fewer cleaning rules. */
const MIN_BODY_CHARS = 500;

interface Attempt {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/**
 * Readability's retry ladder: the first attempt uses every cleaning rule; when it yields too little text,
 * rules are switched off one by one (unlikely-candidate stripping, class weights, conditional cleaning) on a
 * fresh parse, and the longest result wins if none reaches the threshold.
 */
const ATTEMPTS: Attempt[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

export function extractBodyBlocks(html: string, firstTree: ElementNode, budget: TimeBudget): ContentBlock[] {
  let best: ContentBlock[] = [];
  let bestLength = -1;
  let pageText = Infinity;
  for (let i = 0; i < ATTEMPTS.length; i++) {
    // Retrying only helps when the page holds clearly more text than the attempt found.
    if (i > 0 && pageText < bestLength * 1.5 + 200) break;
    const root = i === 0 ? firstTree : parseHtml(html, budget).root;
    const body = findFirst(root, (el) => el.tag === 'body') ?? root;
    const stats = new TextStatsCache();
    if (i === 0) pageText = stats.get(body).textLength;
    const blocks = attempt(body, stats, ATTEMPTS[i], budget);
    const length = blocks.reduce((sum, b) => sum + b.text.length, 0);
    if (length > bestLength) {
      best = blocks;
      bestLength = length;
    }
    if (length >= MIN_BODY_CHARS) break;
    budget.checkNow();
  }
  return best;
}

function attempt(body: ElementNode, stats: TextStatsCache, flags: Attempt, budget: TimeBudget): ContentBlock[] {
  cleanPage(body, stats, flags, budget);
  const selection = selectContent(body, stats, flags, budget);
  cleanContent(selection.elements, stats, flags, budget);
  return serializeBlocks(selection.elements);
}
