import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CliCommand } from './command';

/**
 * What `command-index.ts` is generated from: every command module under ./commands, loaded. Only the generator
 * (`node bin/run.js apps/cli/src/write-command-index`) and the spec that keeps the
 * index in sync load them all; the CLI itself never does.
 */
export function loadAllCommands(dir = path.join(__dirname, 'commands')): CliCommand[] {
  const commands: CliCommand[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(js|ts)$/.test(file) || /\.(spec|d)\.(js|ts)$/.test(file)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { command?: CliCommand };
    if (mod.command) commands.push(mod.command);
  }
  return commands;
}

/** The TypeScript source of command-index.ts for these commands. */
export function renderCommandIndex(commands: CliCommand[]): string {
  const entries = commands.map((c) =>
    [
      '  {',
      `    name: ${JSON.stringify(c.name)},`,
      `    summary: ${JSON.stringify(c.summary)},`,
      `    usage: ${JSON.stringify(c.usage)},`,
      `    options: ${JSON.stringify(c.options)},`,
      `    load: () => require('./commands/${c.name}') as { command: CliCommand },`,
      '  },',
    ].join('\n'),
  );
  return [
    '// Generated from the command modules by `node bin/run.js apps/cli/src/write-command-index`; do not edit.',
    '// The CLI reads names, summaries, usage and options from here and loads a command module only to run it,',
    '// so `newsflow help` and `newsflow <command> --help` start without loading any command (or its libraries).',
    '/* eslint-disable @typescript-eslint/no-require-imports */',
    "import { CliCommand, CommandEntry } from './command';",
    '',
    'export const COMMANDS: CommandEntry[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
}
