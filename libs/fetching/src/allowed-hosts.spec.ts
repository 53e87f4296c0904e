import { effectivePort, isHostExplicitlyAllowed } from './allowed-hosts';

describe('isHostExplicitlyAllowed', () => {
  const u = (s: string) => new URL(s);

  it('is empty-safe: nothing is allowed by default', () => {
    expect(isHostExplicitlyAllowed(u('http://127.0.0.1:8080/'), [])).toBe(false);
  });

  it('matches host and port', () => {
    const list = ['127.0.0.1:8080'];
    expect(isHostExplicitlyAllowed(u('http://127.0.0.1:8080/x'), list)).toBe(true);
    expect(isHostExplicitlyAllowed(u('http://127.0.0.1:8081/x'), list)).toBe(false);
    expect(isHostExplicitlyAllowed(u('http://127.0.0.1/x'), list)).toBe(false);
  });

  it('matches any port when the entry has none', () => {
    expect(isHostExplicitlyAllowed(u('http://localhost:3000/'), ['localhost'])).toBe(true);
    expect(isHostExplicitlyAllowed(u('https://LOCALHOST/'), ['localhost'])).toBe(true);
    expect(isHostExplicitlyAllowed(u('http://api.localhost/'), ['localhost'])).toBe(false);
  });

  it('compares canonical spellings', () => {
    expect(isHostExplicitlyAllowed(u('http://2130706433:9000/'), ['127.1:9000'])).toBe(true);
    expect(isHostExplicitlyAllowed(u('http://[0:0::1]:9000/'), ['[::1]:9000'])).toBe(true);
    expect(isHostExplicitlyAllowed(u('http://[::1]:9000/'), ['127.0.0.1:9000'])).toBe(false);
  });

  it('counts default ports', () => {
    expect(effectivePort(u('https://a.example/'))).toBe('443');
    expect(isHostExplicitlyAllowed(u('http://dev.test/'), ['dev.test:80'])).toBe(true);
  });

  it('ignores malformed entries', () => {
    expect(isHostExplicitlyAllowed(u('http://a.example/'), ['', ' ', 'http://[bad'])).toBe(false);
  });
});
