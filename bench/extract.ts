/**
 * Extraction benchmark: our extractor against @mozilla/readability on linkedom and on jsdom, on the same
 * decoded pages of ../shared/devsets (extraction, snippets; dates for ours). Each system runs in its own child
 * process so that pages/s and peak RSS are its own. Predictions go to .bench/, the dev sets' scorer scores them.
 *
 *   npm run bench:extract                      full comparison table
 *   npm run bench:extract -- --systems ours    only some systems
 *   npm run bench:extract -- --rounds 3        time each system 3 times, keep its fastest round (default 2)
 *   npm run bench:extract -- --memory 10000    RSS over 10,000 extractions (cycling the dev set)
 *   npm run bench:extract -- --worst 20        also list the tuning half's 20 worst body pages per system
 *
 * Under the whole-set table, every set is scored again on its tuning and its check half (split by site, see
 * lib/extract-split.ts): rules are tuned looking at the tuning half only; the check half is the honest figure.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_SETS, DevPage, DevSetName, devSetsDir, loadDevSet, repoRoot } from './lib/extract-devsets';
import { runScorer } from './lib/extract-scoring';
import { scorePage, worstPages } from './lib/extract-page-scores';
import { HALVES, halfOf } from './lib/extract-split';
import { SYSTEMS, SystemName, loadSystem } from './lib/extract-systems';

interface ChildResult {
  system: SystemName;
  pages: number;
  seconds: number;
  /** CPU seconds (user + system) spent extracting: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  errors: number;
  peakRssMb: number;
  files: Partial<Record<DevSetName, string>>;
}

const TIMED_SETS: DevSetName[] = ['extraction', 'snippets'];
/** Sets every system extracts (untimed) beyond the timed ones: Readability reads meta dates too. */
const ALL_SETS: DevSetName[] = DEV_SETS;

async function main(argv: string[]): Promise<number> {
  if (!existsSync(path.join(devSetsDir(), 'extraction', 'ground-truth.json'))) {
    process.stdout.write(
      `bench:extract: dev sets not found at ${devSetsDir()} (they live outside the repo); nothing to do.\n`,
    );
    return 0;
  }
  const childIndex = argv.indexOf('--child');
  const roundsIndex = argv.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Math.max(1, Number(argv[roundsIndex + 1]) || 1) : 2;
  if (childIndex >= 0) return runChild(argv[childIndex + 1] as SystemName, rounds);
  const memoryIndex = argv.indexOf('--memory');
  if (memoryIndex >= 0) return runMemory(Number(argv[memoryIndex + 1] ?? 10000));

  const systemsIndex = argv.indexOf('--systems');
  const systems = systemsIndex >= 0 ? (argv[systemsIndex + 1].split(',') as SystemName[]) : SYSTEMS;
  const results: ChildResult[] = [];
  for (const system of systems) {
    process.stderr.write(`bench:extract: running ${system} ...\n`);
    results.push(await inChild<ChildResult>(['--child', system, '--rounds', String(rounds)]));
  }

  const rows: string[][] = [
    [
      'system',
      'body F1',
      'P',
      'R',
      'bag F1',
      'snippets F1',
      'dates acc',
      'pages/s',
      'pages/cpu-s',
      'CPU ms/page',
      'peak RSS MB',
      'errors',
    ],
  ];
  const baseline = results.find((r) => r.system === 'readability-linkedom');
  for (const r of results) {
    const body = r.files.extraction ? runScorer('extraction', r.files.extraction) : null;
    const snippets = r.files.snippets ? runScorer('snippets', r.files.snippets) : null;
    const dates = r.files.dates ? runScorer('dates', r.files.dates) : null;
    rows.push([
      r.system,
      fmt(body?.benchmark?.f1),
      fmt(body?.benchmark?.precision),
      fmt(body?.benchmark?.recall),
      fmt(body?.f1),
      fmt(snippets?.f1),
      dates?.accuracy !== undefined ? `${(dates.accuracy * 100).toFixed(1)}%` : '-',
      (r.pages / r.seconds).toFixed(1),
      (r.pages / r.cpuSeconds).toFixed(1),
      ((r.cpuSeconds * 1000) / r.pages).toFixed(2),
      r.peakRssMb.toFixed(0),
      String(r.errors),
    ]);
  }
  printTable(rows);
  printHalves(results);
  const worstIndex = argv.indexOf('--worst');
  if (worstIndex >= 0) printWorstTuningPages(results, Number(argv[worstIndex + 1]) || 20);
  const ours = results.find((r) => r.system === 'ours');
  if (ours && baseline) {
    const speedup = ours.pages / ours.seconds / (baseline.pages / baseline.seconds);
    const cpuSpeedup = ours.pages / ours.cpuSeconds / (baseline.pages / baseline.cpuSeconds);
    process.stdout.write(
      `\nspeed: ours is ${speedup.toFixed(1)}x the pages/s (wall clock) and ${cpuSpeedup.toFixed(1)}x the pages per ` +
        `CPU-second (all threads, GC included) of readability-linkedom, on the same ${ours.pages} decoded pages ` +
        `(extraction + snippets; decoding is not timed; fastest of ${rounds} rounds per system)\n`,
    );
  }
  process.stdout.write(`predictions: ${path.join(repoRoot(), '.bench')}/<system>-<set>.jsonl\n`);
  return 0;
}

/** Child: extract every page of the timed sets (and dates, for ours), write predictions, report time and RSS. */
function runChild(system: SystemName, rounds: number): number {
  const extractor = loadSystem(system);
  const sets: DevSetName[] = ALL_SETS;
  const outDir = path.join(repoRoot(), '.bench');
  mkdirSync(outDir, { recursive: true });
  const files: Partial<Record<DevSetName, string>> = {};
  let seconds = 0;
  let cpuSeconds = 0;
  let pages = 0;
  let errors = 0;
  for (const set of sets) {
    const loaded: DevPage[] = loadDevSet(set);
    const lines: string[] = [];
    // Timed sets run `rounds` times and keep the fastest round (wall and CPU separately): on a shared
    // machine the minimum is the least disturbed measurement. Predictions come from the first round.
    const timed = TIMED_SETS.includes(set);
    let bestElapsed = Infinity;
    let bestCpu = Infinity;
    for (let round = 0; round < (timed ? rounds : 1); round++) {
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      for (const page of loaded) {
        try {
          const out = extractor(page.html, page.url);
          if (round === 0) lines.push(JSON.stringify({ id: page.id, ...out }));
        } catch (err) {
          if (round > 0) continue;
          errors++;
          lines.push(
            JSON.stringify({ id: page.id, text: '', error: err instanceof Error ? err.message : String(err) }),
          );
        }
      }
      const cpu = process.cpuUsage(cpuStart);
      bestElapsed = Math.min(bestElapsed, Number(process.hrtime.bigint() - start) / 1e9);
      bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
    }
    if (timed) {
      seconds += bestElapsed;
      cpuSeconds += bestCpu;
      pages += loaded.length;
    }
    const file = path.join(outDir, `${system}-${set}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    files[set] = file;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result: ChildResult = { system, pages, seconds, cpuSeconds, errors, peakRssMb, files };
  process.send?.(result);
  return 0;
}

/**
 * The same scores on each half of every set (by site): body F1 (benchmark metric) on extraction, snippet pass
 * rate (accuracy over must / must-not snippets) and F1 on snippets, day accuracy on dates.
 */
function printHalves(results: ChildResult[]): void {
  const outDir = path.join(repoRoot(), '.bench');
  const truthFiles = new Map<string, string>();
  for (const set of DEV_SETS) {
    const truth = JSON.parse(readFileSync(path.join(devSetsDir(), set, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    for (const half of HALVES) {
      const file = path.join(outDir, `ground-truth-${set}-${half}.json`);
      const picked = Object.fromEntries(Object.entries(truth).filter(([, page]) => halfOf(page.url) === half));
      writeFileSync(file, JSON.stringify(picked));
      truthFiles.set(`${set}/${half}`, file);
    }
  }
  const rows: string[][] = [
    [
      'system',
      'half',
      'body pages',
      'body F1',
      'P',
      'R',
      'snippet pages',
      'snippet pass',
      'snippets F1',
      'date pages',
      'dates acc',
    ],
  ];
  for (const r of results) {
    for (const half of HALVES) {
      const score = (set: DevSetName) => {
        const file = r.files[set];
        return file ? runScorer(set, file, truthFiles.get(`${set}/${half}`)) : null;
      };
      const body = score('extraction');
      const snippets = score('snippets');
      const dates = score('dates');
      rows.push([
        r.system,
        half,
        String(body?.pages ?? '-'),
        fmt(body?.benchmark?.f1, 4),
        fmt(body?.benchmark?.precision, 4),
        fmt(body?.benchmark?.recall, 4),
        String(snippets?.pages ?? '-'),
        snippets?.accuracy !== undefined ? `${(snippets.accuracy * 100).toFixed(1)}%` : '-',
        fmt(snippets?.f1),
        String(dates?.pages ?? '-'),
        dates?.accuracy !== undefined ? `${(dates.accuracy * 100).toFixed(1)}%` : '-',
      ]);
    }
  }
  process.stdout.write('\nby half (sites split by a hash of the registrable domain; tune on tuning, report check):\n');
  printTable(rows);
}

/**
 * The tuning half's worst body pages in the benchmark metric, per system: the pages rules are written from.
 * The check half is never listed: it is read only as the halves table's figure.
 */
function printWorstTuningPages(results: ChildResult[], count: number): void {
  const truth = JSON.parse(readFileSync(path.join(devSetsDir(), 'extraction', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  for (const r of results) {
    if (!r.files.extraction) continue;
    const predicted = new Map<string, string>();
    for (const line of readFileSync(r.files.extraction, 'utf8').split('\n')) {
      if (!line) continue;
      const row = JSON.parse(line) as { id: string; text?: string };
      predicted.set(row.id, row.text ?? '');
    }
    const scores = Object.entries(truth)
      .filter(([, page]) => halfOf(page.url) === 'tuning')
      .map(([id, page]) => scorePage(id, predicted.get(id) ?? '', page.articleBody));
    process.stdout.write(`\n${r.system}: the tuning half's ${count} worst body pages (benchmark metric):\n`);
    const rows = [['id', 'F1', 'P', 'R', 'url']];
    for (const s of worstPages(scores, count)) {
      rows.push([s.id, fmt(s.f1), fmt(s.precision ?? undefined), fmt(s.recall ?? undefined), truth[s.id].url]);
    }
    printTable(rows);
  }
}

/** Memory check: N extractions cycling the extraction + snippets pages; RSS and heap printed at intervals. */
function runMemory(total: number): number {
  if (!process.send && !process.argv.includes('--in-child')) {
    inChild<null>(['--memory', String(total), '--in-child'], true).catch((err: Error) => {
      process.stderr.write(`bench:extract: memory run failed: ${err.message}\n`);
      process.exitCode = 1;
    });
    return 0;
  }
  const extractor = loadSystem('ours');
  const pages = TIMED_SETS.flatMap((set) => loadDevSet(set));
  const interval = Math.max(1, Math.floor(total / 20));
  const gc = (globalThis as { gc?: () => void }).gc;
  const start = Date.now();
  process.stdout.write('pages\trss MB\theap MB\tseconds\n');
  for (let i = 1; i <= total; i++) {
    const page = pages[(i - 1) % pages.length];
    try {
      extractor(page.html, page.url);
    } catch {
      // errors are counted by the main benchmark
    }
    if (i % interval === 0 || i === total) {
      gc?.();
      const mem = process.memoryUsage();
      process.stdout.write(
        `${i}\t${(mem.rss / 1048576).toFixed(0)}\t${(mem.heapUsed / 1048576).toFixed(0)}\t${((Date.now() - start) / 1000).toFixed(1)}\n`,
      );
    }
  }
  return 0;
}

function inChild<T>(args: string[], inheritOutput = false): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, args, {
      execArgv: ['--expose-gc'],
      stdio: inheritOutput ? 'inherit' : ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: T | null = null;
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 && !inheritOutput) reject(new Error(`child ${args.join(' ')} exited with ${code}`));
      else resolve(result as T);
    });
  });
}

/** Three decimals in the whole-set table; four on the halves, where one rule moves the fourth. */
function fmt(value: number | undefined, digits = 3): string {
  return value === undefined ? '-' : value.toFixed(digits);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  for (const row of rows) process.stdout.write(row.map((cell, col) => cell.padEnd(widths[col])).join('  ') + '\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench:extract: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
