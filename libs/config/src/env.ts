/**
 * Reading configuration from the environment, validated at boot. Every service declares the variables it reads
 * with a parser and a default; `loadConfig` reports *all* problems at once and the service exits before doing any
 * work, with a message that names each variable, what it got and what it wanted.
 */
export type EnvParser<T> = (raw: string, name: string) => T;

export interface EnvVar<T> {
  parse: EnvParser<T>;
  /** Used when the variable is unset or empty; omit to make the variable required. */
  default?: T;
  description: string;
  /** Secrets are never echoed in error messages or logs. */
  secret?: boolean;
  /**
   * `required`: a deployment (compose, Kubernetes) must set it although a default exists, because the default only
   * suits the local stack (a loopback database URL). The static checks of the deployment files read this.
   */
  deployment?: 'required';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The variables one module reads, by name. */
export type EnvSpec = Record<string, EnvVar<unknown>>;

export type ConfigOf<S extends Record<string, EnvVar<unknown>>> = {
  [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never;
};

export function loadConfig<S extends Record<string, EnvVar<unknown>>>(
  spec: S,
  env: NodeJS.ProcessEnv = process.env,
): ConfigOf<S> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, v] of Object.entries(spec)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') {
      if ('default' in v) out[name] = v.default;
      else problems.push(`${name} is required (${v.description})`);
      continue;
    }
    try {
      out[name] = v.parse(raw.trim(), name);
    } catch (err) {
      const shown = v.secret ? '<redacted>' : JSON.stringify(raw);
      problems.push(`${name}=${shown}: ${(err as Error).message} (${v.description})`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out as ConfigOf<S>;
}

export const str: EnvParser<string> = (raw) => raw;

export const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): EnvParser<number> =>
  (raw) => {
    if (!/^-?\d+$/.test(raw)) throw new Error('expected an integer');
    const n = Number(raw);
    if (n < min || n > max) throw new Error(`expected an integer from ${min} to ${max}`);
    return n;
  };

export const bool: EnvParser<boolean> = (raw) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error('expected true or false');
};

export const list: EnvParser<string[]> = (raw) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const oneOf =
  <T extends string>(...values: T[]): EnvParser<T> =>
  (raw) => {
    if (!values.includes(raw as T)) throw new Error(`expected one of ${values.join(', ')}`);
    return raw as T;
  };

export const url =
  (...protocols: string[]): EnvParser<string> =>
  (raw) => {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new Error('expected a URL');
    }
    if (protocols.length && !protocols.includes(u.protocol.replace(/:$/, ''))) {
      throw new Error(`expected a ${protocols.join(' or ')} URL`);
    }
    return raw;
  };

/** host:port pairs, as Kafka clients take them. */
export const hostPorts: EnvParser<string[]> = (raw) => {
  const items = list(raw, '');
  if (!items.length) throw new Error('expected host:port[,host:port...]');
  for (const item of items) {
    if (!/^(\[[0-9a-fA-F:.]+\]|[^:\s]+):\d{1,5}$/.test(item)) throw new Error(`"${item}" is not host:port`);
  }
  return items;
};

/**
 * Collects the problems of several loaders (and checks of one's own) so one boot reports every bad variable at
 * once, not the first only. Errors that are not ConfigErrors are bugs and pass through.
 */
export class ConfigProblems {
  readonly problems: string[] = [];

  attempt<T>(load: () => T): T | undefined {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      this.problems.push(...err.problems);
      return undefined;
    }
  }

  add(problem: string): void {
    this.problems.push(problem);
  }

  has(predicate: (problem: string) => boolean): boolean {
    return this.problems.some(predicate);
  }

  /** Throws one ConfigError with every problem collected, if there is any. */
  throwIfAny(): void {
    if (this.problems.length) throw new ConfigError([...this.problems]);
  }
}
