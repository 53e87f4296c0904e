import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { devSetsDir } from './extract-devsets';

export interface ScoreSummary {
  benchmark?: { precision: number; recall: number; f1: number };
  precision?: number;
  recall?: number;
  f1?: number;
  accuracy?: number;
}

/** Runs the dev sets' own scorer (score.mjs --json) on a predictions file and returns its summary. */
export function runScorer(set: string, predictionsFile: string): ScoreSummary {
  const out = execFileSync(process.execPath, [path.join(devSetsDir(), 'score.mjs'), set, predictionsFile, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out) as { summary: ScoreSummary }).summary;
}
