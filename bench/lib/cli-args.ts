/**
 * Option parsing shared by the benchmark and tool scripts (`--name value`). A value that is given but is not a
 * number fails loudly instead of running a benchmark on NaN.
 */
export function stringArg(name: string, fallback: string, argv: string[] = process.argv): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

export function numberArg(name: string, fallback: number, argv: string[] = process.argv): number {
  const text = stringArg(name, '', argv);
  if (text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`${name} wants a number, got "${text}"`);
  return value;
}

/** `--name 1,50,200`: a comma-separated list of numbers. */
export function numberListArg(name: string, fallback: number[], argv: string[] = process.argv): number[] {
  const text = stringArg(name, '', argv);
  if (text === '') return fallback;
  const values = text.split(',').map(Number);
  if (values.some((v) => !Number.isFinite(v)))
    throw new Error(`${name} wants numbers separated by commas, got "${text}"`);
  return values;
}
