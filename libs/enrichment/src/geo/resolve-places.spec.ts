import { recognizeEntities } from '../ner/recognize-entities';
import { resolvePlaces } from './resolve-places';

const places = (text: string) => resolvePlaces(recognizeEntities(text));

describe('resolvePlaces', () => {
  it('takes Georgia for the country beside Azerbaijan and Armenia', () => {
    const georgia = places('Azerbaijan, Armenia and Georgia met in Baku.').find((p) => p.name === 'Georgia');
    expect(georgia?.countryCode).toBe('GE');
  });

  it('takes Georgia for the US state beside Atlanta and Alabama', () => {
    const georgia = places('Storms hit Atlanta in Georgia, and Alabama and Florida too.').find(
      (p) => p.name === 'Georgia',
    );
    expect(georgia?.countryCode).toBe('US');
  });

  it("resolves Damascus to Syria's capital", () => {
    const damascus = places('Strikes hit Damascus.').find((p) => p.name === 'Damascus');
    expect(damascus).toMatchObject({ countryCode: 'SY', kind: 'city' });
    expect(damascus?.lat).toBeCloseTo(33.5, 0);
  });

  it('links demonyms to their country', () => {
    const out = places('The Syrian capital and the Israeli regime.');
    expect(out.map((p) => [p.name, p.countryCode])).toEqual([
      ['Syria', 'SY'],
      ['Israel', 'IL'],
    ]);
  });

  it('knows renames and aliases (Türkiye, Astana)', () => {
    const out = places('Türkiye and Turkey, Astana and Nur-Sultan.');
    expect(out.map((p) => [p.name, p.countryCode, p.mentions.length])).toEqual([
      ['Turkey', 'TR', 2],
      ['Astana', 'KZ', 2],
    ]);
  });
});
