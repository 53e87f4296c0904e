import { DocumentFrequencies } from './document-frequencies';
import { foldText, storyTerms } from './story-terms';

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
}

export interface ProfileOptions {
  /** How many times a title term counts (the headline says what the story is). */
  titleWeight?: number;
  /** Most terms kept in a profile. */
  maxTerms?: number;
  prefixLength?: number;
}

export const DEFAULT_TITLE_WEIGHT = 2;
export const DEFAULT_PROFILE_TERMS = 300;

export function storyProfile(doc: StoryDocument, df: DocumentFrequencies, options: ProfileOptions = {}): StoryProfile {
  const titleWeight = options.titleWeight ?? DEFAULT_TITLE_WEIGHT;
  const maxTerms = options.maxTerms ?? DEFAULT_PROFILE_TERMS;
  const language = doc.language ?? null;
  const counts = new Map<string, number>();
  const termOptions = { prefixLength: options.prefixLength };
  for (const term of storyTerms(doc.text ?? '', language, termOptions)) counts.set(term, (counts.get(term) ?? 0) + 1);
  if (doc.title)
    for (const term of storyTerms(doc.title, language, termOptions))
      counts.set(term, (counts.get(term) ?? 0) + titleWeight);
  const weighted: [string, number][] = [];
  for (const [term, count] of counts) weighted.push([term, (1 + Math.log(count)) * df.idf(term)]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.slice(0, maxTerms);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const terms: Record<string, number> = {};
  for (const [term, w] of kept) terms[term] = Math.round((w / norm) * 1e6) / 1e6;
  return {
    v: 1,
    language,
    terms,
    entities: distinct((doc.entities ?? []).map((e) => `${e.type}:${foldText(e.text).replace(/\s+/g, ' ').trim()}`)),
    places: distinct((doc.places ?? []).map((p) => p.id)),
    published: dayOf(doc.published),
  };
}

function distinct(keys: string[]): string[] {
  return [...new Set(keys.filter((k) => k && !k.endsWith(':')))];
}

/** The YYYY-MM-DD of an ISO date or datetime, else null. */
function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}
