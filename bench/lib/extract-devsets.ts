import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '@newsflow/extraction';

export type DevSetName = 'extraction' | 'snippets' | 'dates';
export const DEV_SETS: DevSetName[] = ['extraction', 'snippets', 'dates'];

export interface DevPage {
  set: DevSetName;
  id: string;
  url: string;
  html: string;
}

/** The repository root: the nearest ancestor of this file that holds package.json (works from src and dist). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** ../shared/devsets relative to the repository root (absent in a user's clone). */
export function devSetsDir(): string {
  return path.resolve(repoRoot(), '..', 'shared', 'devsets');
}

/** Loads and decodes (gunzip, then browser-like charset decoding) every page of a dev set, outside any timing. */
export function loadDevSet(set: DevSetName): DevPage[] {
  const dir = path.join(devSetsDir(), set);
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`)));
      return { set, id, url: truth[id].url, html: decodeHtmlBytes(new Uint8Array(bytes)).html };
    });
}
