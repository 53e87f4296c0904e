import { loadGazetteer } from '../../geo/gazetteer';
import { gazetteerCodes } from './gazetteer-tags';
import { docFromSentences } from './tagger-doc';

describe('gazetteer membership codes', () => {
  it('marks the longest capitalised match, begin and inside apart, within one sentence', () => {
    const doc = docFromSentences([
      ['He', 'flew', 'to', 'New', 'York', 'and', 'paris', '.'],
      ['Berlin', 'next'],
    ]);
    const codes = gazetteerCodes(doc.tokens, doc.sentenceStarts, loadGazetteer());
    expect(codes[3]).toBeGreaterThan(0);
    expect(codes[4]).toBe(codes[3] + 1); // inside the same match
    expect(codes[6]).toBe(0); // lower case: not looked up
    expect(codes[8]).toBeGreaterThan(0);
    expect(codes[8] % 2).toBe(1); // a begin code
    expect(codes[1]).toBe(0);
  });
});
