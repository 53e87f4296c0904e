import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { extendGazetteer, townCentreName } from './resolver-gazetteer';
import { parseCities500, Cities500Row } from './geonames-cities500';
import { adminRegions } from './admin-regions';

const entry = (over: Partial<GazetteerEntry>): GazetteerEntry => ({
  id: 'geonames:1',
  name: 'Edmonton',
  countryCode: 'CA',
  lat: 53.55,
  lon: -113.47,
  kind: 'city',
  population: 700_000,
  ...over,
});

// Rows in GeoNames' column order: id, name, ascii, alternates, lat, lon, class, code, cc, cc2, admin1..4, population.
const tsv = [
  ['1', 'Edmonton', 'Edmonton', '', '53.55', '-113.47', 'P', 'PPLA', 'CA', '', '01', '', '', '', '700000'],
  ['2', 'Edmonton', 'Edmonton', '', '51.63', '-0.06', 'P', 'PPL', 'GB', '', 'ENG', 'GLA', '', '', '82000'],
  ['3', 'Aydın', 'Aydin', '', '37.85', '27.84', 'P', 'PPLA', 'TR', '', '09', '', '', '', '160000'],
  ['4', 'Enfield Town', 'Enfield Town', '', '51.65', '-0.08', 'P', 'PPLA3', 'GB', '', 'ENG', 'GLA', '', '', '150000'],
  ['5', 'Maidstone', 'Maidstone', '', '51.27', '0.52', 'P', 'PPLA2', 'GB', '', 'ENG', 'G5', '', '', '110000'],
  ['6', 'Dover', 'Dover', '', '51.13', '1.31', 'P', 'PPL', 'GB', '', 'ENG', 'G5', '', '', '30000'],
  ['bad row'],
]
  .map((r) => r.join('\t'))
  .join('\n');

function baseGazetteer(): Gazetteer {
  const edmonton = entry({});
  return { byName: new Map([['edmonton', [edmonton]]]), countries: new Map(), maxTokens: 3 };
}

describe('parseCities500', () => {
  it('reads the GeoNames columns and skips malformed lines', () => {
    const rows = parseCities500(tsv);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatchObject({ geonameId: 2, countryCode: 'GB', admin1: 'ENG', admin2: 'GLA', population: 82000 });
  });
});

describe('extendGazetteer', () => {
  const rows: Cities500Row[] = parseCities500(tsv);

  it("adds the places the recogniser's list lacks without changing that list", () => {
    const base = baseGazetteer();
    const wide = extendGazetteer(base, rows);
    expect(wide.byName.get('edmonton')?.map((e) => e.countryCode)).toEqual(['CA', 'GB']);
    expect(base.byName.get('edmonton')).toHaveLength(1);
  });

  it('keys a name by its ASCII spelling when the real one has a letter that does not decompose', () => {
    expect(extendGazetteer(baseGazetteer(), rows).byName.get('aydin')?.[0].name).toBe('Aydın');
  });

  it('names a town centre by its district ("Enfield Town" as "Enfield")', () => {
    expect(extendGazetteer(baseGazetteer(), rows).byName.get('enfield')?.[0].name).toBe('Enfield Town');
    expect(townCentreName('Enfield Town')).toBe('Enfield');
    expect(townCentreName('Cape Town')).toBeNull();
    expect(townCentreName('George Town')).toBeNull();
    expect(townCentreName('Karak City')).toBe('Karak');
  });

  it('leaves "X City" alone when X already names an area or a larger town', () => {
    const base = baseGazetteer();
    const ocean = entry({ id: 'region:world:1', name: 'Atlantic', countryCode: null, kind: 'water', population: 1e9 });
    base.byName.set('atlantic', [ocean]);
    const atlanticCity = ['7', 'Atlantic City', 'Atlantic City', '', '39.36', '-74.42', 'P', 'PPLA2', 'US', '', 'NJ'];
    const wide = extendGazetteer(base, parseCities500([...atlanticCity, '', '', '', '38000'].join('\t')));
    expect(wide.byName.get('atlantic')).toEqual([ocean]);
    expect(wide.byName.get('atlantic city')?.[0].countryCode).toBe('US');
  });

  it('knows airports by the names news gives them, before a town of the same name', () => {
    const base = baseGazetteer();
    base.byName.set('heathrow', [entry({ id: 'geonames:9', name: 'Heathrow', countryCode: 'US', population: 5000 })]);
    const top = extendGazetteer(base, rows).byName.get('heathrow')?.[0];
    expect(top?.countryCode).toBe('GB');
    expect(top?.lat).toBeCloseTo(51.47, 1);
  });
});

describe('adminRegions', () => {
  const rows = parseCities500(tsv);

  it("places a second-level division at the centre of its towns' box, found by a town inside it", () => {
    const [kent] = adminRegions([{ names: ['Kent'], town: 'Maidstone', countryCode: 'GB', level: 2 }], rows);
    expect(kent.entry).toMatchObject({ id: 'admin2:GB.ENG.G5', kind: 'region', adminCode: 'ENG', countryCode: 'GB' });
    expect(kent.entry.lat).toBeCloseTo((51.27 + 51.13) / 2, 4);
    expect(kent.entry.lon).toBeCloseTo((0.52 + 1.31) / 2, 4);
  });

  it('skips a division whose town the table does not hold', () => {
    expect(adminRegions([{ names: ['Nowhere'], town: 'Atlantis', countryCode: 'GB', level: 1 }], rows)).toEqual([]);
  });

  it("lets the hand table's region of the same name and country win", () => {
    const base = baseGazetteer();
    const hand = entry({ id: 'region:GB:1', name: 'Kent', countryCode: 'GB', kind: 'region', lat: 51.2, lon: 0.7 });
    base.byName.set('kent', [hand]);
    const regions = adminRegions([{ names: ['Kent'], town: 'Maidstone', countryCode: 'GB', level: 2 }], rows);
    expect(extendGazetteer(base, rows, regions).byName.get('kent')).toEqual([hand]);
  });
});
