import { GazetteerEntry } from './gazetteer';
import { PLACE_FEATURES, candidateFeatures, isInside } from './candidate-features';

const entry = (over: Partial<GazetteerEntry>): GazetteerEntry => ({
  id: 'x',
  name: 'Paris',
  countryCode: 'FR',
  lat: 48.85,
  lon: 2.35,
  kind: 'capital',
  population: 2_000_000,
  ...over,
});
const paris = entry({ id: 'paris-fr' });
const parisTx = entry({
  id: 'paris-tx',
  countryCode: 'US',
  lat: 33.66,
  lon: -95.55,
  kind: 'city',
  population: 25_000,
  adminCode: 'TX',
});
const texas = entry({
  id: 'texas',
  name: 'Texas',
  countryCode: 'US',
  lat: 31.25,
  lon: -99.25,
  kind: 'region',
  population: 5e6,
  adminCode: 'TX',
});
const lamar = entry({
  id: 'lamar',
  name: 'Lamar',
  countryCode: 'US',
  lat: 33.6,
  lon: -95.6,
  kind: 'city',
  population: 3000,
  adminCode: 'TX',
});
const at = (row: number[], name: (typeof PLACE_FEATURES)[number]): number => row[PLACE_FEATURES.indexOf(name)];

describe('candidateFeatures', () => {
  it('reads co-occurring places: Paris beside Lamar County and Texas is near them and in their state', () => {
    const ctx = {
      picks: [
        { key: 'lamar', entry: lamar, dateline: false },
        { key: 'texas', entry: texas, dateline: false },
      ],
    };
    const [fr, tx] = candidateFeatures([paris, parisTx], { key: 'paris' }, ctx, 'paris');
    expect(at(tx, 'admin1Share')).toBe(1);
    expect(at(fr, 'admin1Share')).toBe(0);
    expect(at(tx, 'nearShare')).toBe(0.5); // Lamar is near; the centre of Texas is not
    expect(at(fr, 'nearShare')).toBe(0);
    expect(at(tx, 'nearestLogKm')).toBeLessThan(at(fr, 'nearestLogKm'));
    expect(at(fr, 'mostPopulous')).toBe(1);
  });

  it('leaves a mention out of its own context', () => {
    const ctx = { picks: [{ key: 'paris', entry: paris, dateline: false }] };
    const [fr] = candidateFeatures([paris, parisTx], { key: 'paris' }, ctx, 'paris');
    expect(at(fr, 'countryShare')).toBe(0);
    expect(at(fr, 'nearShare')).toBe(0);
    expect(at(fr, 'nearestLogKm')).toBe(0);
  });

  it('marks a container (", Texas") inside or outside', () => {
    const [fr, tx] = candidateFeatures([paris, parisTx], { key: 'paris', container: texas }, { picks: [] }, 'paris');
    expect([at(fr, 'containerOutside'), at(tx, 'containerInside')]).toEqual([1, 1]);
    expect(isInside(parisTx, texas)).toBe(true);
  });
});
