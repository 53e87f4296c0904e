import { recognizeEntities } from '../ner/recognize-entities';
import { groupEntities } from './group-entities';

const group = (text: string) => groupEntities(recognizeEntities(text), text);

describe('groupEntities', () => {
  it('joins surname mentions to the full name', () => {
    const entities = group('Mohammad Reza Ashtiani met Sergei Shoigu. Ashtiani said Shoigu agreed.');
    const persons = entities.filter((e) => e.type === 'PER');
    expect(persons.map((p) => p.name)).toEqual(['Mohammad Reza Ashtiani', 'Sergei Shoigu']);
    expect(persons[0]).toMatchObject({ id: 'PER:mohammad-reza-ashtiani', aliases: ['Ashtiani'] });
    expect(persons[0].mentions).toHaveLength(2);
  });

  it('joins acronyms to their expansions, even when the acronym comes later', () => {
    const entities = group('The North Atlantic Treaty Organization met. NATO members agreed.');
    const nato = entities.find((e) => e.name === 'North Atlantic Treaty Organization');
    expect(nato?.aliases).toEqual(['NATO']);
    expect(nato?.mentions).toHaveLength(2);
  });

  it('keeps different people apart', () => {
    const entities = group('John Smith met Jane Doe. Smith left.');
    const persons = entities.filter((e) => e.type === 'PER');
    expect(persons.map((p) => [p.name, p.mentions.length])).toEqual([
      ['John Smith', 2],
      ['Jane Doe', 1],
    ]);
  });
});

describe('groupEntities, word counts and short forms', () => {
  const per = (start: number, text: string) => ({ start, end: start + text.length, type: 'PER' as const, text });

  it('joins a lone first word to a two-word name only', () => {
    const spans = [per(0, 'Sergei Shoigu'), per(20, 'Sergei'), per(40, 'Anna Maria Lopez'), per(60, 'Anna')];
    const entities = groupEntities(spans, ' '.repeat(80));
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Sergei Shoigu', 2],
      ['Anna Maria Lopez', 1],
      ['Anna', 1],
    ]);
  });

  it('counts words across any white space: the longer name comes first and takes the short one', () => {
    const spans = [per(0, 'Maria\u00a0Lopez'), per(20, 'Anna Maria\u00a0Lopez')];
    const entities = groupEntities(spans, ' '.repeat(40));
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Anna Maria\u00a0Lopez', ['Maria\u00a0Lopez']]]);
  });

  it('joins a last name or last two words to the longest full name', () => {
    const spans = [per(0, 'Maria Lopez'), per(20, 'Anna Maria Lopez'), per(40, 'Lopez')];
    const entities = groupEntities(spans, ' '.repeat(60));
    expect(entities.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([
      ['Anna Maria Lopez', ['Maria Lopez', 'Lopez'], 3],
    ]);
  });
});
