import type { Place } from '../types';
import { GazetteerEntry } from './gazetteer';
import { addLocalPlaces } from './local-places';

const town = (id: string, name: string, lat: number, lon: number, population: number, mentions: number) => {
  const entry: GazetteerEntry = { id, name, countryCode: 'US', lat, lon, kind: 'city', population, adminCode: 'LA' };
  const place: Place = {
    id,
    name,
    countryCode: 'US',
    lat,
    lon,
    kind: 'city',
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: name })),
  };
  return { entry, place };
};

describe('addLocalPlaces', () => {
  it('puts streets at the focus town, a big city before a village named as often', () => {
    const city = town('nola', 'New Orleans', 29.95, -90.07, 390_000, 1);
    const village = town('franklin', 'Franklin', 29.8, -91.5, 7_000, 1);
    // The village first: on equal mentions, only the population term puts the city ahead.
    const places = new Map([
      [village.place.id, village.place],
      [city.place.id, city.place],
    ]);
    const entries = new Map([
      [village.entry.id, village.entry],
      [city.entry.id, city.entry],
    ]);
    addLocalPlaces(places, [{ start: 50, end: 62, text: 'Royal Street' }], entries);
    expect(places.get('local:royal-street')).toMatchObject({ lat: 29.95, lon: -90.07, kind: 'local' });
  });
});
