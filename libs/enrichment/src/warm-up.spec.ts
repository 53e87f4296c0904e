import { warmUpEnrichment } from './warm-up';

describe('warmUpEnrichment', () => {
  it('runs every recogniser once, the gazetteer included, so the first real article starts warm', () => {
    const { enrichment, ms } = warmUpEnrichment();
    expect(enrichment.places.map((p) => p.countryCode)).toEqual(expect.arrayContaining(['FR', 'DE', 'KZ']));
    expect(enrichment.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Emmanuel Macron']));
    expect(enrichment.dates[0]?.value).toBe('2024-04-26');
    expect(enrichment.quotes[0]?.speaker).toBe('Emmanuel Macron');
    expect(ms).toBeGreaterThan(0);
    // A second call finds everything loaded: far faster than the first (which built the gazetteer).
    expect(warmUpEnrichment().ms).toBeLessThan(ms);
  });
});
