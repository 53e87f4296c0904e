import { GazetteerEntry } from './gazetteer';
import { km } from './geo-distance';
import type { PlaceMention } from './place-mentions';

/**
 * What a reader knows about an article's geography before deciding what an ambiguous name means: the places a
 * first reading found (each mention's most likely entry by priors alone), counted per country and per first-level
 * region, the dateline's place, and where the named towns lie. A mention's own name is left out of its context
 * (a name does not vouch for itself).
 */
export interface ArticleContext {
  picks: { key: string; entry: GazetteerEntry; dateline: boolean }[];
  /** Tallies of the picks, computed once per article (a candidate's view subtracts its own name's picks). */
  tally?: ContextTally;
}

interface ContextTally {
  byKey: Map<string, ArticleContext['picks']>;
  country: Map<string, number>;
  admin1: Map<string, number>;
  /** Distinct towns and regions picked, with how often. */
  locals: Map<GazetteerEntry, number>;
  datelines: GazetteerEntry[];
}

function tallyOf(ctx: ArticleContext): ContextTally {
  if (ctx.tally) return ctx.tally;
  const t: ContextTally = { byKey: new Map(), country: new Map(), admin1: new Map(), locals: new Map(), datelines: [] };
  for (const p of ctx.picks) {
    const list = t.byKey.get(p.key);
    if (list) list.push(p);
    else t.byKey.set(p.key, [p]);
    const o = p.entry;
    if (o.countryCode) t.country.set(o.countryCode, (t.country.get(o.countryCode) ?? 0) + 1);
    if (o.countryCode && o.adminCode && o.kind !== 'country') {
      const k = `${o.countryCode}|${o.adminCode}`;
      t.admin1.set(k, (t.admin1.get(k) ?? 0) + 1);
    }
    if (isLocal(o)) t.locals.set(o, (t.locals.get(o) ?? 0) + 1);
    if (p.dateline) t.datelines.push(o);
  }
  ctx.tally = t;
  return t;
}

function isLocal(o: GazetteerEntry): boolean {
  return o.kind === 'city' || o.kind === 'capital' || o.kind === 'region';
}

export interface ContextView {
  /** Share of the other mentions in this country (0..1). */
  countryShare: number;
  /** Share of the other mentions in this first-level region (0..1). */
  admin1Share: number;
  /** The most mentioned country among the others is this one. */
  focusCountry: boolean;
  /** Share of the other named towns and regions within 300 km (0..1). */
  nearShare: number;
  /** log10(1 + km) to the nearest other named town or region / 4; 0 when there is none. */
  nearestLogKm: number;
  /** In the dateline's country / within 200 km of the dateline's place. */
  datelineCountry: boolean;
  datelineNear: boolean;
}

export function contextFor(c: GazetteerEntry, selfKey: string, ctx: ArticleContext): ContextView {
  const t = tallyOf(ctx);
  const own = t.byKey.get(selfKey) ?? [];
  const ownOf = (pred: (o: GazetteerEntry) => boolean): number => own.filter((p) => pred(p.entry)).length;
  const total = ctx.picks.length - own.length;
  const cc = c.countryCode;
  const sameCountry = cc ? (t.country.get(cc) ?? 0) - ownOf((o) => o.countryCode === cc) : 0;
  const sameAdmin1 =
    cc && c.adminCode
      ? (t.admin1.get(`${cc}|${c.adminCode}`) ?? 0) -
        ownOf((o) => o.countryCode === cc && o.adminCode === c.adminCode && o.kind !== 'country')
      : 0;
  let top: string | null = null;
  let topMass = 0;
  for (const [country, n] of t.country) {
    const m = n - ownOf((o) => o.countryCode === country);
    if (m > topMass) {
      top = country;
      topMass = m;
    }
  }
  let local = 0;
  let near = 0;
  let nearest = Infinity;
  for (const [o, n] of t.locals) {
    const m = n - ownOf((x) => x === o);
    if (m <= 0) continue;
    local += m;
    const d = km(c.lat, c.lon, o.lat, o.lon);
    if (d < 300) near += m;
    if (d < nearest) nearest = d;
  }
  let datelineCountry = false;
  let datelineNear = false;
  for (const o of t.datelines) {
    if (own.some((p) => p.dateline && p.entry === o)) continue;
    if (cc && o.countryCode === cc) datelineCountry = true;
    if (km(c.lat, c.lon, o.lat, o.lon) < 200) datelineNear = true;
  }
  return {
    countryShare: total ? sameCountry / total : 0,
    admin1Share: total ? sameAdmin1 / total : 0,
    focusCountry: top !== null && top === cc,
    nearShare: local ? near / local : 0,
    nearestLogKm: local ? Math.log10(1 + nearest) / 4 : 0,
    datelineCountry,
    datelineNear,
  };
}

export function buildContext(picks: Map<PlaceMention, GazetteerEntry>): ArticleContext {
  return {
    picks: [...picks].map(([pm, entry]) => ({ key: pm.key || pm.mention.text, entry, dateline: !!pm.dateline })),
  };
}
