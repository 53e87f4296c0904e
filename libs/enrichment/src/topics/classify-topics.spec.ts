import type { Topic } from '../types';
import { classifyTopics } from './classify-topics';
import { IPTC_TOPICS } from './iptc-lexicon';

describe('classifyTopics', () => {
  it('picks sport for a match report', () => {
    const topics = classifyTopics(
      'The team scored a late goal to win the championship match; the coach praised every player this season.',
    );
    expect(topics[0]).toMatchObject({ code: 'medtop:15000000', label: 'sport' });
  });

  it('picks economy for a markets story, with scores that sum to at most 1', () => {
    const topics = classifyTopics(
      'Stocks fell as investors weighed inflation data; the bank raised prices and company profits dropped in the market.',
    );
    expect(topics[0].code).toBe('medtop:04000000');
    expect(topics.reduce((s, t) => s + t.score, 0)).toBeLessThanOrEqual(1.0001);
  });

  it('returns nothing without evidence', () => {
    expect(classifyTopics('Lorem ipsum dolor sit amet.')).toEqual([]);
  });
});

/** The classifier as first written (regex words, a map of short stems, stems bucketed by four letters). */
function referenceTopics(text: string, limit = 5): Topic[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const exact = new Map<string, string[]>();
  const byPrefix = new Map<string, [string, string][]>();
  for (const t of IPTC_TOPICS)
    for (const s of t.stems) {
      if (s.length >= 4) byPrefix.set(s.slice(0, 4), [...(byPrefix.get(s.slice(0, 4)) ?? []), [s, t.code]]);
      else exact.set(s, [...(exact.get(s) ?? []), t.code]);
    }
  const hits = new Map<string, number>();
  let total = 0;
  for (const word of words) {
    const matched = [...(exact.get(word) ?? [])];
    const prefixed = word.length >= 4 ? byPrefix.get(word.slice(0, 4)) : undefined;
    for (const [stem, code] of prefixed ?? []) if (word.startsWith(stem) && !matched.includes(code)) matched.push(code);
    for (const code of matched) {
      hits.set(code, (hits.get(code) ?? 0) + 1);
      total++;
    }
  }
  if (!total) return [];
  return IPTC_TOPICS.filter((t) => (hits.get(t.code) ?? 0) >= 2)
    .map((t) => ({ code: t.code, label: t.label, score: Math.round(((hits.get(t.code) ?? 0) / total) * 1000) / 1000 }))
    .filter((t) => t.score >= 0.1)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

describe('classifyTopics, against the reference implementation', () => {
  it('scores random mixes of stems, their extensions and other words the same', () => {
    const stems = IPTC_TOPICS.flatMap((t) => t.stems);
    const others = ['the', 'a', 'Elections', 'POLICE', 'İstanbul', 'Σport', '😀', 'x1y', 'taxes', 'cat’s', 'law-firm'];
    let seed = 11;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < 300; k++) {
      const words: string[] = [];
      for (let n = Math.floor(random() * 40); n > 0; n--) {
        const r = random();
        const stem = stems[Math.floor(random() * stems.length)];
        words.push(r < 0.4 ? stem : r < 0.7 ? stem + 'ing' : r < 0.8 ? stem.slice(0, -1) : others[n % others.length]);
      }
      const text = words.join(random() < 0.5 ? ' ' : ', ');
      expect([text, classifyTopics(text, 17)]).toEqual([text, referenceTopics(text, 17)]);
    }
  });
});
