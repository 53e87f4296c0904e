import type { EntitySpan, Mention, Place } from '../types';
import { demonymCountry } from './demonyms';
import { GazetteerEntry, loadGazetteer, nameKey } from './gazetteer';
import { slug } from '../text/slug';

/**
 * Links place mentions to gazetteer entries.
 * Mentions: LOC spans; demonyms ("Syrian", "Israeli") → their country; country and region names embedded in
 * organisation names ("University of California", "Iran's Defense Ministry" is already split by the tokeniser).
 * Disambiguation, each a named heuristic:
 * - "kind prior": countries and continents before first-level regions before cities; cities by log population,
 *   capitals get a bonus ("Damascus" is Syria's capital, not the US town);
 * - "same-country context": +8 per other place of the article in the candidate's country (up to 3);
 * - "neighbourhood context": +2 per other place of the article within 1,500 km (up to 5) ("Georgia" beside
 *   Azerbaijan and Armenia is the country).
 * Context places come from a first pass that uses the priors alone.
 */

interface PlaceMention {
  mention: Mention;
  key: string;
  /** Forced country (demonyms). */
  country?: string;
}

const MAX_CANDIDATES = 25;

export function resolvePlaces(spans: EntitySpan[]): Place[] {
  const gazetteer = loadGazetteer();
  const mentions: PlaceMention[] = [];
  for (const s of spans) {
    const m = { start: s.start, end: s.end, text: s.text };
    if (s.type === 'LOC') mentions.push({ mention: m, key: nameKey(s.text.replace(/^the\s+/i, '')) });
    else if (s.type === 'MISC') {
      const cc = demonymCountry(s.text) ?? demonymCountry(s.text.split(' ').slice(-1)[0]);
      if (cc && !s.text.includes(' ')) mentions.push({ mention: m, key: '', country: cc });
    } else if (s.type === 'ORG') {
      mentions.push(...embeddedRegions(s, gazetteer));
    }
  }

  const candidatesOf = (pm: PlaceMention): GazetteerEntry[] => {
    if (pm.country) {
      const c = gazetteer.countries.get(pm.country);
      return c ? [c] : [];
    }
    return (gazetteer.byName.get(pm.key) ?? []).slice(0, MAX_CANDIDATES);
  };

  // First pass: priors only.
  const firstPick = new Map<string, GazetteerEntry>();
  for (const pm of mentions) {
    const cands = candidatesOf(pm);
    if (cands.length)
      firstPick.set(
        pm.key || pm.country!,
        best(cands, () => 0),
      );
  }

  const places = new Map<string, Place>();
  for (const pm of mentions) {
    const cands = candidatesOf(pm);
    const self = pm.key || pm.country!;
    let entry: GazetteerEntry | null = null;
    if (cands.length === 1) entry = cands[0];
    else if (cands.length > 1) {
      const context = [...firstPick.entries()].filter(([k]) => k !== self).map(([, e]) => e);
      entry = best(cands, (c) => contextScore(c, context));
    }
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
  return [...places.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function kindOf(e: GazetteerEntry): string {
  return e.kind === 'capital' ? 'city' : e.kind;
}

function prior(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country':
      return 30;
    case 'continent':
    case 'water':
      return 26;
    case 'region':
      return 14;
    case 'capital':
      return Math.log10(Math.max(10, e.population)) + 6;
    default:
      return Math.log10(Math.max(10, e.population));
  }
}

function contextScore(c: GazetteerEntry, context: GazetteerEntry[]): number {
  let sameCountry = 0;
  let near = 0;
  for (const o of context) {
    if (o === c) continue;
    if (c.countryCode && o.countryCode === c.countryCode) sameCountry++;
    if (km(c.lat, c.lon, o.lat, o.lon) < 1500) near++;
  }
  return 8 * Math.min(3, sameCountry) + 2 * Math.min(5, near);
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

/** Country and first-level region names inside an organisation's name ("University of California"). */
function embeddedRegions(s: EntitySpan, gazetteer: ReturnType<typeof loadGazetteer>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const words = [...s.text.matchAll(/[\p{L}][\p{L}.'’-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      const first = words[i];
      const last = words[i + len - 1];
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const phrase = s.text.slice(from, to);
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const hits = gazetteer.byName.get(nameKey(phrase));
      if (hits?.some((h) => h.kind === 'country' || h.kind === 'region')) {
        out.push({ mention: { start: s.start + from, end: s.start + to, text: phrase }, key: nameKey(phrase) });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}
