import { numberArg, numberListArg, stringArg } from './cli-args';

const argv = ['node', 'bench', '--articles', '300', '--batch', '1,50', '--rate', 'fast', '--name', 'x'];

describe('benchmark options', () => {
  it('reads a value after its flag, or the fallback when the flag is absent', () => {
    expect(numberArg('--articles', 1000, argv)).toBe(300);
    expect(numberArg('--warmup', 7, argv)).toBe(7);
    expect(stringArg('--name', 'y', argv)).toBe('x');
    expect(numberListArg('--batch', [200], argv)).toEqual([1, 50]);
    expect(numberListArg('--sizes', [200], argv)).toEqual([200]);
  });

  it('refuses a value that is not a number instead of running on NaN', () => {
    expect(() => numberArg('--rate', 0, argv)).toThrow('--rate wants a number, got "fast"');
    expect(() => numberListArg('--name', [1], argv)).toThrow('--name wants numbers separated by commas');
  });
});
