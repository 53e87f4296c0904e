import { groupEntities } from '../entities/group-entities';
import { recognizeEntities } from '../ner/recognize-entities';
import { legacyExtractQuotes } from './legacy-extract-quotes';

const quotes = (text: string) => legacyExtractQuotes(text, groupEntities(recognizeEntities(text), text));

describe('legacyExtractQuotes', () => {
  it('attributes "…," X emphasized to the person entity', () => {
    const text = 'Mohammad Reza Ashtiani arrived. “Terrorist attacks are the outcome of support,” Ashtiani emphasized.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speaker: 'Mohammad Reza Ashtiani', speakerEntityId: 'PER:mohammad-reza-ashtiani' });
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('handles "…," said X and X said: "…"', () => {
    const a = quotes('"We will not stop the work now," said John Smith.');
    expect(a[0].speaker).toBe('John Smith');
    const b = quotes('Jane Doe told reporters: "The plan is ready for the vote."');
    expect(b[0].speaker).toBe('Jane Doe');
  });

  it('resolves a pronoun to the last person named', () => {
    const q = quotes('Sergei Shoigu spoke first. "Our cooperation grows every single year," he said.');
    expect(q[0].speakerEntityId).toBe('PER:sergei-shoigu');
  });

  it('ignores short scare quotes', () => {
    expect(quotes('the so-called "peace plan" was shelved')).toEqual([]);
  });

  it('stops the speaker at a full stop and resolves a capitalised pronoun', () => {
    const text =
      'Sue Barusefski arrived. "It is a beautiful setting for the homes here," said Barusefski. Residents said "we like it a lot here, truly." John Smith spoke. He said: "I have known him for a number of years now."';
    expect(quotes(text).map((q) => q.speakerEntityId)).toEqual(['PER:sue-barusefski', null, 'PER:john-smith']);
  });
});
