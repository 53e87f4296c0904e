#!/usr/bin/env node
// Runs one compiled entry point of the repo (a benchmark, a service) after making sure dist/ is current:
//   node bin/run.js bench/extract [args...]
'use strict';
const path = require('node:path');
const { ensureBuilt, root } = require('./build');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run.js <path without .ts, e.g. bench/extract> [args...]\n');
  process.exit(2);
}
ensureBuilt({ quiet: false });
process.argv = [process.argv[0], entry, ...args];
require(path.join(root, 'dist', entry.replace(/\.ts$/, '') + '.js'));
