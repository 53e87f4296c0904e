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
