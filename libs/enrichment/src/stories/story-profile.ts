import { DocumentFrequencies } from './document-frequencies';
import { passageHashes } from './story-passages';
import { foldText, pushWordGrams, storyWords } from './story-terms';

/** An article as the story similarity sees it. Entities and places are the enricher's, when known. */
export interface StoryDocument {
  title?: string | null;
  text: string;
  language?: string | null;
  /** ISO date or datetime. */
  published?: string | null;
  entities?: { text: string; type: string }[];
  places?: { id: string; name: string }[];
}

/**
 * What the similarity compares, compact and JSON-serialisable (the clusterer keeps one per open story and may store
 * it): term weights (tf-idf by the document frequencies at the time, unit length), entity and place keys, the day.
 * Terms are character 4-grams of the content words ("_fer", "ferr", "erry", "rry_"; see pushWordGrams).
 * Treat a profile as immutable once compared: the similarity caches a lookup form of its `terms` record.
 */
export interface StoryProfile {
  v: 1;
  language: string | null;
  /** Term → weight; the vector has unit length. At most `maxTerms` terms, the heaviest. */
  terms: Record<string, number>;
  /** Entity keys "TYPE:folded name", distinct. */
  entities: string[];
  /** Place ids, distinct. */
  places: string[];
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /**
   * Hashes of the text's runs of four content words, ascending (story-passages.ts): what the similarity needs to see
   * a shared template. Absent in profiles made before it existed and in a story's centroid; then not used.
   */
  passages?: number[];
}

export interface ProfileOptions {
  /**
   * How many times a headline word counts: the title's words when there is a title, else the text's first
   * `leadWords` words (texts that start with their headline). Tuned on the dev pairs' tuning half: 3.
   */
  titleWeight?: number;
  /** Without a title, how many of the first content words count as the headline (10: a headline's length). */
  leadWords?: number;
  /** Most terms kept in a profile, the heaviest (300 lose < 0.005 AUC against all, at ~6 KB of JSON). */
  maxTerms?: number;
  /** Character n-gram length (4 measured best of 3-5). */
  gramLength?: number;
  /**
   * Word position over which a body word's weight falls to half (1 / (1 + position / decay)): news puts the story
   * first, and the end of an extracted text is where leftovers of the page (related links, banners) sit. 50 was best
   * on the tuning half (of 20-200; none: -0.004 AUC).
   */
  positionDecay?: number;
}

export const DEFAULT_PROFILE_OPTIONS: Required<ProfileOptions> = {
  titleWeight: 3,
  leadWords: 10,
  maxTerms: 300,
  gramLength: 4,
  positionDecay: 50,
};

export function storyProfile(doc: StoryDocument, df: DocumentFrequencies, options: ProfileOptions = {}): StoryProfile {
  const o = { ...DEFAULT_PROFILE_OPTIONS, ...options };
  const language = doc.language ?? null;
  const counts = new Map<string, number>();
  const grams: string[] = [];
  /** Counts the words' grams, the word at `first + i` weighing `weight(first + i)`. */
  const count = (words: string[], first: number, weight: (position: number) => number): void => {
    words.forEach((word, i) => {
      const w = weight(first + i);
      grams.length = 0;
      pushWordGrams(word, o.gramLength, grams);
      for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + w);
    });
  };
  const decayed = (position: number): number => 1 / (1 + position / o.positionDecay);
  const body = storyWords(doc.text ?? '', language);
  const title = doc.title ? storyWords(doc.title, language) : [];
  if (doc.title) {
    count(title, 0, () => o.titleWeight);
    count(body, 0, decayed);
  } else {
    const lead = Math.min(o.leadWords, body.length);
    count(body.slice(0, lead), 0, (position) => o.titleWeight * decayed(position));
    count(body.slice(lead), lead, decayed);
  }
  return {
    v: 1,
    language,
    terms: weightedTerms(counts, df, o.maxTerms),
    entities: distinct((doc.entities ?? []).map((e) => `${e.type}:${foldText(e.text).replace(/\s+/g, ' ').trim()}`)),
    places: distinct((doc.places ?? []).map((p) => p.id)),
    published: dayOf(doc.published),
    passages: passageHashes(title.length ? [...title, ...body] : body),
  };
}

/**
 * Sublinear tf (a weighted count n >= 1 gives 1 + ln n; below 1, a word seen once far down, n itself) times idf; the
 * `maxTerms` heaviest, scaled to unit length (rounded to 6 digits: shorter JSON).
 */
function weightedTerms(counts: Map<string, number>, df: DocumentFrequencies, maxTerms: number): Record<string, number> {
  const weighted: [string, number][] = [];
  for (const [term, n] of counts) weighted.push([term, (n < 1 ? n : 1 + Math.log(n)) * df.idf(term)]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.length > maxTerms ? weighted.slice(0, maxTerms) : weighted;
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const terms: Record<string, number> = {};
  for (const [term, w] of kept) terms[term] = Math.round((w / norm) * 1e6) / 1e6;
  return terms;
}

function distinct(keys: string[]): string[] {
  return [...new Set(keys.filter((k) => k && !k.endsWith(':')))];
}

/** The YYYY-MM-DD of an ISO date or datetime, else null. */
function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}
