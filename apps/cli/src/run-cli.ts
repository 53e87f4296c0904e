import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CommandEntry, UsageError } from './command';
import { COMMANDS } from './command-index';

/**
 * The `newsflow` CLI. commander parses the command line against each command's declared options (an unknown
 * option, a missing value or an unknown command is a usage error: exit 2 with the usage); names, summaries and
 * usage come from the generated index, so only the command that runs is ever loaded (with its libraries):
 * `newsflow help` and `newsflow <command> --help` start in tens of milliseconds. A failure prints its message,
 * not a stack trace, unless NEWSFLOW_DEBUG is set.
 */
const EXIT_USAGE = 2;

/** The repository's package.json, found from the source (apps/cli/src) or the build (dist/apps/cli/src). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'newsflow') return pkg.version ?? '0.0.0';
    } catch {
      // not here: look one folder up
    }
  }
  return '0.0.0';
}

function overview(): string {
  const lines = ['usage: newsflow <command> [args...]', '', 'commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'newsflow help <command> (or newsflow <command> --help) shows one command in full.');
  lines.push('newsflow --version prints the version.');
  return lines.join('\n') + '\n';
}

class UnknownCommand extends Error {}

/** Runs one command line; resolves to the exit code. `out`/`err` are the process streams (tests pass their own). */
export async function runCli(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): Promise<number> {
  let code = 0;
  let current: CommandEntry | undefined;
  const program = new Command('newsflow')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help')
    .helpCommand(false)
    .configureOutput({ writeOut: out, writeErr: () => undefined })
    .exitOverride()
    .allowExcessArguments(false);
  program.helpInformation = overview;
  program
    .command('help')
    .argument('[command]')
    .helpOption(false)
    .action((name?: string) => {
      if (!name) return out(overview());
      const target = COMMANDS.find((c) => c.name === name);
      if (!target) throw new UnknownCommand(name);
      out(target.usage + '\n');
    });
  for (const entry of COMMANDS) {
    const sub = program
      .command(entry.name)
      .helpOption(false)
      .option('-h, --help')
      .allowExcessArguments(true)
      .allowUnknownOption(false)
      .passThroughOptions(false);
    for (const flags of entry.options) sub.option(flags);
    sub.action(async (opts: { help?: boolean }) => {
      current = entry;
      if (opts.help) return out(entry.usage + '\n');
      // The command parses its own arguments (commander has checked them against its options): the words after
      // the command name, as typed.
      const rest = argv.slice(1);
      code = await entry.load().command.run(rest);
    });
    sub.configureOutput({ writeOut: out, writeErr: () => undefined }).exitOverride();
  }
  try {
    if (!argv.length) {
      out(overview());
      return 0;
    }
    if (!argv[0].startsWith('-') && !program.commands.some((c) => c.name() === argv[0]))
      throw new UnknownCommand(argv[0]);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    const where = current ? `newsflow ${current.name}` : 'newsflow';
    if (e instanceof UnknownCommand) {
      err(`newsflow: unknown command "${e.message}"\n${overview()}`);
      return EXIT_USAGE;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.version' || e.code === 'commander.helpDisplayed') return 0;
      const entry = current ?? COMMANDS.find((c) => c.name === argv[0]);
      const message = e.message.replace(/^error: /, '');
      if (e.code === 'commander.unknownCommand' || !entry) err(`newsflow: ${message}\n${overview()}`);
      else err(`newsflow ${entry.name}: ${message}\n${entry.usage}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      err(`${where}: ${e.message}\n${current?.usage ?? ''}\n`);
      return EXIT_USAGE;
    }
    const detail = e instanceof Error ? (process.env.NEWSFLOW_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    err(`${where}: ${detail}\n`);
    return 1;
  }
}
