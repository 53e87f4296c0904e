#!/usr/bin/env node
// The `newsflow` command: builds dist/ when the sources changed, then runs the CLI app.
'use strict';
const path = require('node:path');
const { ensureBuilt, root } = require('./build');

ensureBuilt({ quiet: false });
require(path.join(root, 'dist', 'apps', 'cli', 'src', 'main.js'));
