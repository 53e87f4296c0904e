import type { TopicLexicon } from './iptc-lexicon';

/**
 * The topic stems as a trie over UTF-16 code units, so a word is matched against every stem in one walk along its
 * characters, without cutting the word out of the text. A node says which topics a word ending there matches
 * (short stems, < 4 letters, must equal the word) and which topics every word passing through it matches
 * (longer stems are prefixes: "elect" matches election, electoral). Topics are numbered by their distinct codes.
 */
export interface StemNode {
  /** Children by code unit below 128 (an array look-up; stems are nearly all ASCII). */
  ascii: (StemNode | undefined)[];
  /** Children by any other code unit. */
  other: Map<number, StemNode>;
  /** Code numbers of the short stems that end here, one entry per stem (a stem listed twice counts twice). */
  wholeWord: number[];
  /** Code numbers of the prefix stems that end here. */
  prefix: number[];
}

export interface StemTrie {
  root: StemNode;
  /** Distinct topic codes, in lexicon order; nodes hold indices into this list. */
  codes: string[];
}

/** Stems shorter than this must equal the word; longer ones are prefixes (heuristic "stem lexicon"). */
export const PREFIX_STEM_LENGTH = 4;

export function buildStemTrie(topics: readonly TopicLexicon[]): StemTrie {
  const codes = [...new Set(topics.map((t) => t.code))];
  const root = newNode();
  for (const t of topics) {
    const code = codes.indexOf(t.code);
    for (const stem of t.stems) {
      let node = root;
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        let child = childOf(node, c);
        if (!child) {
          child = newNode();
          if (c < 128) node.ascii[c] = child;
          else node.other.set(c, child);
        }
        node = child;
      }
      if (stem.length >= PREFIX_STEM_LENGTH) node.prefix.push(code);
      else node.wholeWord.push(code);
    }
  }
  return { root, codes };
}

/** The child of a node along one code unit, if any. */
export function childOf(node: StemNode, c: number): StemNode | undefined {
  return c < 128 ? node.ascii[c] : node.other.get(c);
}

function newNode(): StemNode {
  return { ascii: new Array<StemNode | undefined>(128).fill(undefined), other: new Map(), wholeWord: [], prefix: [] };
}
