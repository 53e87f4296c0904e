#!/usr/bin/env node
// Compiles the TypeScript sources into dist/ when any source is newer than the last build, so that
// `npm run newsflow`, the benchmarks and the services always run current code without a manual build step.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const SOURCE_DIRS = ['apps', 'libs', 'bench', 'tools'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const sources = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))),
    ...SOURCE_FILES.map((f) => (existsSync(path.join(root, f)) ? statSync(path.join(root, f)).mtimeMs : 0)),
  );
  return sources > built;
}

function ensureBuilt({ quiet = true } = {}) {
  if (!isStale()) return;
  if (!quiet) process.stderr.write('newsflow: compiling TypeScript sources into dist/ ...\n');
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  const opts = { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] };
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], opts);
  execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json'], opts);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

module.exports = { ensureBuilt, root };

if (require.main === module) ensureBuilt({ quiet: false });
