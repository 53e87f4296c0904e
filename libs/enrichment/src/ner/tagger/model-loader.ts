import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TaggerModel } from './model';
import { decodeModel } from './model-file';

/**
 * Finds and loads the committed weights once per process, on first use (the rule recogniser is the default, so an
 * enricher that never calls the tagger never pays its 0.7 s and its memory). The file lives in
 * libs/enrichment/models/, found by walking up from this file, so the same code works from src/ (jest), from
 * dist/libs/enrichment/src/... (the build) and in the image (the Dockerfile copies libs/enrichment/models next to
 * dist/). Nothing is downloaded: a missing file is an installation error and says where it looked.
 */
export const MODEL_FILE_NAME = 'ner-tagger.bin.gz';

let cached: TaggerModel | null = null;

export function findModelFile(from: string = __dirname): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'libs', 'enrichment', 'models', MODEL_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const local = path.join(dir, 'models', MODEL_FILE_NAME);
    if (path.basename(dir) === 'enrichment' && existsSync(local)) return local;
    if (path.dirname(dir) === dir) return null;
  }
}

export function loadTaggerModel(): TaggerModel {
  if (cached) return cached;
  const file = findModelFile();
  if (!file) throw new Error(`entity tagger: ${MODEL_FILE_NAME} not found above ${__dirname} (libs/enrichment/models)`);
  cached = decodeModel(readFileSync(file));
  return cached;
}

/** Replaces the process's model (the trainer evaluates a fresh model through the run-time path). */
export function setTaggerModel(model: TaggerModel | null): void {
  cached = model;
}
