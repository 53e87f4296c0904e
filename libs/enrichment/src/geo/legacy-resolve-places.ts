import type { EntitySpan, Mention, Place } from '../types';
import { demonymCountry } from './demonyms';
import { REGION_ADJECTIVES } from './region-adjectives';
import { FIRST_NAMES } from '../ner/first-names';
import { GazetteerEntry, loadGazetteer, nameKey } from './gazetteer';
import { slug } from '../text/slug';
import { hyphenatedCompounds } from '../text/hyphenated-compounds';
import { isCapitalized } from '../text/tokenize';
import { km } from './geo-distance';

/**
 * The resolver as it stood before issue 15 (hand-weighted priors and context), kept unchanged so that
 * bench:enrich can run it side by side with the learned resolver in resolve-places.ts.
 *
 * ---
 * Links place mentions to gazetteer entries.
 * Mentions: LOC spans; demonyms ("Syrian", "Israeli") → their country, continental adjectives ("European") →
 * the continent; country and region names or demonyms at the start of organisation names ("University of
 * California", "Russian Embassy").
 * Disambiguation, each a named heuristic:
 * - "kind prior": countries > first-level regions > cities; cities by 3·log10(population), capitals and
 *   administrative seats get a bonus ("Damascus" is Syria's capital, not the US town); continents and seas first;
 * - "container": "Parkland, Florida" / "Astana, Kazakhstan" — a place followed by ", Region" or ", Country" is
 *   taken inside it;
 * - "same-country context": + per other place of the article in the candidate's country (capped);
 * - "neighbourhood context": + per other place of the article within 1,500 km (capped) ("Georgia" beside
 *   Azerbaijan and Armenia is the country, beside Atlanta and Alabama the US state).
 * Context places come from a first pass that uses the priors alone.
 */

interface PlaceMention {
  mention: Mention;
  key: string;
  /** Forced entry (demonyms). */
  forced?: GazetteerEntry;
  /** The place named right after it (", Florida"). */
  container?: PlaceMention;
}

const MAX_CANDIDATES = 25;

export function legacyResolvePlaces(spans: EntitySpan[], text?: string): Place[] {
  const gazetteer = loadGazetteer();
  const mentions: PlaceMention[] = [];
  /** Streets, buildings and facilities that no gazetteer holds: placed at the article's focus city. */
  const locals: Mention[] = [];
  const forcedOf = (word: string): GazetteerEntry | undefined => {
    const region = Object.hasOwn(REGION_ADJECTIVES, word) ? REGION_ADJECTIVES[word] : undefined;
    if (region) return gazetteer.byName.get(nameKey(region))?.[0];
    const cc = demonymCountry(word);
    return cc ? gazetteer.countries.get(cc) : undefined;
  };
  for (const s of spans) {
    const m = { start: s.start, end: s.end, text: s.text };
    if (s.type === 'LOC') {
      const key = locKey(s.text, gazetteer);
      if (key) mentions.push({ mention: m, key });
      else {
        const inner = /\s|-/.test(s.text) ? embeddedPlaces(s, gazetteer, forcedOf) : [];
        mentions.push(...inner);
        if (!inner.length) locals.push(m);
      }
    } else if (s.type === 'MISC' && forcedOf(s.text)) {
      mentions.push({ mention: m, key: '', forced: forcedOf(s.text) });
    } else if (s.type === 'ORG' || s.type === 'MISC') {
      const inner = embeddedPlaces(s, gazetteer, forcedOf);
      mentions.push(...inner);
      if (!inner.length && s.type === 'ORG' && FACILITY_HEADS.has(s.text.split(/\s+/).pop() ?? '')) locals.push(m);
    } else if (s.type === 'PER' && /\s/.test(s.text) && !FIRST_NAMES.has(s.text.split(/\s+/)[0].toLowerCase())) {
      // A "person" without a given name may be a place-led name the recogniser could not type ("Smart Dubai").
      mentions.push(...embeddedPlaces(s, gazetteer, forcedOf));
    }
  }
  const countryOrForced = (word: string): GazetteerEntry | undefined =>
    forcedOf(word) ?? gazetteer.byName.get(nameKey(word))?.find((h) => h.kind === 'country');
  const placeOfWord = (word: string): GazetteerEntry | undefined =>
    countryOrForced(word) ??
    gazetteer.byName.get(nameKey(word))?.find((h) => h.kind !== 'city' || h.population >= HYPHENATED_CITY_POPULATION);
  if (text) mentions.push(...hyphenatedPlaces(text, mentions, placeOfWord));
  mentions.sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const gap = mentions[i + 1].mention.start - mentions[i].mention.end;
    const between = text ? text.slice(mentions[i].mention.end, mentions[i + 1].mention.start) : gap <= 2 ? ', ' : '';
    if (/^\s*,\s*$/.test(between)) mentions[i].container = mentions[i + 1];
  }

  const candidatesOf = (pm: PlaceMention): GazetteerEntry[] =>
    pm.forced ? [pm.forced] : (gazetteer.byName.get(pm.key) ?? []).slice(0, MAX_CANDIDATES);

  // First pass: priors only.
  const firstPick = new Map<PlaceMention, GazetteerEntry>();
  for (const pm of mentions) {
    const cands = candidatesOf(pm);
    if (cands.length)
      firstPick.set(
        pm,
        best(cands, () => 0),
      );
  }

  const places = new Map<string, Place>();
  const resolved = new Map<string, GazetteerEntry | null>();
  const entries = new Map<string, GazetteerEntry>();
  for (const pm of mentions) {
    const cands = candidatesOf(pm);
    const self = pm.key || pm.mention.text;
    const container = pm.container ? firstPick.get(pm.container) : undefined;
    const cacheKey = `${self}|${container?.id ?? ''}`;
    let entry: GazetteerEntry | null = null;
    if (resolved.has(cacheKey)) entry = resolved.get(cacheKey) ?? null;
    else if (cands.length === 1) entry = cands[0];
    else if (cands.length > 1) {
      const context = new Set<GazetteerEntry>();
      for (const [k, e] of firstPick) if ((k.key || k.mention.text) !== self) context.add(e);
      const ctx = [...context];
      entry = best(cands, (c) => contextScore(c, ctx) + (container && inside(c, container) ? 30 : 0));
    }
    resolved.set(cacheKey, entry);
    if (entry) entries.set(entry.id, entry);
    const id = entry ? entry.id : `unresolved:${slug(pm.mention.text)}`;
    let place = places.get(id);
    if (!place) {
      place = entry
        ? {
            name: entry.name,
            countryCode: entry.countryCode,
            lat: round(entry.lat),
            lon: round(entry.lon),
            id,
            kind: kindOf(entry),
            mentions: [],
          }
        : { name: pm.mention.text, countryCode: null, lat: null, lon: null, id, mentions: [] };
      places.set(id, place);
    }
    place.mentions.push(pm.mention);
  }
  addLocalPlaces(places, locals, entries);
  return [...places.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Organisation heads that name a building or site, located where the article is. */
const FACILITY_HEADS = new Set([
  'Center',
  'Centre',
  'Hall',
  'Court',
  'Courthouse',
  'Hospital',
  'School',
  'Airport',
  'Stadium',
  'Arena',
  'Park',
  'Church',
  'Cathedral',
  'Chapel',
  'Museum',
  'Library',
  'Station',
  'Hotel',
  'Prison',
  'Jail',
  'Mall',
  'Market',
  'Theatre',
  'Theater',
  'Zoo',
  'Cemetery',
  'Bridge',
  'Tower',
  'Building',
  'Plaza',
  'Office',
]);

const HYPHENATED_CITY_POPULATION = 50_000;

/**
 * "Local focus": a street, building or small place missing from the gazetteer is put at the article's focus —
 * its most mentioned city (else its most mentioned first-level region). Such places have kind 'local' and an id
 * 'local:…'; their coordinates are the focus's, an approximation within the city.
 */
function addLocalPlaces(places: Map<string, Place>, locals: Mention[], entries: Map<string, GazetteerEntry>): void {
  if (!locals.length) return;
  const resolved = [...places.values()].filter((p) => p.lat !== null && entries.has(p.id));
  const regions = resolved.filter((p) => p.kind === 'region').map((p) => entries.get(p.id)!);
  const cities = resolved.filter((p) => p.kind === 'city');
  // A city scores its mentions, +2 inside a region the article names, +1 per other named city within 200 km.
  const score = (p: Place): number => {
    const e = entries.get(p.id)!;
    let s = p.mentions.length;
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

function inside(c: GazetteerEntry, container: GazetteerEntry): boolean {
  if (container.kind === 'country') return c.countryCode === container.countryCode;
  if (container.kind === 'region' && container.adminCode)
    return c.countryCode === container.countryCode && c.adminCode === container.adminCode;
  if (container.kind === 'region')
    return c.countryCode === container.countryCode && km(c.lat, c.lon, container.lat, container.lon) < 800;
  return false;
}

function kindOf(e: GazetteerEntry): string {
  return e.kind === 'capital' ? 'city' : e.kind;
}

function prior(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'continent':
    case 'water':
      return 60;
    case 'country':
      return 40;
    case 'region':
      return 30;
    case 'capital':
      return 3 * Math.log10(Math.max(10, e.population)) + 5;
    default:
      return 3 * Math.log10(Math.max(10, e.population)) + (e.seat ? 2 : 0);
  }
}

function contextScore(c: GazetteerEntry, context: GazetteerEntry[]): number {
  let sameCountry = 0;
  let near = 0;
  let inMentionedRegion = 0;
  for (const o of context) {
    if (o === c) continue;
    if (o.kind === 'region' && o.adminCode && c.adminCode === o.adminCode && o.countryCode === c.countryCode)
      inMentionedRegion = 6;
    if (c.countryCode && o.countryCode === c.countryCode) sameCountry++;
    if (km(c.lat, c.lon, o.lat, o.lon) < 1500) near++;
  }
  const isCity = c.kind === 'city' || c.kind === 'capital';
  return isCity
    ? 2 * Math.min(3, sameCountry) + Math.min(4, near) + inMentionedRegion
    : 4 * Math.min(3, sameCountry) + 2 * Math.min(5, near);
}

function best(cands: GazetteerEntry[], ctx: (c: GazetteerEntry) => number): GazetteerEntry {
  let top = cands[0];
  let topScore = -Infinity;
  for (const c of cands) {
    const s = prior(c) + ctx(c);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

/**
 * "Embedded toponyms": places named inside an organisation's or event's name ("University of California",
 * "Air Zimbabwe", "Toronto Police Services Board", "Single European Sky", "Syrian-Turkish"): countries, regions,
 * continents and cities of ≥ 100,000 people, and demonyms.
 */
function embeddedPlaces(
  s: EntitySpan,
  gazetteer: ReturnType<typeof loadGazetteer>,
  forcedOf: (word: string) => GazetteerEntry | undefined,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const words = [...s.text.matchAll(/\p{L}[\p{L}.'’]*/gu)];
  for (let i = 0; i < words.length; i++) {
    // Every phrase tried from word i starts with that word's first letter: a lower-case word starts none.
    if (!isCapitalized(words[i][0])) continue;
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      const first = words[i];
      const last = words[i + len - 1];
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const phrase = s.text.slice(from, to).replace(/['’]s$/, '');
      if (/[^\p{L}\s.'’-]/u.test(phrase)) continue;
      const mention = { start: s.start + from, end: s.start + from + phrase.length, text: phrase };
      const forced = len === 1 ? forcedOf(phrase) : undefined;
      if (forced) {
        out.push({ mention, key: '', forced });
        break;
      }
      const hits = gazetteer.byName.get(nameKey(phrase));
      if (hits?.some((h) => h.kind !== 'water' && (h.kind !== 'city' || h.population >= EMBEDDED_CITY_POPULATION))) {
        out.push({ mention, key: nameKey(phrase) });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** "Syrian-Turkish border", "Russian-backed", "DPRK-U.S. summit": demonyms and countries joined by hyphens. */
function hyphenatedPlaces(
  text: string,
  taken: PlaceMention[],
  forcedOf: (word: string) => GazetteerEntry | undefined,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of hyphenatedCompounds(text)) {
    let offset = m.index;
    for (const part of m.text.split('-')) {
      const forced = forcedOf(part);
      const start = offset;
      offset += part.length + 1;
      if (!forced || taken.some((t) => t.mention.start < start + part.length && start < t.mention.end)) continue;
      out.push({ mention: { start, end: start + part.length, text: part }, key: '', forced });
    }
  }
  return out;
}

const EMBEDDED_CITY_POPULATION = 100_000;

/** Generic heads that the gazetteer leaves out ("Suffolk County" → "Suffolk", "Lagos State" → "Lagos"). */
const DROPPABLE_HEADS = /\s+(Province|State|Region|Governorate|Oblast|Prefecture|City|Municipality)$/;

function locKey(text: string, gazetteer: ReturnType<typeof loadGazetteer>): string | null {
  const base = nameKey(text.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  if (gazetteer.byName.has(base)) return base;
  const stripped = nameKey(text.replace(/^the\s+/i, '').replace(DROPPABLE_HEADS, ''));
  if (stripped !== base && gazetteer.byName.has(stripped)) return stripped;
  return null;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
