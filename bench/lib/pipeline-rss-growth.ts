/** One reading of each service's resident memory, taken when `indexed` articles were in the store. */
export interface RssReading {
  indexed: number;
  rssMb: Record<string, number>;
}

export interface RssGrowth {
  stage: string;
  /** RSS at the last reading minus RSS at the first (MB). */
  mb: number;
  /** The same per 10,000 articles indexed in between: what a long run (100k articles) reads for "flat". */
  mbPer10k: number;
}

/**
 * How much each service's RSS grew between the first reading (a tenth into the run, past start-up and the JIT's
 * warm-up) and the last. A leak shows as growth that keeps its rate per 10k articles as runs get longer; a heap that
 * settles shows as a rate that falls with the run's length.
 */
export function rssGrowth(readings: RssReading[]): RssGrowth[] {
  if (readings.length < 2) return [];
  const first = readings[0];
  const last = readings[readings.length - 1];
  const articles = last.indexed - first.indexed;
  return Object.keys(first.rssMb).map((stage) => {
    const mb = (last.rssMb[stage] ?? 0) - first.rssMb[stage];
    return { stage, mb, mbPer10k: articles > 0 ? Math.round((mb * 10_000 * 10) / articles) / 10 : 0 };
  });
}
