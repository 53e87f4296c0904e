import { LABELS, fromBio } from '../labels';
import { docFromSentences } from '../tagger-doc';
import { retokenized } from './retokenize';

describe('retokenized (training on the enricher tokens)', () => {
  it('projects gold names onto the tokens the tokeniser makes, and keeps a name inside one sentence', () => {
    const doc = docFromSentences([
      ['Colonel', 'William', 'L.', 'Smith', 'said', '.'],
      ['U.S.', 'Army', 'won', '.'],
    ]);
    const gold = fromBio(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
    const r = retokenized(doc, gold);
    const tagged = r.doc.tokens.map((t, i) => `${t.text}/${LABELS[r.gold[i]]}`);
    expect(tagged).toEqual([
      'Colonel/O',
      'William/B-PER',
      'L/I-PER',
      './I-PER',
      'Smith/L-PER',
      'said/O',
      './O',
      'U.S./B-ORG',
      'Army/L-ORG',
      'won/O',
      './O',
    ]);
    // The tokeniser may start a sentence after "L." ; it is dropped inside the name.
    expect(r.doc.sentenceStarts).toEqual([0, 7]);
  });
});
