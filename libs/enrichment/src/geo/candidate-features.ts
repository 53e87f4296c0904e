import { GazetteerEntry, nameKey } from './gazetteer';
import { ArticleContext, contextFor } from './article-context';
import { km } from './geo-distance';

/**
 * The features of one gazetteer candidate for one mention, the inputs of the place-scoring model
 * (place-scoring-model.ts). Each lies in 0..1. Priors (what the entry is, how many live there) and context (what
 * else the article names) are separate features, so that the fitted weights decide how much each counts: a large
 * city is likely, but not against a container (", Alta.") or the article's region.
 */
export const PLACE_FEATURES = [
  'country',
  'region',
  'area',
  'capital',
  'logPopulation',
  'mostPopulous',
  'relativePopulation',
  'seat',
  'exactName',
  'containerInside',
  'containerOutside',
  'countryShare',
  'admin1Share',
  'focusCountry',
  'nearShare',
  'nearestLogKm',
  'datelineCountry',
  'datelineNear',
] as const;

export type PlaceFeature = (typeof PLACE_FEATURES)[number];

export interface CandidateQuery {
  key: string;
  /** The container's entry (", Florida"), when the mention has one. */
  container?: GazetteerEntry;
}

export function candidateFeatures(
  candidates: GazetteerEntry[],
  q: CandidateQuery,
  ctx: ArticleContext,
  selfKey: string,
): number[][] {
  const firstCity = candidates.find((c) => c.kind === 'city' || c.kind === 'capital');
  return candidates.map((c) => {
    const v = contextFor(c, selfKey, ctx);
    const isCity = c.kind === 'city' || c.kind === 'capital';
    const inside = q.container ? isInside(c, q.container) : false;
    const f: Record<PlaceFeature, number> = {
      country: c.kind === 'country' ? 1 : 0,
      region: c.kind === 'region' ? 1 : 0,
      area: c.kind === 'continent' || c.kind === 'water' ? 1 : 0,
      // A region that is a seat is a federal district (Washington, D.C.): a capital, whatever its kind.
      capital: c.kind === 'capital' || (c.kind === 'region' && c.seat) ? 1 : 0,
      logPopulation: isCity ? Math.log10(Math.max(10, c.population)) / 7 : 0,
      mostPopulous: c === firstCity ? 1 : 0,
      // A namesake 10,000 times smaller than the famous town scores 0: it needs context to win.
      relativePopulation:
        isCity && firstCity
          ? 1 + Math.max(-1, Math.log10(Math.max(1, c.population) / Math.max(1, firstCity.population)) / 4)
          : 0,
      seat: c.seat ? 1 : 0,
      exactName: !isCity || nameKey(c.name) === q.key ? 1 : 0,
      containerInside: q.container && inside ? 1 : 0,
      containerOutside: q.container && !inside ? 1 : 0,
      countryShare: v.countryShare,
      admin1Share: v.admin1Share,
      focusCountry: v.focusCountry ? 1 : 0,
      nearShare: v.nearShare,
      nearestLogKm: v.nearestLogKm,
      datelineCountry: v.datelineCountry ? 1 : 0,
      datelineNear: v.datelineNear ? 1 : 0,
    };
    return PLACE_FEATURES.map((name) => f[name]);
  });
}

/** Inside a container: same country for a country; same first-level code (or within 800 km) for a region. */
export function isInside(c: GazetteerEntry, container: GazetteerEntry): boolean {
  if (c === container) return false;
  if (container.kind === 'country') return c.countryCode === container.countryCode;
  if (container.kind === 'region' && container.adminCode)
    return c.countryCode === container.countryCode && c.adminCode === container.adminCode;
  if (container.kind === 'region')
    return c.countryCode === container.countryCode && km(c.lat, c.lon, container.lat, container.lon) < 800;
  if (container.kind === 'city' || container.kind === 'capital')
    return km(c.lat, c.lon, container.lat, container.lon) < 50;
  return false;
}
