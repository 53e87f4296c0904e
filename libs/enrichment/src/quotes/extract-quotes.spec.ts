import { groupEntities } from '../entities/group-entities';
import type { Entity } from '../types';
import { extractQuotes } from './extract-quotes';
import { findQuoteSpans } from './quote-spans';

/** Person entities built by hand, so these specs do not depend on the recogniser (being replaced) finding them. */
function people(text: string, names: string[]): Entity[] {
  const spans = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      spans.push({ start: i, end: i + name.length, type: 'PER' as const, text: name });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return groupEntities(spans, text);
}

const run = (text: string, names: string[]) => {
  const entities = people(text, names);
  return { quotes: extractQuotes(text, entities), entities };
};
const idOf = (entities: Entity[], name: string): string | undefined => entities.find((e) => e.name === name)?.id;

describe('quote spans', () => {
  it('finds typographic conventions: “”, "", «», „“', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['"', '"'],
      ['«', '»'],
      ['„', '“'],
    ]) {
      const text = `Anna Berg said: ${open}The budget will pass next week.${close} Then she left.`;
      const [s] = findQuoteSpans(text);
      expect(text.slice(s.parts[0].start, s.parts[0].end)).toBe('The budget will pass next week.');
    }
  });

  it('keeps nested quotes inside the outer one', () => {
    const text = '“He told me, ‘We are done,’ and then he called it "a farce" on air,” Anna Berg said.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].parts[0].start, spans[0].parts[0].end)).toBe(
      'He told me, ‘We are done,’ and then he called it "a farce" on air,',
    );
  });

  it('runs a quote over paragraphs that reopen without closing', () => {
    const text = 'Anna Berg said:\n\n“The first paragraph has no closing mark.\n\n“The second one does.”\n\nAfter.';
    const [s] = findQuoteSpans(text);
    expect(s.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      'The first paragraph has no closing mark.',
      'The second one does.',
    ]);
    expect(s.closed).toBe(true);
  });

  it('ends an unclosed quote with its paragraph', () => {
    const text = '“A mark that never closes here.\n\nThe next paragraph is no quote.';
    const [s] = findQuoteSpans(text);
    expect(text.slice(s.parts[0].start, s.parts[0].end)).toBe('A mark that never closes here.');
    expect(s.closed).toBe(false);
  });

  it('ignores inch marks and apostrophes', () => {
    expect(findQuoteSpans('He is 6\'2" tall and doesn’t care about it.')).toEqual([]);
  });
});

describe('extractQuotes', () => {
  it('X said after the quote, with speakerEntityId, speaker mention and cue', () => {
    const text = 'Anna Berg spoke in Berlin. “We will not raise taxes this year,” Berg said on Monday.';
    const { quotes, entities } = run(text, ['Anna Berg', 'Berg']);
    expect(quotes).toHaveLength(1);
    const q = quotes[0];
    expect(q).toMatchObject({ speaker: 'Anna Berg', speakerEntityId: idOf(entities, 'Anna Berg'), cue: 'said' });
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speakerMention).toEqual({
      start: text.indexOf('Berg said'),
      end: text.indexOf('Berg said') + 4,
      text: 'Berg',
    });
  });

  it('said X (inverted), with an apposition after the name', () => {
    const text = '“The bridge is safe for traffic again,” said Tom Okafor, a city engineer.';
    const { quotes, entities } = run(text, ['Tom Okafor']);
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Okafor', speakerEntityId: idOf(entities, 'Tom Okafor') });
  });

  it('according to X, before and after the quote', () => {
    const a = run('According to Maria Lopez, “the talks have stalled for good this time.”', ['Maria Lopez']);
    expect(a.quotes[0]).toMatchObject({ speaker: 'Maria Lopez', cue: 'according to' });
    const b = run('“The talks have stalled for good this time,” according to Maria Lopez.', ['Maria Lopez']);
    expect(b.quotes[0]).toMatchObject({ speaker: 'Maria Lopez', cue: 'according to' });
  });

  it('X told reporters: before the quote, and a colon introduction in the previous paragraph', () => {
    const a = run('Jane Doe told reporters: "The plan is ready for the vote."', ['Jane Doe']);
    expect(a.quotes[0].speaker).toBe('Jane Doe');
    const b = run('Jane Doe continued:\n\n"The plan is ready for the vote tomorrow."', ['Jane Doe']);
    expect(b.quotes[0]).toMatchObject({ speaker: 'Jane Doe', cue: 'continued' });
  });

  it('joins a quote split by its attribution into one', () => {
    const text = '“We tried everything,” Berg said, “and nothing worked in the end.” Then she left.';
    const { quotes } = run(text, ['Berg']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('We tried everything, and nothing worked in the end.');
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe(
      'We tried everything,” Berg said, “and nothing worked in the end.',
    );
    expect(quotes[0].speaker).toBe('Berg');
  });

  it('joins across a full stop: "X," Elias said. "Y."', () => {
    const text = '"This will go to the Supreme Court," Marc Elias said. "There will be a ninth justice."';
    const { quotes } = run(text, ['Marc Elias']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe('Marc Elias');
  });

  it('gives a multi-paragraph quote its introducing speaker', () => {
    const text = 'Anna Berg said:\n\n“The first paragraph has no closing mark.\n\n“The second one does.”';
    const { quotes } = run(text, ['Anna Berg']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('The first paragraph has no closing mark. The second one does.');
    expect(quotes[0].speaker).toBe('Anna Berg');
  });

  it('resolves "he" to the last speaker and "she" by pronoun agreement', () => {
    const text =
      'Mark Hill met Sara Quinn on Tuesday. She said she was tired.\n\n' +
      '“Nothing about this deal is fair to workers,” he said.\n\n' +
      '“We will keep talking until it is,” she said.';
    const { quotes, entities } = run(text, ['Mark Hill', 'Sara Quinn']);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual([idOf(entities, 'Mark Hill'), idOf(entities, 'Sara Quinn')]);
    expect(quotes[0].speakerMention?.text).toBe('he');
  });

  it('prefers the sentence subject over a later object for a pronoun', () => {
    const text = 'Joe Biden rubbished Donald Trump’s claim.\n\n“It is a bunch of malarkey, really,” he said.';
    const { quotes, entities } = run(text, ['Joe Biden', 'Donald Trump']);
    expect(quotes[0].speakerEntityId).toBe(idOf(entities, 'Joe Biden'));
  });

  it('resolves a description to the person introduced with that title', () => {
    const text =
      'Defense Minister Ravi Shah arrived late. “Our borders are secure and will stay so,” the minister said.';
    const { quotes, entities } = run(text, ['Ravi Shah']);
    expect(quotes[0]).toMatchObject({ speaker: 'Ravi Shah', speakerEntityId: idOf(entities, 'Ravi Shah') });
    expect(quotes[0].speakerMention?.text).toBe('the minister');
  });

  it('keeps an unresolved description as written, without an entity', () => {
    const { quotes } = run('“I did not expect to see this in my life,” said the woman, who asked not to be named.', []);
    expect(quotes[0]).toMatchObject({ speaker: 'the woman', speakerEntityId: null, cue: 'said' });
  });

  it('carries the speaker on to a following quote paragraph', () => {
    const text = '“We will win this state,” Trump said.\n\n“And then we will win the next one too.”';
    const { quotes } = run(text, ['Trump']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Trump', 'Trump']);
  });

  it('ignores scare quotes and titles', () => {
    expect(run('The so-called "peace plan" was shelved.', []).quotes).toEqual([]);
    expect(run('She watches “Saturday Night Live Every Week” often.', []).quotes).toEqual([]);
  });

  it('gives an organisation speaker its entity id', () => {
    const text = '“The deal was signed in secret last spring,” the Daily Ledger reported.';
    const entities = groupEntities(
      [
        {
          start: text.indexOf('Daily Ledger'),
          end: text.indexOf('Daily Ledger') + 12,
          type: 'ORG',
          text: 'Daily Ledger',
        },
      ],
      text,
    );
    const [q] = extractQuotes(text, entities);
    expect(q).toMatchObject({ speaker: 'Daily Ledger', speakerEntityId: entities[0].id, cue: 'reported' });
  });
});
