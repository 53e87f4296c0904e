import type { Topic } from '../types';
import { IPTC_TOPICS } from './iptc-lexicon';

/**
 * Top-level IPTC Media Topics by keyword evidence. Heuristic "stem lexicon": each topic has word stems; a word
 * counts for a topic when it starts with one of its stems (≥ 4 letters) or equals it (shorter stems). A topic's
 * score is its share of all hits (scores sum to 1); topics below 10 % or with a single hit are dropped.
 */
export function classifyTopics(text: string, limit = 5): Topic[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Map<string, number>();
  let total = 0;
  const { exact, byPrefix } = stemIndex();
  const matched: string[] = [];
  for (const word of words) {
    matched.length = 0;
    const whole = exact.get(word);
    if (whole) matched.push(...whole);
    const prefixed = word.length >= 4 ? byPrefix.get(word.slice(0, 4)) : undefined;
    if (prefixed)
      for (const [stem, code] of prefixed) if (word.startsWith(stem) && !matched.includes(code)) matched.push(code);
    for (const code of matched) {
      hits.set(code, (hits.get(code) ?? 0) + 1);
      total++;
    }
  }
  if (!total) return [];
  return IPTC_TOPICS.filter((t) => (hits.get(t.code) ?? 0) >= 2)
    .map((t) => ({ code: t.code, label: t.label, score: round((hits.get(t.code) ?? 0) / total) }))
    .filter((t) => t.score >= 0.1)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

let index: { exact: Map<string, string[]>; byPrefix: Map<string, [string, string][]> } | null = null;

/** Stems indexed by their first four letters (prefix stems) or whole (short stems), built once. */
function stemIndex(): NonNullable<typeof index> {
  if (index) return index;
  const exact = new Map<string, string[]>();
  const byPrefix = new Map<string, [string, string][]>();
  for (const t of IPTC_TOPICS) {
    for (const s of t.stems) {
      if (s.length >= 4) {
        const k = s.slice(0, 4);
        byPrefix.set(k, [...(byPrefix.get(k) ?? []), [s, t.code]]);
      } else exact.set(s, [...(exact.get(s) ?? []), t.code]);
    }
  }
  index = { exact, byPrefix };
  return index;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
