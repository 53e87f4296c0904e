import { normalizeUrl } from '@newsflow/fetching';
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

/**
 * An http(s) URL argument, normalised as the fetcher will request it; anything else is a usage error naming the
 * argument (never a stack trace). `what` completes "only http and https URLs can be ...".
 */
export function httpUrlArg(raw: string, what: string): string {
  let url: string;
  try {
    url = normalizeUrl(raw);
  } catch {
    throw new UsageError(`not a URL: ${raw}`);
  }
  if (!/^https?:\/\//.test(url)) throw new UsageError(`only http and https URLs can be ${what}: ${raw}`);
  return url;
}
