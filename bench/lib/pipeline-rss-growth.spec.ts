import { rssGrowth } from './pipeline-rss-growth';

describe('rssGrowth', () => {
  it('reads growth from the first reading to the last, per 10k articles in between', () => {
    const readings = [
      { indexed: 10_000, rssMb: { parser: 150, enricher: 300 } },
      { indexed: 50_000, rssMb: { parser: 190, enricher: 280 } },
      { indexed: 100_000, rssMb: { parser: 168, enricher: 290 } },
    ];
    expect(rssGrowth(readings)).toEqual([
      { stage: 'parser', mb: 18, mbPer10k: 2 },
      { stage: 'enricher', mb: -10, mbPer10k: -1.1 },
    ]);
  });

  it('says nothing with fewer than two readings, and no rate when nothing was indexed in between', () => {
    expect(rssGrowth([{ indexed: 5, rssMb: { parser: 1 } }])).toEqual([]);
    expect(
      rssGrowth([
        { indexed: 5, rssMb: { parser: 1 } },
        { indexed: 5, rssMb: { parser: 3 } },
      ]),
    ).toEqual([{ stage: 'parser', mb: 2, mbPer10k: 0 }]);
  });
});
