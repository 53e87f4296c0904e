/**
 * Document frequencies the system keeps for itself, updated online as articles arrive: how many profiles held each
 * term. They weight terms by rarity (a story's names and places are rare, "government" is not) without a corpus
 * shipped with the code. Memory is bounded: past `maxTerms` distinct terms, every count and the document total are
 * halved and the terms that fall to zero go ("decay"), which also lets old news fade.
 */

/** What DocumentFrequencies needs of a profile: its distinct terms. */
export interface HasTerms {
  terms: Record<string, number>;
}

export interface DocumentFrequenciesJson {
  v: 1;
  documents: number;
  maxTerms: number;
  counts: Record<string, number>;
}

export const DEFAULT_MAX_TERMS = 200_000;
/** See idf(). */
export const PRIOR_DOCUMENTS = 20;

export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private docs = 0;

  constructor(readonly maxTerms: number = DEFAULT_MAX_TERMS) {
    if (!(maxTerms >= 1)) throw new RangeError(`maxTerms must be at least 1, got ${maxTerms}`);
  }

  /** Documents counted (after decay, so a fraction is possible). */
  get documents(): number {
    return this.docs;
  }

  /** Distinct terms held. */
  get size(): number {
    return this.counts.size;
  }

  /** Counts one document: each of its distinct terms once. */
  add(profile: HasTerms): void {
    this.addTerms(Object.keys(profile.terms));
  }

  /** Counts one document given as its terms (repeats are counted once). */
  addTerms(terms: Iterable<string>): void {
    for (const term of new Set(terms)) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    this.docs++;
    if (this.counts.size > this.maxTerms) this.decay();
  }

  /** In how many documents the term was seen. */
  frequency(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /**
   * Smoothed inverse document frequency, ln((N + 1 + PRIOR_DOCUMENTS) / (df + 0.5)), where PRIOR_DOCUMENTS
   * imagined documents hold none of the terms: while few documents have been counted every term weighs about the same
   * (two articles of one story, counted alone, would otherwise make their shared words look common); past a few
   * hundred documents it is the usual idf. Never below 0.1, so no term is silenced entirely.
   */
  idf(term: string): number {
    return Math.max(0.1, Math.log((this.docs + 1 + PRIOR_DOCUMENTS) / (this.frequency(term) + 0.5)));
  }

  /** Halves every count; drops the terms that reach zero (at least until the size is back under the bound). */
  private decay(): void {
    while (this.counts.size > this.maxTerms * 0.75) {
      for (const [term, count] of this.counts) {
        const half = Math.floor(count / 2);
        if (half === 0) this.counts.delete(term);
        else this.counts.set(term, half);
      }
      this.docs = this.docs / 2;
    }
  }

  toJSON(): DocumentFrequenciesJson {
    return { v: 1, documents: this.docs, maxTerms: this.maxTerms, counts: Object.fromEntries(this.counts) };
  }

  static fromJSON(json: DocumentFrequenciesJson | string): DocumentFrequencies {
    const data = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<DocumentFrequenciesJson>;
    if (!data || typeof data !== 'object' || data.v !== 1 || typeof data.counts !== 'object' || !data.counts)
      throw new Error('not a DocumentFrequencies JSON (expected {v: 1, documents, maxTerms, counts})');
    const df = new DocumentFrequencies(typeof data.maxTerms === 'number' ? data.maxTerms : DEFAULT_MAX_TERMS);
    for (const [term, count] of Object.entries(data.counts))
      if (typeof count === 'number' && count > 0) df.counts.set(term, count);
    df.docs = typeof data.documents === 'number' && data.documents >= 0 ? data.documents : 0;
    if (df.counts.size > df.maxTerms) df.decay();
    return df;
  }
}
