import { FloorResult, floorTotalMs } from './pipeline-floor';

export interface PipelineEfficiency {
  windowSeconds: number;
  /** CPU ms per article of each process group inside the window. */
  cpuMsPerArticle: Record<string, number>;
  /** The four services plus their PostgreSQL backends: the pipeline doing what the floor does, and fetching. */
  pipelineMs: number;
  /** The same plus the broker (which every client of the stack shares). */
  pipelineWithBrokerMs: number;
  /** Parser, enricher, indexer and the indexer's backend: the stages whose work the floor repeats. */
  floorStagesMs: number;
  floorMs: number | null;
  ratio: number | null;
  ratioWithBroker: number | null;
  ratioFloorStages: number | null;
}

/**
 * Prints CPU ms per article of each process inside the window (first fetch start to last indexed), the floor's parts
 * and the ratios pipeline/floor; returns the same numbers for --json.
 */
export function printEfficiency(
  write: (line: string) => void,
  window: { cpuMs: Record<string, number>; fromAt: number; toAt: number },
  articles: number,
  floor: FloorResult | null,
  services: string[],
): PipelineEfficiency {
  const per = (name: string) => (window.cpuMs[name] ?? 0) / Math.max(1, articles);
  const cpuMsPerArticle = Object.fromEntries(Object.keys(window.cpuMs).map((k) => [k, per(k)]));
  const sum = (names: string[]) => names.reduce((a, k) => a + per(k), 0);
  const pipelineMs = sum([...services, 'pg indexer', 'pg fetcher']);
  const pipelineWithBrokerMs = pipelineMs + per('broker');
  const floorStages = services.filter((s) => !s.startsWith('fetcher'));
  const floorStagesMs = sum([...floorStages, 'pg indexer']);
  const floorMs = floor ? floorTotalMs(floor) : null;
  const ratioOf = (ms: number) => (floorMs ? ms / floorMs : null);
  const windowSeconds = (window.toAt - window.fromAt) / 1000;
  const notes: Record<string, string> = {
    'pg indexer': "the indexer's PostgreSQL backends (the store write)",
    'pg fetcher': "the fetcher's PostgreSQL backends (fetch log, host slots, sources)",
    broker: 'shared with every other client of the stack',
    postgres: "every PostgreSQL process (shared), the backends' line included",
    'site+bench': 'serves the pages and watches the run: not the pipeline',
  };
  write(
    `\nCPU ms per article between the first fetch start and the last indexed (${windowSeconds.toFixed(1)} s, ` +
      `sampled every 500 ms: the services' start-up and the idle time around the run are left out)`,
  );
  for (const name of Object.keys(window.cpuMs))
    write(`  ${name.padEnd(12)} ${per(name).toFixed(2).padStart(7)}${notes[name] ? `   ${notes[name]}` : ''}`);
  const f = (x: number) => x.toFixed(2);
  if (floor && floorMs !== null) {
    write(
      `\nfloor (${floor.articles} of the same pages in one process, ${floor.rejected} rejected by the extractor): ` +
        `extract ${f(floor.extractMs)} + enrich ${f(floor.enrichMs)} + store write ${f(floor.storeNodeMs)} node + ` +
        `${floor.storePostgresMs === null ? '? (backend not visible)' : f(floor.storePostgresMs)} postgres = ${f(floorMs)} CPU ms/article`,
    );
    write(
      `pipeline/floor ${f(ratioOf(pipelineMs)!)}  (the services + their PostgreSQL backends ${f(pipelineMs)} / ${f(floorMs)})`,
    );
    write(
      `  with the broker          ${f(ratioOf(pipelineWithBrokerMs)!)}  (${f(pipelineWithBrokerMs)} / ${f(floorMs)})`,
    );
    write(
      `  the floor's stages only  ${f(ratioOf(floorStagesMs)!)}  (${floorStages.join(' + ')} + pg indexer ${f(floorStagesMs)} / ${f(floorMs)}: no fetching)`,
    );
  }
  return {
    windowSeconds,
    cpuMsPerArticle,
    pipelineMs,
    pipelineWithBrokerMs,
    floorStagesMs,
    floorMs,
    ratio: ratioOf(pipelineMs),
    ratioWithBroker: ratioOf(pipelineWithBrokerMs),
    ratioFloorStages: ratioOf(floorStagesMs),
  };
}
