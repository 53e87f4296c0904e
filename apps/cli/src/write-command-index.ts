import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadAllCommands, renderCommandIndex } from './command-index-source';

// Regenerates apps/cli/src/command-index.ts, formatted as the repository formats it (run from dist by bin/run.js).
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '../../../../apps/cli/src/command-index.ts');
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(renderCommandIndex(loadAllCommands()), { ...options, filepath: target }));
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
