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
  /** Any other town or region named. */
  hasLocalContext: boolean;
  /** In the dateline's country / within 200 km of the dateline's place. */
  datelineCountry: boolean;
  datelineNear: boolean;
}

export function contextFor(c: GazetteerEntry, selfKey: string, ctx: ArticleContext): ContextView {
  let total = 0;
  let sameCountry = 0;
  let sameAdmin1 = 0;
  let local = 0;
  let near = 0;
  let nearest = Infinity;
  let datelineCountry = false;
  let datelineNear = false;
  const mass = new Map<string, number>();
  for (const p of ctx.picks) {
    if (p.key === selfKey) continue;
    const o = p.entry;
    total++;
    if (o.countryCode) mass.set(o.countryCode, (mass.get(o.countryCode) ?? 0) + 1);
    if (c.countryCode && o.countryCode === c.countryCode) {
      sameCountry++;
      if (c.adminCode && o.adminCode === c.adminCode && o.kind !== 'country') sameAdmin1++;
    }
    const isLocal = o.kind === 'city' || o.kind === 'capital' || o.kind === 'region';
    const d = isLocal || p.dateline ? km(c.lat, c.lon, o.lat, o.lon) : Infinity;
    if (isLocal) {
      local++;
      if (d < 300) near++;
      if (d < nearest) nearest = d;
    }
    if (p.dateline) {
      if (c.countryCode && o.countryCode === c.countryCode) datelineCountry = true;
      if (d < 200) datelineNear = true;
    }
  }
  let top: string | null = null;
  let topMass = 0;
  for (const [cc, n] of mass)
    if (n > topMass) {
      top = cc;
      topMass = n;
    }
  return {
    countryShare: total ? sameCountry / total : 0,
    admin1Share: total ? sameAdmin1 / total : 0,
    focusCountry: top !== null && top === c.countryCode,
    nearShare: local ? near / local : 0,
    nearestLogKm: local ? Math.log10(1 + nearest) / 4 : 0,
    hasLocalContext: local > 0,
    datelineCountry,
    datelineNear,
  };
}

export function buildContext(picks: Map<PlaceMention, GazetteerEntry>): ArticleContext {
  return {
    picks: [...picks].map(([pm, entry]) => ({ key: pm.key || pm.mention.text, entry, dateline: !!pm.dateline })),
  };
}
