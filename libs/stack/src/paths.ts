import path from 'node:path';

/** The repo root (this file is libs/stack/src/paths.ts, compiled to dist/libs/stack/src/paths.js). */
export function repoRoot(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}libs${path.sep}`;
  const i = here.lastIndexOf(marker);
  if (i >= 0) return here.slice(0, i);
  return path.resolve(here, '..', '..', '..');
}

/** Everything the local stack writes (jars, broker data, logs) lives under .stack/, which git ignores. */
export function stackDir(...parts: string[]): string {
  return path.join(process.env.NEWSFLOW_STACK_DIR ?? path.join(repoRoot(), '.stack'), ...parts);
}
