import { readFileSync } from 'node:fs';
import path from 'node:path';
import { enrichArticle } from './enrich-article';
import type { Enrichment, Entity, EntityType } from './types';

/** The seed article and what a careful reader takes from it (fixtures/seed, copied from the project's seed). */
const dir = path.join(__dirname, '..', 'fixtures', 'seed');
const text = readFileSync(path.join(dir, 'article.txt'), 'utf8');

interface Named {
  name: string;
  aliases?: string[];
}
interface ExpectedPlace extends Named {
  countryCode?: string;
  lat?: number;
  lon?: number;
}
interface Expected {
  entities: {
    persons: { must: Named[]; mustNot: string[] };
    organizations: { must: Named[] };
    places: { must: ExpectedPlace[]; mustNot: ExpectedPlace[]; coordinateToleranceDegrees: number };
    dates: { must: { text: string; value: string }[] };
  };
  quotes: { should: { speaker: string; textStartsWith: string }[] };
}
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;

const norm = (s: string): string => s.toLowerCase().trim();
/** "Matching is on the canonical name (case-insensitive) or any alias listed" — in either direction. */
function namesOf(x: { name: string; aliases?: string[] }): string[] {
  return [x.name, ...(x.aliases ?? [])].map(norm);
}
function matches(found: { name: string; aliases?: string[] }, want: Named): boolean {
  const have = namesOf(found);
  return namesOf(want).some((n) => have.includes(n));
}
function entitiesOf(result: Enrichment, type: EntityType): Entity[] {
  return result.entities.filter((e) => e.type === type);
}

describe('reference article (published 2024-04-26)', () => {
  let result: Enrichment;
  beforeAll(() => {
    result = enrichArticle({ text, publishedAt: '2024-04-26' });
  });

  it('detects English', () => {
    expect(result.language).toBe('en');
  });

  it.each(expected.entities.persons.must.map((p) => [p.name, p]))('finds the person %s', (_name, want) => {
    expect(entitiesOf(result, 'PER').some((e) => matches(e, want))).toBe(true);
  });

  it('joins surname mentions to the full name', () => {
    const ashtiani = entitiesOf(result, 'PER').find((e) => e.name === 'Mohammad Reza Ashtiani');
    expect(ashtiani?.aliases).toContain('Ashtiani');
    expect(ashtiani?.mentions.length).toBeGreaterThanOrEqual(4);
    expect(entitiesOf(result, 'PER').filter((e) => e.name === 'Ashtiani')).toHaveLength(0);
  });

  it.each(expected.entities.persons.mustNot)('does not take "%s" for a person', (bad) => {
    const persons = entitiesOf(result, 'PER');
    expect(persons.some((e) => namesOf(e).includes(norm(bad)))).toBe(false);
  });

  it.each(expected.entities.organizations.must.map((o) => [o.name, o]))('finds the organisation %s', (_name, want) => {
    expect(entitiesOf(result, 'ORG').some((e) => matches(e, want))).toBe(true);
  });

  it('joins acronyms to their expansions', () => {
    const sco = entitiesOf(result, 'ORG').find((e) => e.name === 'Shanghai Cooperation Organization');
    expect(sco?.aliases).toContain('SCO');
    const irgc = entitiesOf(result, 'ORG').find((e) => e.name === 'Islamic Revolution Guards Corps');
    expect(irgc?.aliases).toContain('IRGC');
  });

  const tolerance = expected.entities.places.coordinateToleranceDegrees;
  it.each(expected.entities.places.must.map((p) => [p.name, p]))('finds the place %s', (_name, want) => {
    const candidates = result.places.filter(
      (p) => matches(p, want) || (want.aliases ?? []).some((a) => p.mentions.some((m) => norm(m.text) === norm(a))),
    );
    const ok = candidates.some(
      (p) =>
        (!want.countryCode || p.countryCode === want.countryCode) &&
        (want.lat === undefined || (p.lat !== null && Math.abs(p.lat - want.lat) <= tolerance)) &&
        (want.lon === undefined || (p.lon !== null && Math.abs(p.lon - want.lon) <= tolerance)),
    );
    expect({ place: want.name, ok, candidates }).toEqual(expect.objectContaining({ ok: true }));
  });

  it('links demonyms to their country ("Syrian capital", "Israeli regime")', () => {
    const syria = result.places.find((p) => p.countryCode === 'SY' && p.kind === 'country');
    expect(syria?.mentions.map((m) => m.text)).toContain('Syrian');
    const israel = result.places.find((p) => p.countryCode === 'IL');
    expect(israel?.mentions.map((m) => m.text)).toContain('Israeli');
  });

  it.each(expected.entities.places.mustNot.map((p) => [`${p.name} (${p.countryCode})`, p]))(
    'never resolves %s',
    (_l, bad) => {
      expect(result.places.some((p) => matches(p, bad) && p.countryCode === bad.countryCode)).toBe(false);
    },
  );

  it.each(expected.entities.dates.must.map((d) => [d.text, d]))('normalises the date "%s"', (_t, want) => {
    expect(result.dates.some((d) => d.text === want.text && d.value === want.value)).toBe(true);
  });

  it('attributes the direct quote to Ashtiani', () => {
    for (const want of expected.quotes.should) {
      const quote = result.quotes.find((q) => q.text.startsWith(want.textStartsWith));
      expect(quote?.speaker).toBe(want.speaker);
      expect(quote?.speakerEntityId).toBe('PER:mohammad-reza-ashtiani');
    }
  });

  it('gives every mention offsets into the text', () => {
    for (const e of result.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const p of result.places) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const d of result.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('scores conflict and politics as the leading topics, and fingerprints the body', () => {
    expect(
      result.topics
        .slice(0, 2)
        .map((t) => t.code)
        .sort(),
    ).toEqual(['medtop:11000000', 'medtop:16000000']);
    expect(result.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});
