import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CliCommand, UsageError } from './command';

function loadCommands(): Map<string, CliCommand> {
  const dir = path.join(__dirname, 'commands');
  const commands = new Map<string, CliCommand>();
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(js|ts)$/.test(file) || /\.(spec|d)\.(js|ts)$/.test(file)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { command?: CliCommand };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

function printHelp(commands: Map<string, CliCommand>): void {
  const lines = ['usage: newsflow <command> [args...]', '', 'commands:'];
  for (const c of commands.values()) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'newsflow help <command> shows one command in full.');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const commands = loadCommands();
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const target = args[0] && commands.get(args[0]);
    if (target) process.stdout.write(target.usage + '\n');
    else printHelp(commands);
    return 0;
  }
  const command = commands.get(name);
  if (!command) {
    process.stderr.write(`newsflow: unknown command "${name}"\n`);
    printHelp(commands);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`newsflow ${name}: ${err.message}\n${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`newsflow ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(String(err) + '\n');
    process.exitCode = 1;
  },
);
