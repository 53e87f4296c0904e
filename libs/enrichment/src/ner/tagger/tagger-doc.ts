/**
 * What the tagger reads: a document's tokens with offsets into its text, split into sentences. Built from the
 * enricher's tokeniser at run time and from a corpus's own tokens (joined with spaces) when training, so both
 * paths compute the same features, including the rule recogniser's outputs over the same text.
 */
export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

export interface TaggerDoc {
  text: string;
  tokens: TaggerToken[];
  /** Token index where each sentence starts, ascending, first 0 (when there are tokens). */
  sentenceStarts: number[];
}

/** [start, end) token ranges of the sentences. */
export function sentenceRanges(doc: TaggerDoc): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < doc.sentenceStarts.length; s++) {
    const end = s + 1 < doc.sentenceStarts.length ? doc.sentenceStarts[s + 1] : doc.tokens.length;
    if (end > doc.sentenceStarts[s]) out.push([doc.sentenceStarts[s], end]);
  }
  return out;
}

/** A document from pre-tokenised sentences: tokens joined by one space, sentences by a newline. */
export function docFromSentences(sentences: string[][]): TaggerDoc {
  const tokens: TaggerToken[] = [];
  const sentenceStarts: number[] = [];
  let text = '';
  for (const sentence of sentences) {
    if (!sentence.length) continue;
    if (text) text += '\n';
    sentenceStarts.push(tokens.length);
    sentence.forEach((word, k) => {
      if (k) text += ' ';
      tokens.push({ text: word, start: text.length, end: text.length + word.length });
      text += word;
    });
  }
  return { text, tokens, sentenceStarts };
}
