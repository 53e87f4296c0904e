import type { EntitySpan, Place } from '../types';
import { GazetteerEntry, loadGazetteer } from './gazetteer';
import { loadResolverGazetteer } from './resolver-gazetteer';
import { slug } from '../text/slug';
import { PlaceMention, findPlaceMentions } from './place-mentions';
import { buildContext } from './article-context';
import { candidateFeatures, isInside } from './candidate-features';
import { PlaceModel, placeModel, scoreOf } from './place-scoring-model';
import { addLocalPlaces } from './local-places';

/**
 * Links an article's place mentions to gazetteer entries the way a reader does.
 * 1. Mentions (place-mentions.ts): LOC spans, demonyms, places inside organisation names, PER/ORG spans that
 *    stand where places stand, datelines, missed country and region names.
 * 2. A first reading by priors alone (countries > regions > cities by population; a container's ", Florida"
 *    counts): each mention's likeliest entry. These picks are the article's context (article-context.ts): its
 *    countries and regions by mention count, its dateline, where its towns lie.
 * 3. Each mention's candidates are scored by a fitted linear model over priors and context
 *    (candidate-features.ts, place-scoring-model.ts); the best wins.
 * Streets and buildings that no gazetteer holds go to the article's focus city (local-places.ts).
 */
export interface ResolveOptions {
  /** The scoring model; the shipped fit on both dev sets by default. */
  model?: PlaceModel;
}

const MAX_CANDIDATES = 25;

export function resolvePlaces(spans: EntitySpan[], text?: string, options: ResolveOptions = {}): Place[] {
  const model = options.model ?? placeModel();
  const reading = readPlaces(spans, text);
  const rows = secondReading(reading, model);
  const second = oneSensePerName(rows, decide(rows, model));
  const places = new Map<string, Place>();
  const entries = new Map<string, GazetteerEntry>();
  reading.rows.forEach((r, i) => addMention(places, entries, r.pm, second[i]));
  addLocalPlaces(places, reading.locals, entries);
  return [...places.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * "One sense per name": a name pinned down once by its container ("Parkland, Florida") means the same place
 * where the article repeats it bare ("Parkland").
 */
function oneSensePerName(rows: CandidateRow[], picks: (GazetteerEntry | null)[]): (GazetteerEntry | null)[] {
  const pinned = new Map<string, GazetteerEntry>();
  rows.forEach((r, i) => {
    const e = picks[i];
    if (e && r.pm.key && r.container && isInside(e, r.container)) pinned.set(r.pm.key, e);
  });
  if (!pinned.size) return picks;
  return rows.map((r, i) => (r.pm.key && !r.container && pinned.has(r.pm.key) ? pinned.get(r.pm.key)! : picks[i]));
}

/** Second reading: the model's own picks become the context (the first reading's came from priors alone). */
export function secondReading(reading: ReturnType<typeof readPlaces>, model: PlaceModel): CandidateRow[] {
  const first = decide(reading.rows, model);
  const picks = new Map<PlaceMention, GazetteerEntry>();
  reading.rows.forEach((r, i) => {
    const e = first[i];
    if (e) picks.set(r.pm, e);
  });
  return reading.rowsWith(picks);
}

/** The best candidate of each row by the model; rows with the same cache key share one decision. */
function decide(rows: CandidateRow[], model: PlaceModel): (GazetteerEntry | null)[] {
  const chosen = new Map<string, GazetteerEntry | null>();
  return rows.map((r) => {
    if (chosen.has(r.cacheKey)) return chosen.get(r.cacheKey) ?? null;
    let entry: GazetteerEntry | null = r.candidates.length ? r.candidates[0] : null;
    if (r.candidates.length > 1) {
      const features = r.features();
      let top = -Infinity;
      r.candidates.forEach((c, i) => {
        const s = scoreOf(features[i], model);
        if (s > top) {
          top = s;
          entry = c;
        }
      });
    }
    chosen.set(r.cacheKey, entry);
    return entry;
  });
}

export interface CandidateRow {
  pm: PlaceMention;
  candidates: GazetteerEntry[];
  /** The container's entry in the reading these rows belong to. */
  container?: GazetteerEntry;
  /** Mentions with the same name and container share one decision. */
  cacheKey: string;
  /** The candidates' feature rows (computed on demand: most mentions have one candidate). */
  features: () => number[][];
}

/** Steps 1 and 2: mentions, candidates and the context their features read (shared with the fitting script). */
export function readPlaces(
  spans: EntitySpan[],
  text?: string,
): {
  rows: CandidateRow[];
  locals: FoundLocals;
  /** The same rows with their features read against other picks (the model's first decisions). */
  rowsWith: (picks: Map<PlaceMention, GazetteerEntry>) => CandidateRow[];
} {
  const wide = loadResolverGazetteer();
  const { mentions, locals } = findPlaceMentions(spans, text, loadGazetteer(), wide);
  const candidatesOf = (pm: PlaceMention): GazetteerEntry[] =>
    pm.forced ? [pm.forced] : (wide.byName.get(pm.key) ?? []).slice(0, MAX_CANDIDATES);
  const byPrior = new Map<PlaceMention, GazetteerEntry>();
  for (const pm of mentions) {
    const cands = candidatesOf(pm);
    if (cands.length) byPrior.set(pm, bestBy(cands, prior));
  }
  const firstReading = new Map<PlaceMention, GazetteerEntry>();
  for (const [pm, entry] of byPrior) {
    const container = pm.container ? byPrior.get(pm.container) : undefined;
    firstReading.set(
      pm,
      container ? bestBy(candidatesOf(pm), (c) => prior(c) + (isInside(c, container) ? 30 : 0)) : entry,
    );
  }
  const rowsWith = (picks: Map<PlaceMention, GazetteerEntry>): CandidateRow[] => {
    const ctx = buildContext(picks);
    return mentions.map((pm): CandidateRow => {
      const selfKey = pm.key || pm.mention.text;
      const container = pm.container ? picks.get(pm.container) : undefined;
      // A container is what the text says, not a prior: "Parkland, Florida" is in Florida whatever else is near.
      const all = candidatesOf(pm);
      const inside = container ? all.filter((c) => isInside(c, container)) : [];
      const candidates = inside.length ? inside : container ? all : bareAreaFirst(all);
      let memo: number[][] | null = null;
      return {
        pm,
        candidates,
        container,
        cacheKey: `${selfKey}|${container?.id ?? ''}|${pm.adjective ? 'a' : ''}`,
        features: () => (memo ??= candidateFeatures(candidates, { key: pm.key, container }, ctx, selfKey)),
      };
    });
  };
  const rows = rowsWith(firstReading);
  return { rows, locals, rowsWith };
}

/**
 * A bare ocean's or continent's name is the area ("the Atlantic hurricane season"), not a small town named after
 * it (Atlantic, Iowa): only a container (", Iowa") or a large namesake city keeps the towns in the running.
 */
const AREA_NAMESAKE_POPULATION = 100_000;

export function bareAreaFirst(cands: GazetteerEntry[]): GazetteerEntry[] {
  const areas = cands.filter((c) => c.kind === 'water' || c.kind === 'continent');
  if (!areas.length || areas.length === cands.length) return cands;
  const bigTown = cands.some(
    (c) => (c.kind === 'city' || c.kind === 'capital') && c.population >= AREA_NAMESAKE_POPULATION,
  );
  return bigTown ? cands : areas;
}

type FoundLocals = ReturnType<typeof findPlaceMentions>['locals'];

function addMention(
  places: Map<string, Place>,
  entries: Map<string, GazetteerEntry>,
  pm: PlaceMention,
  entry: GazetteerEntry | null,
): void {
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
          kind: entry.kind === 'capital' ? 'city' : entry.kind,
          mentions: [],
        }
      : { name: pm.mention.text, countryCode: null, lat: null, lon: null, id, mentions: [] };
    places.set(id, place);
  }
  place.mentions.push(pm.mention);
}

/** The first reading's prior: countries > first-level regions > cities by population; capitals and seats first. */
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

function bestBy(cands: GazetteerEntry[], score: (c: GazetteerEntry) => number): GazetteerEntry {
  let top = cands[0];
  let topScore = -Infinity;
  for (const c of cands) {
    const s = score(c);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
