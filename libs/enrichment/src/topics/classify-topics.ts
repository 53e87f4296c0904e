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
  for (const word of words) {
    for (const topic of IPTC_TOPICS) {
      if (topic.stems.some((s) => (s.length >= 4 ? word.startsWith(s) : word === s))) {
        hits.set(topic.code, (hits.get(topic.code) ?? 0) + 1);
        total++;
      }
    }
  }
  if (!total) return [];
  return IPTC_TOPICS.filter((t) => (hits.get(t.code) ?? 0) >= 2)
    .map((t) => ({ code: t.code, label: t.label, score: round((hits.get(t.code) ?? 0) / total) }))
    .filter((t) => t.score >= 0.1)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
