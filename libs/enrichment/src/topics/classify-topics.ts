import type { Topic } from '../types';
import { IPTC_TOPICS } from './iptc-lexicon';
import { StemNode, StemTrie, buildStemTrie, childOf } from './stem-trie';
import { LETTER, classesOf, codePointAt, codeUnits } from '../text/char-classes';

/**
 * Top-level IPTC Media Topics by keyword evidence. Heuristic "stem lexicon": each topic has word stems; a word
 * counts for a topic when it starts with one of its stems (≥ 4 letters) or equals it (shorter stems). A topic's
 * score is its share of all hits (scores sum to 1); topics below 10 % or with a single hit are dropped.
 * Words are the letter runs (/\p{L}+/u) of the lower-cased text; each walks the stem trie once, as it is read.
 */
export function classifyTopics(text: string, limit = 5): Topic[] {
  const lower = text.toLowerCase();
  const { root, codes } = stemTrie();
  const hits = new Array<number>(codes.length).fill(0);
  /** Number of the last word that counted for each topic: a word counts once per topic through prefixes. */
  const lastWord = new Array<number>(codes.length).fill(-1);
  let words = 0;
  let total = 0;
  for (let i = 0; i < lower.length; ) {
    let cp = codePointAt(lower, i);
    if (!(classesOf(cp) & LETTER)) {
      i += codeUnits(cp);
      continue;
    }
    const word = words++;
    let node: StemNode | undefined = root;
    do {
      for (const end = i + codeUnits(cp); i < end; i++) {
        node = node && childOf(node, lower.charCodeAt(i));
        if (!node) continue;
        for (const code of node.prefix) {
          if (lastWord[code] === word) continue;
          lastWord[code] = word;
          hits[code]++;
          total++;
        }
      }
      cp = i < lower.length ? codePointAt(lower, i) : 0;
    } while (i < lower.length && classesOf(cp) & LETTER);
    // The whole word equals a short stem (such a word is too short for any prefix stem, so nothing counts twice).
    if (node)
      for (const code of node.wholeWord) {
        hits[code]++;
        total++;
      }
  }
  if (!total) return [];
  const hitsOf = (code: string): number => hits[codes.indexOf(code)];
  return IPTC_TOPICS.filter((t) => hitsOf(t.code) >= 2)
    .map((t) => ({ code: t.code, label: t.label, score: round(hitsOf(t.code) / total) }))
    .filter((t) => t.score >= 0.1)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

let trie: StemTrie | null = null;

/** The stem trie of the IPTC lexicon, built once. */
function stemTrie(): StemTrie {
  if (!trie) trie = buildStemTrie(IPTC_TOPICS);
  return trie;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
