import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { devSetsDir } from './extract-devsets';

export interface ScoreSummary {
  benchmark?: { precision: number; recall: number; f1: number };
  precision?: number;
  recall?: number;
  f1?: number;
  accuracy?: number;
  pages?: number;
}

/**
 * Runs the dev sets' own scorer (score.mjs --json) on a predictions file and returns its summary; with
 * `groundTruthFile`, against that subset of the set's ground truth (one half of the split).
 */
export function runScorer(set: string, predictionsFile: string, groundTruthFile?: string): ScoreSummary {
  const args = [path.join(devSetsDir(), 'score.mjs'), set, predictionsFile, '--json'];
  if (groundTruthFile) args.push('--gt', groundTruthFile);
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out) as { summary: ScoreSummary }).summary;
}
