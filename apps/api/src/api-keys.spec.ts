import { ApiKeys, bearerToken } from './api-keys';

describe('ApiKeys', () => {
  const keys = new ApiKeys(['first-key-0123456789', 'second-key-0123456789']);

  it('identifies accepted keys by a digest prefix, never the key itself', () => {
    const id = keys.identify('first-key-0123456789');
    expect(id).toMatch(/^key:[0-9a-f]{12}$/);
    expect(id).not.toContain('first');
    expect(keys.identify('second-key-0123456789')).not.toBe(id);
  });

  it('rejects anything else, including prefixes and case changes', () => {
    expect(keys.identify('first-key-012345678')).toBeNull();
    expect(keys.identify('FIRST-KEY-0123456789')).toBeNull();
    expect(keys.identify('')).toBeNull();
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer   abc ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
    [['Bearer a', 'Bearer b'], null],
  ])('reads %p as %p', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
