import { loadGazetteer, shortName } from './gazetteer';

describe('gazetteer', () => {
  it('knows the short names news uses for long official city names', () => {
    expect(shortName('Newcastle upon Tyne', 190_000, 'GB')).toBe('Newcastle');
    expect(shortName('Ludwigshafen am Rhein', 170_000, 'DE')).toBe('Ludwigshafen');
    expect(shortName('Halle (Saale)', 230_000, 'DE')).toBe('Halle');
    expect(shortName('Al Karak', 30_000, 'JO')).toBe('Karak');
    // Spanish "El" is part of the name; small towns keep their full name.
    expect(shortName('El Paso', 680_000, 'US')).toBeNull();
    expect(shortName('Stratford-upon-Avon', 27_000, 'GB')).toBeNull();
  });

  it('finds a German city by its short name', () => {
    const hits = loadGazetteer().byName.get('ludwigshafen') ?? [];
    expect(hits.some((h) => h.countryCode === 'DE' && h.population > 100_000)).toBe(true);
  });
});
