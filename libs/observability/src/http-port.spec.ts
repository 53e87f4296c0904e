import { DEFAULT_HTTP_PORT, httpListenerFromEnv } from './http-port';

describe('httpListenerFromEnv', () => {
  it('defaults to 0.0.0.0:9464 and reads HTTP_HOST and HTTP_PORT', () => {
    expect(httpListenerFromEnv({})).toEqual({ host: '0.0.0.0', port: DEFAULT_HTTP_PORT });
    expect(httpListenerFromEnv({ HTTP_PORT: '8081', HTTP_HOST: '127.0.0.1' })).toEqual({
      host: '127.0.0.1',
      port: 8081,
    });
  });

  it('rejects a port that is not one', () => {
    expect(() => httpListenerFromEnv({ HTTP_PORT: '70000' })).toThrow(/HTTP_PORT/);
    expect(() => httpListenerFromEnv({ HTTP_PORT: 'abc' })).toThrow(/HTTP_PORT/);
  });
});
