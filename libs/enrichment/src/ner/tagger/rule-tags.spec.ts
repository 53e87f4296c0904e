import { LABELS } from './labels';
import { ruleLabels } from './rule-tags';
import { docFromSentences } from './tagger-doc';

describe('rule outputs as tagger labels', () => {
  it('projects spans onto tokens by offsets (BILOU)', () => {
    const doc = docFromSentences([['President', 'Emmanuel', 'Macron', 'visited', 'Astana', '.']]);
    const at = (word: string): number => doc.text.indexOf(word);
    const labels = ruleLabels(doc.tokens, [
      { start: at('Emmanuel'), end: at('Macron') + 6, type: 'PER', text: 'Emmanuel Macron' },
      { start: at('Astana'), end: at('Astana') + 6, type: 'LOC', text: 'Astana' },
    ]);
    expect([...labels].map((l) => LABELS[l])).toEqual(['O', 'B-PER', 'L-PER', 'O', 'U-LOC', 'O']);
  });
});
