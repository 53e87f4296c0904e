/**
 * One `newsflow` sub-command. Each lives in its own file under ./commands and exports `command`;
 * main.ts discovers them, so adding a command never edits a shared list.
 */
export interface CliCommand {
  /** The word after `newsflow`, e.g. "extract" or "stack". */
  name: string;
  /** One line for `newsflow help`. */
  summary: string;
  /** Usage text printed by `newsflow help <name>` and on a usage error. */
  usage: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Thrown for bad arguments: main.ts prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {}
