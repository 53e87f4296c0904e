import { candidateTokens } from './candidates';
import { tokenInfo } from './token-info';

describe('candidate tokens (what the tagger scores)', () => {
  const words = 'on Sunday the Bank of the West said that de Gaulle left at 5 pm'.split(' ');
  const info = words.map((w, i) => tokenInfo(w, i === 0, null));
  const picked = (marks: Uint8Array[] = []): string[] =>
    [...candidateTokens(info, marks, [[0, words.length]])].flatMap((c, i) => (c ? [words[i]] : []));

  it('scores capitals, digits, a particle before a capital and connecting words after one', () => {
    expect(picked()).toEqual(['Sunday', 'the', 'Bank', 'of', 'the', 'West', 'de', 'Gaulle', '5']);
  });

  it('scores a lower-case token another source marks (rules, gazetteer, name list)', () => {
    const rules = new Uint8Array(words.length);
    rules[words.indexOf('pm')] = 1;
    expect(picked([rules])).toContain('pm');
    expect(picked()).not.toContain('said');
  });
});
