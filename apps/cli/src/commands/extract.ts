import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExtractionError, extractArticleFromBytes } from '@newsflow/extraction';
import { CliCommand, UsageError } from '../command';
import { Progress, terminalProgress } from '../progress';

const USAGE = `usage: newsflow extract [--url URL] [--manifest LIST.jsonl] [--budget MS] FILE...
  Extracts the article of each HTML file (raw page bytes; .html.gz is gunzipped) and prints one JSON line
  per file: {file, url, title, description, authors, publishedAt, modifiedAt, sectionPath, tags, leadImage,
  language, text, blocks, ...}. A file that fails prints {file, url, error: {code, message}}; the run goes
  on and exits 1 at the end.
  --url URL             the page URL of the FILEs (resolves links, dates and sections in the URL)
  --manifest LIST.jsonl lines {"file": ..., "url": ...}: each file's own URL; without FILEs, all its files
  --budget MS           time budget per page (default 2000)`;

export interface ExtractArgs {
  url: string | null;
  manifest: string | null;
  budgetMs: number | undefined;
  files: string[];
}

export function parseExtractArgs(args: string[]): ExtractArgs {
  const parsed: ExtractArgs = { url: null, manifest: null, budgetMs: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--url') parsed.url = value();
    else if (arg === '--manifest') parsed.manifest = value();
    else if (arg === '--budget') {
      const ms = Number(value());
      if (!Number.isFinite(ms) || ms <= 0) throw new UsageError('--budget must be a positive number of milliseconds');
      parsed.budgetMs = ms;
    } else if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0 && !parsed.manifest) throw new UsageError('give at least one FILE or --manifest');
  return parsed;
}

interface Job {
  file: string;
  /** Where to read it (manifest entries are relative to the manifest's folder). */
  location: string;
  url: string | null;
}

export async function readManifest(manifestPath: string): Promise<Job[]> {
  const text = await readFile(manifestPath, 'utf8');
  const dir = path.dirname(manifestPath);
  const jobs: Job[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let entry: { file?: unknown; url?: unknown };
    try {
      entry = JSON.parse(line) as { file?: unknown; url?: unknown };
    } catch {
      throw new UsageError(`${manifestPath}:${index + 1}: not JSON`);
    }
    if (typeof entry.file !== 'string') throw new UsageError(`${manifestPath}:${index + 1}: no "file"`);
    jobs.push({
      file: entry.file,
      location: path.resolve(dir, entry.file),
      url: typeof entry.url === 'string' ? entry.url : null,
    });
  });
  return jobs;
}

/** Output streams, injectable for tests. */
export interface ExtractIo {
  write(line: string): Promise<void>;
  warn(message: string): void;
  progress?: Progress;
}

const processIo: ExtractIo = {
  write: (line) =>
    new Promise((resolve) => {
      if (process.stdout.write(line)) resolve();
      else process.stdout.once('drain', () => resolve());
    }),
  warn: (message) => process.stderr.write(message),
  progress: terminalProgress('extract'),
};

export async function runExtract(args: string[], io: ExtractIo = processIo): Promise<number> {
  const options = parseExtractArgs(args);
  const manifest = options.manifest ? await readManifest(options.manifest) : [];
  const byFile = new Map(manifest.map((job) => [path.resolve(job.location), job]));
  const jobs: Job[] =
    options.files.length > 0
      ? options.files.map((file) => ({
          file,
          location: file,
          url: options.url ?? byFile.get(path.resolve(file))?.url ?? null,
        }))
      : manifest.map((job) => ({ ...job, url: options.url ?? job.url }));

  let failures = 0;
  let done = 0;
  for (const job of jobs) {
    io.progress?.update(done++, jobs.length, job.file);
    let line: string;
    try {
      const bytes = new Uint8Array(await readFile(job.location));
      const article = extractArticleFromBytes(bytes, job.url ?? undefined, { timeBudgetMs: options.budgetMs });
      line = JSON.stringify({ file: job.file, ...article, url: job.url });
    } catch (err) {
      failures++;
      const code = err instanceof ExtractionError ? err.code : ((err as NodeJS.ErrnoException).code ?? 'ERROR');
      const message = err instanceof Error ? err.message : String(err);
      io.warn(`newsflow extract: ${job.file}: ${message}\n`);
      line = JSON.stringify({ file: job.file, url: job.url, error: { code, message } });
    }
    await io.write(line + '\n');
  }
  io.progress?.finish();
  return failures > 0 ? 1 : 0;
}

export const command: CliCommand = {
  name: 'extract',
  summary: 'extract the article (text, blocks and metadata) of saved HTML pages, one JSON line per file',
  usage: USAGE,
  options: ['--url <url>', '--manifest <file>', '--budget <ms>'],
  run: (args) => runExtract(args),
};
