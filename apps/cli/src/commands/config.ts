import { configCatalog, renderConfigTable } from '../config-catalog';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'config',
  summary: 'every environment variable Newsflow reads: default, who reads it, what it does',
  usage: [
    'usage: newsflow config [--markdown]',
    '  prints one JSON line per variable {name, defaults, readers, description, secret, required}, from the',
    "  declarations the services validate at boot; --markdown prints the README's configuration table instead",
  ].join('\n'),
  options: ['--markdown'],
  async run(args) {
    const extra = args.find((a) => a !== '--markdown');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    if (args.includes('--markdown')) process.stdout.write(renderConfigTable() + '\n');
    else for (const entry of configCatalog()) process.stdout.write(JSON.stringify(entry) + '\n');
    return 0;
  },
};
