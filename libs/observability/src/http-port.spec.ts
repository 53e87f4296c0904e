import { DEFAULT_HTTP_PORT, httpPortFromEnv } from './http-port';

describe('httpPortFromEnv', () => {
  it('defaults to 9464 and reads HTTP_PORT', () => {
    expect(httpPortFromEnv({})).toBe(DEFAULT_HTTP_PORT);
    expect(httpPortFromEnv({ HTTP_PORT: '8081' })).toBe(8081);
  });

  it('rejects a port that is not one', () => {
    expect(() => httpPortFromEnv({ HTTP_PORT: '70000' })).toThrow(/HTTP_PORT/);
    expect(() => httpPortFromEnv({ HTTP_PORT: 'abc' })).toThrow(/HTTP_PORT/);
  });
});
