import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (test/static/support -> ../../..). */
export const REPO = path.resolve(__dirname, '../../..');

/**
 * Checks a container command against the repository: `node dist/<path>.js` must be compiled from
 * `<path>.ts`, and a CLI sub-command must have its command file. Returns the problems found.
 */
export function commandProblems(command: unknown, where: string): string[] {
  if (!Array.isArray(command) || command.some((c) => typeof c !== 'string'))
    return [`${where}: command is not a list of strings`];
  const [program, entry, ...args] = command as string[];
  if (program !== 'node') return [`${where}: expected a node command, got ${program}`];
  const match = /^dist\/(.+)\.js$/.exec(entry ?? '');
  if (!match) return [`${where}: ${entry} is not a compiled entry point under dist/`];
  const source = `${match[1]}.ts`;
  if (!existsSync(path.join(REPO, source))) {
    return [`${where}: ${entry} has no source ${source}`];
  }
  if (source === 'apps/cli/src/main.ts') {
    const sub = args[0];
    if (!sub || !existsSync(path.join(REPO, 'apps/cli/src/commands', `${sub}.ts`))) {
      return [`${where}: CLI command "${sub}" has no apps/cli/src/commands/${sub}.ts`];
    }
  }
  return [];
}
