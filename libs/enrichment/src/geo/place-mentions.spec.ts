import type { EntitySpan } from '../types';
import { loadGazetteer } from './gazetteer';
import { findPlaceMentions } from './place-mentions';

const span = (text: string, part: string, type: EntitySpan['type']): EntitySpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type };
};
const mentionsOf = (text: string, spans: EntitySpan[]): string[] =>
  findPlaceMentions(spans, text, loadGazetteer()).mentions.map((m) => m.mention.text);

describe('findPlaceMentions', () => {
  it('takes a PER-typed gazetteer name for a place after a locative preposition', () => {
    const text = 'The family has lived in Hinton since spring.';
    expect(mentionsOf(text, [span(text, 'Hinton', 'PER')])).toEqual(['Hinton']);
  });

  it('takes "to"/"from" as a place cue only for names that are not common surnames', () => {
    const text = 'She wrote to Hinton, then drove to Innisfail.';
    expect(mentionsOf(text, [span(text, 'Hinton', 'PER'), span(text, 'Innisfail', 'ORG')])).toEqual(['Innisfail']);
  });

  it('leaves a PER-typed name alone where people stand', () => {
    const text = 'Hinton said the plan would work.';
    expect(mentionsOf(text, [span(text, 'Hinton', 'PER')])).toEqual([]);
  });

  it('takes a PER/ORG-typed name followed by ", Region" for a place', () => {
    const text = 'Innisfail, Alberta hosted the final.';
    expect(mentionsOf(text, [span(text, 'Innisfail', 'ORG'), span(text, 'Alberta', 'LOC')])).toEqual([
      'Innisfail',
      'Alberta',
    ]);
  });

  it('finds a small town at the head of a local institution', () => {
    const text = 'A spokesman for Enfield Council confirmed it.';
    expect(mentionsOf(text, [span(text, 'Enfield Council', 'ORG')])).toEqual(['Enfield']);
  });

  it('does not take Shanghai inside the Shanghai Cooperation Organization for a place', () => {
    const text = 'Ministers of the Shanghai Cooperation Organization met.';
    expect(mentionsOf(text, [span(text, 'Shanghai Cooperation Organization', 'ORG')])).toEqual([]);
  });

  it('reads a dateline the recogniser missed, and a region name no span covers', () => {
    const text = 'TOLEDO, Ohio — Storms crossed Manitoba overnight.';
    const found = findPlaceMentions([], text, loadGazetteer()).mentions;
    expect(found.map((m) => [m.mention.text, !!m.dateline])).toEqual([
      ['TOLEDO', true],
      ['Ohio', true],
      ['Manitoba', false],
    ]);
    expect(found[0].container?.mention.text).toBe('Ohio');
  });

  it('keeps one sense per article: a name typed LOC more often than not is a place where typed PER', () => {
    const text = 'Nelson is quiet. Visitors love Nelson. Nelson said the lake was warm.';
    const spans = [0, 1, 2].map((k) => {
      const start = k === 0 ? 0 : k === 1 ? text.indexOf('Nelson', 5) : text.lastIndexOf('Nelson');
      return { start, end: start + 6, text: 'Nelson', type: (k === 2 ? 'PER' : 'LOC') as EntitySpan['type'] };
    });
    expect(mentionsOf(text, spans)).toEqual(['Nelson', 'Nelson', 'Nelson']);
    expect(mentionsOf(text, [{ ...spans[0], type: 'PER' }, { ...spans[1], type: 'PER' }, spans[2]])).toEqual([]);
  });

  it('puts road numbers and buildings typed as names at the local focus', () => {
    const text = 'Traffic queued on the A417 near the Percy French Hotel.';
    const found = findPlaceMentions(
      [span(text, 'A417', 'ORG'), span(text, 'Percy French Hotel', 'PER')],
      text,
      loadGazetteer(),
    );
    expect(found.locals.map((m) => m.text)).toEqual(['A417', 'Percy French Hotel']);
  });

  it('links a demonym after a lower-case prefix ("anti-Russian")', () => {
    const text = 'The anti-Russian mood grew.';
    const found = findPlaceMentions([], text, loadGazetteer()).mentions;
    expect(found.map((m) => [m.mention.text, m.forced?.countryCode])).toEqual([['Russian', 'RU']]);
  });

  it('reads a city of a million that no span covers, but not a smaller town or a given name', () => {
    const text = 'Flights to Montreal resumed. Shops in Reading reopened.';
    expect(findPlaceMentions([], text, loadGazetteer()).mentions.map((m) => m.mention.text)).toEqual(['Montreal']);
  });
});
