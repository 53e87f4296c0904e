/**
 * Stories section of `npm run bench:enrich` (issue 18): the same-story similarity (libs/enrichment/src/stories)
 * against SimHash and a plain TF-IDF cosine on the SemEval-2022 Task 8 pairs (../shared/devsets/pairs; the devsets
 * README section "Same-story pairs").
 *
 * - Label, as the README defines it: same story when the organisers' Overall score is <= 2 (1 = same ... 4 =
 *   unrelated). ROC-AUC on same-language pairs (tuning and check halves, split by a hash of the pair ids, see
 *   story-pairs.ts; weights were tuned on the tuning half only), per language, and on cross-language pairs (de-en is
 *   the only cross pair in the set); Pearson r against Overall (negative: a high similarity goes with a low score).
 * - Mojibake: the rows flagged `mojibake` are repaired by the reader; the same measure without the repair is shown.
 * - Document frequencies: seeded with every dev text once (unsupervised; the system keeps its own online).
 * - Entities and places per text come from the library's recogniser and place resolver, as the enricher gives them.
 * - CPU: ms per profile (texts already enriched), per comparison, and per text for the entity/place step.
 */
import {
  DocumentFrequencies,
  ProfileOptions,
  StoryDocument,
  StoryProfile,
  fingerprintDistance,
  groupEntities,
  recognizeEntities,
  resolvePlaces,
  simhash,
  storyProfile,
  storySimilarity,
} from '@newsflow/enrichment';
import { DEFAULT_WEIGHTS, SimilarityWeights } from '@newsflow/enrichment/stories';
import { StoryPair, readStoryPairs, storyPairsFile } from './story-pairs';
import { pearson, rocAuc } from './story-scoring';

type Scorer = (pairs: StoryPair[]) => number[];

interface Enriched {
  entities: { text: string; type: string }[];
  places: { id: string; name: string }[];
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The texts of the pairs, once each, with their language. */
function textsOf(pairs: StoryPair[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of pairs) {
    texts.set(p.text1, p.lang1);
    texts.set(p.text2, p.lang2);
  }
  return texts;
}

/** Ours: profiles against frequencies seeded with every text, then storySimilarity. */
function oursScorer(
  enriched: Map<string, Enriched>,
  options: {
    entities?: boolean;
    profile?: ProfileOptions;
    weights?: Partial<SimilarityWeights>;
    timing?: { profileMs: number; compareMs: number };
  } = {},
): Scorer {
  return (pairs) => {
    const texts = textsOf(pairs);
    const doc = (text: string, language: string): StoryDocument => {
      const e = options.entities === false ? undefined : enriched.get(text);
      return { text, language, entities: e?.entities, places: e?.places };
    };
    const df = new DocumentFrequencies();
    const po = options.profile;
    const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    for (const [text, language] of texts) df.add(storyProfile(doc(text, language), new DocumentFrequencies(), po));
    const profiles = new Map<string, StoryProfile>();
    let t0 = cpuMs();
    for (const [text, language] of texts) profiles.set(text, storyProfile(doc(text, language), df, po));
    const profileMs = (cpuMs() - t0) / texts.size;
    t0 = cpuMs();
    const scores = pairs.map((p) => storySimilarity(profiles.get(p.text1)!, profiles.get(p.text2)!, df, weights));
    // Comparisons are too quick for one pass to time: repeat them.
    const rounds = 20;
    for (let r = 0; r < rounds; r++)
      for (const p of pairs) storySimilarity(profiles.get(p.text1)!, profiles.get(p.text2)!, df, weights);
    const compareMs = (cpuMs() - t0) / (pairs.length * (rounds + 1));
    if (options.timing) Object.assign(options.timing, { profileMs, compareMs });
    return scores;
  };
}

/** The floor the issue names: lower-cased words, no stop words or stems, (1 + ln tf) · ln(N / df), cosine. */
const tfidfScorer: Scorer = (pairs) => {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const texts = [...textsOf(pairs).keys()];
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = new Map<string, Map<string, number>>();
  for (const t of texts) {
    const tf = new Map<string, number>();
    for (const w of words(t)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, n] of tf) {
      const x = (1 + Math.log(n)) * Math.log(texts.length / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    vectors.set(t, v);
  }
  return pairs.map((p) => {
    const a = vectors.get(p.text1)!;
    const b = vectors.get(p.text2)!;
    let dot = 0;
    for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
    return dot;
  });
};

/** SimHash as the pipeline has it: 1 - Hamming distance / 64. */
const simhashScorer: Scorer = (pairs) =>
  pairs.map((p) => 1 - fingerprintDistance(simhash(p.text1), simhash(p.text2)) / 64);

interface Row {
  label: string;
  pick: (p: StoryPair) => boolean;
}

function auc(pairs: StoryPair[], scores: number[], pick: (p: StoryPair) => boolean): number {
  const idx = pairs.map((_, i) => i).filter((i) => pick(pairs[i]));
  return rocAuc(
    idx.map((i) => scores[i]),
    idx.map((i) => pairs[i].same),
  );
}

export function runStoriesBench(devsetsDir: string, write: (text: string) => void): boolean {
  const file = storyPairsFile(devsetsDir);
  if (!file) return false;
  const pairs = readStoryPairs(file);
  const raw = readStoryPairs(file, { repair: false });
  const sameLanguage = (p: StoryPair): boolean => p.lang1 === p.lang2;

  let t0 = cpuMs();
  const enriched = new Map<string, Enriched>();
  for (const text of new Set([...textsOf(pairs).keys(), ...textsOf(raw).keys()])) {
    const spans = recognizeEntities(text);
    enriched.set(text, {
      entities: groupEntities(spans, text).map((e) => ({ text: e.name, type: e.type })),
      places: resolvePlaces(spans, text).map((p) => ({ id: p.id, name: p.name })),
    });
  }
  const enrichMs = (cpuMs() - t0) / enriched.size;

  const timing = { profileMs: 0, compareMs: 0 };
  t0 = cpuMs();
  const systems: [string, number[]][] = [
    ['SimHash (1 - distance/64)', simhashScorer(pairs)],
    ['TF-IDF cosine (words)', tfidfScorer(pairs)],
    ['ours, no entities/places', oursScorer(enriched, { entities: false })(pairs)],
    ['ours (storySimilarity)', oursScorer(enriched, { timing })(pairs)],
  ];
  const benchMs = cpuMs() - t0;
  const oursUnrepaired = oursScorer(enriched)(raw);

  const count = (pick: (p: StoryPair) => boolean): string => {
    const chosen = pairs.filter(pick);
    return `${chosen.length}/${chosen.filter((p) => p.same).length}`;
  };
  const languages = [...new Set(pairs.filter(sameLanguage).map((p) => p.lang1))].sort();
  const crossKinds = [...new Set(pairs.filter((p) => !sameLanguage(p)).map((p) => `${p.lang1}-${p.lang2}`))].sort();
  const rows: Row[] = [
    { label: 'same-language, tuning half', pick: (p) => sameLanguage(p) && p.half === 'tuning' },
    { label: 'same-language, check half', pick: (p) => sameLanguage(p) && p.half === 'check' },
    { label: 'same-language, all', pick: sameLanguage },
    ...languages.map((l) => ({ label: `  ${l}-${l}`, pick: (p: StoryPair) => p.lang1 === l && p.lang2 === l })),
    ...crossKinds.map((k) => ({ label: `cross-language ${k}`, pick: (p: StoryPair) => `${p.lang1}-${p.lang2}` === k })),
  ];
  const mojibakeRows = pairs.filter((p) => p.mojibake).length;
  write(
    `Stories: same-story similarity on SemEval-2022 Task 8 pairs (${pairs.length} pairs; same story = Overall <= 2;` +
      ` ${mojibakeRows} mojibake rows repaired)\n`,
  );
  const width = 30;
  write(`  ROC-AUC                        pairs/same ${systems.map(([name]) => name.padStart(27)).join('')}\n`);
  for (const row of rows)
    write(
      `  ${row.label.padEnd(width)} ${count(row.pick).padStart(9)} ` +
        systems.map(([, s]) => auc(pairs, s, row.pick).toFixed(3).padStart(27)).join('') +
        '\n',
    );
  const r = (scores: number[], pick: (p: StoryPair) => boolean): string => {
    const idx = pairs.map((_, i) => i).filter((i) => pick(pairs[i]));
    return pearson(
      idx.map((i) => scores[i]),
      idx.map((i) => pairs[i].score),
    )
      .toFixed(3)
      .padStart(27);
  };
  write(
    `  ${'Pearson r with Overall, same-l.'.padEnd(width + 11)}${systems.map(([, s]) => r(s, sameLanguage)).join('')}\n`,
  );
  write(`  ${'Pearson r with Overall, all'.padEnd(width + 11)}${systems.map(([, s]) => r(s, () => true)).join('')}\n`);
  write(
    `  mojibake repair: ours same-language AUC ${auc(raw, oursUnrepaired, sameLanguage).toFixed(4)} unrepaired, ` +
      `${auc(pairs, systems[3][1], sameLanguage).toFixed(4)} repaired (${mojibakeRows} rows, ` +
      `${pairs.filter((p) => p.mojibake && sameLanguage(p)).length} of them same-language)\n`,
  );
  write(
    `  CPU: ${timing.profileMs.toFixed(3)} ms per profile, ${(timing.compareMs * 1000).toFixed(1)} µs per comparison ` +
      `(ours); entities + places ${enrichMs.toFixed(2)} ms per text (the enricher's work, shared with it); ` +
      `all four systems ${(benchMs / 1000).toFixed(1)} s\n`,
  );
  printLevers(pairs, enriched, write);
  return true;
}

/** What each lever of ours is worth: same-language AUC on both halves with one setting changed. */
function printLevers(pairs: StoryPair[], enriched: Map<string, Enriched>, write: (text: string) => void): void {
  const variants: [string, Parameters<typeof oursScorer>[1]][] = [
    ['ours as shipped', {}],
    ['no shared-passage penalty', { weights: { passages: 0 } }],
    ['no headline weight (titleWeight 1)', { profile: { titleWeight: 1 } }],
    ['no position decay', { profile: { positionDecay: Number.MAX_SAFE_INTEGER } }],
    ['character 3-grams', { profile: { gramLength: 3 } }],
    ['character 5-grams', { profile: { gramLength: 5 } }],
    ['profiles of 100 terms', { profile: { maxTerms: 100 } }],
    ['profiles of 500 terms', { profile: { maxTerms: 500 } }],
  ];
  const same = (half: string) => (p: StoryPair) => p.lang1 === p.lang2 && p.half === half;
  write('  levers (same-language AUC, tuning / check half; one setting changed at a time):\n');
  for (const [label, options] of variants) {
    const scores = oursScorer(enriched, options)(pairs);
    write(
      `    ${label.padEnd(36)} ${auc(pairs, scores, same('tuning')).toFixed(3)} / ${auc(pairs, scores, same('check')).toFixed(3)}\n`,
    );
  }
  write('\n');
}
