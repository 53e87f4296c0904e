/**
 * One `newsflow` sub-command. Each lives in its own file under ./commands and exports `command`; the generated
 * command-index.ts lists them (a unit test keeps it in sync), so the CLI loads only the module it runs.
 */
export interface CliCommand {
  /** The word after `newsflow`, e.g. "extract" or "stack". */
  name: string;
  /** One line for `newsflow help`. */
  summary: string;
  /** Usage text printed by `newsflow help <name>`, `newsflow <name> --help` and on a usage error. */
  usage: string;
  /**
   * The options it accepts, in commander's syntax (`--json`, `--limit <n>`, `--watch [seconds]`): any other option
   * is a usage error before the command runs. `-h, --help` is always accepted.
   */
  options: string[];
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Thrown for bad arguments: main.ts prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {}

/** A command as the CLI knows it before loading it: what help shows, what options it takes, how to load it. */
export interface CommandEntry extends Omit<CliCommand, 'run'> {
  load(): { command: CliCommand };
}
