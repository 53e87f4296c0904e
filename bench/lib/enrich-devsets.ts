import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ../shared/devsets next to the repo (absent in a user's clone): looked up from the cwd and from dist/. */
export function findDevSetsDir(): string | null {
  const candidates = [
    path.resolve(process.cwd(), '..', 'shared', 'devsets'),
    path.resolve(__dirname, '..', '..', '..', 'shared', 'devsets'),
    path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'devsets'),
  ];
  return candidates.find((d) => existsSync(path.join(d, 'ner', 'wikigold.jsonl'))) ?? null;
}

export interface NerSentence {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}

export interface GeoDoc {
  id: string;
  text: string;
  toponyms: { start: number; end: number; name: string; lat: number; lon: number; type: string }[];
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The repository root: the nearest folder above this file with the project's package.json (works from dist/ too). */
export function repoRoot(): string {
  let dir = __dirname;
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'libs', 'enrichment'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}
