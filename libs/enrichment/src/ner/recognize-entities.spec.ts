import { recognizeEntities } from './recognize-entities';

const typed = (text: string): string[] => recognizeEntities(text).map((e) => `${e.type}:${e.text}`);

describe('recognizeEntities', () => {
  it('strips ranks and honorifics from names', () => {
    const out = typed('Iranian Defense Minister Brigadier General Mohammad Reza Ashtiani met reporters.');
    expect(out).toContain('PER:Mohammad Reza Ashtiani');
    expect(out.some((e) => e.includes('Brigadier'))).toBe(false);
    expect(out).toContain('MISC:Iranian');
  });

  it('never takes nationality adjectives for persons', () => {
    const out = typed('The Russian defense minister and his Iranian counterpart spoke.');
    expect(out).toEqual(['MISC:Russian', 'MISC:Iranian']);
  });

  it('types organisations by their head word and acronyms in brackets', () => {
    const out = typed(
      'Members of the Shanghai Cooperation Organization (SCO) and the Islamic Revolution Guards Corps met.',
    );
    expect(out).toEqual(['ORG:Shanghai Cooperation Organization', 'ORG:SCO', 'ORG:Islamic Revolution Guards Corps']);
  });

  it('finds places from the gazetteer and names from given names', () => {
    const out = typed('Angela Merkel flew from Berlin to Astana, Kazakhstan, on Friday.');
    expect(out).toEqual(['PER:Angela Merkel', 'LOC:Berlin', 'LOC:Astana', 'LOC:Kazakhstan']);
  });

  it('types a lone surname by an earlier full name', () => {
    const out = typed('Sergei Shoigu arrived. Later, Shoigu left.');
    expect(out).toEqual(['PER:Sergei Shoigu', 'PER:Shoigu']);
  });

  it('types events and operations as MISC', () => {
    expect(typed('The strikes, dubbed Operation True Promise, began.')).toEqual(['MISC:Operation True Promise']);
  });

  it('ignores capitalised function words at sentence starts', () => {
    expect(typed('However, the meeting ended. They left.')).toEqual([]);
  });

  it('types quoted title-case phrases as works (MISC)', () => {
    expect(typed('MTV2 premiered the video for "From Yesterday" last week.')).toContain('MISC:From Yesterday');
  });

  it('keeps a common-noun run out of the persons ("noun cue")', () => {
    const out = typed('The band Weather Report toured with Dark Room Notes.');
    expect(out.filter((e) => e.startsWith('PER:'))).toEqual([]);
  });

  it('cuts unknown job titles in front of a given name ("given-name split")', () => {
    expect(typed('He met County Coroner William McLaughlin there.')).toContain('PER:William McLaughlin');
  });

  it('splits a leading country name off a title and name', () => {
    expect(typed('Then US President Donald Trump spoke.')).toEqual(['LOC:US', 'PER:Donald Trump']);
  });

  it('knows head-less organisations and hyphenated demonyms', () => {
    expect(typed('He sued Microsoft and Samsung, an Italian-American told Interpol.')).toEqual([
      'ORG:Microsoft',
      'ORG:Samsung',
      'MISC:Italian-American',
      'ORG:Interpol',
    ]);
  });

  it('prefers a common surname over a small town of that name', () => {
    expect(typed('The report was written by Campbell last year.')).toEqual(['PER:Campbell']);
  });
});
