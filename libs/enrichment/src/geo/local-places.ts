import type { Mention, Place } from '../types';
import { GazetteerEntry } from './gazetteer';
import { km } from './geo-distance';
import { slug } from '../text/slug';

/**
 * "Local focus": a street, building or small place missing from the gazetteer is put at the article's focus —
 * its most mentioned city (else its most mentioned first-level region). Such places have kind 'local' and an id
 * 'local:…'; their coordinates are the focus's, an approximation within the city.
 */
export function addLocalPlaces(
  places: Map<string, Place>,
  locals: Mention[],
  entries: Map<string, GazetteerEntry>,
): void {
  if (!locals.length) return;
  const resolved = [...places.values()].filter((p) => p.lat !== null && entries.has(p.id));
  const regions = resolved.filter((p) => p.kind === 'region').map((p) => entries.get(p.id)!);
  const cities = resolved.filter((p) => p.kind === 'city');
  // A city scores its mentions, +2 inside a region the article names, +1 per other named city within 200 km.
  const score = (p: Place): number => {
    const e = entries.get(p.id)!;
    // A big city frames an article more than a village mentioned as often (New Orleans over Franklin).
    let s = p.mentions.length + Math.log10(Math.max(10, e.population)) / 2;
    if (regions.some((r) => r.countryCode === e.countryCode && r.adminCode && r.adminCode === e.adminCode)) s += 2;
    for (const o of cities) if (o !== p && km(e.lat, e.lon, o.lat!, o.lon!) < 200) s += 1;
    return s;
  };
  const ranked = cities.length
    ? [...cities].sort((a, b) => score(b) - score(a))
    : resolved
        .filter((p) => p.kind === 'region' && p.countryCode)
        .sort((a, b) => b.mentions.length - a.mentions.length);
  const focus = ranked[0];
  if (!focus) return;
  for (const m of locals) {
    const id = `local:${slug(m.text)}`;
    let place = places.get(id);
    if (!place) {
      place = {
        name: m.text,
        countryCode: focus.countryCode,
        lat: focus.lat,
        lon: focus.lon,
        id,
        kind: 'local',
        mentions: [],
      };
      places.set(id, place);
    }
    place.mentions.push(m);
  }
}
