import { UsageError } from './command';

/** Removes `--name VALUE` from args and returns VALUE (undefined when absent); a missing value is a usage error. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}
