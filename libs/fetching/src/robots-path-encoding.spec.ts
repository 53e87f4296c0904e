import { normalizeRobotsPath } from './robots-path-encoding';

describe('normalizeRobotsPath', () => {
  it('percent-encodes characters outside ASCII as UTF-8', () => {
    expect(normalizeRobotsPath('/foo/bar/ツ')).toBe('/foo/bar/%E3%83%84');
    expect(normalizeRobotsPath('/новости/')).toBe('/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/');
    expect(normalizeRobotsPath('/😀')).toBe('/%F0%9F%98%80');
  });

  it('gives what the WHATWG URL parser gives for the same path', () => {
    for (const path of ['/foo/bar/ツ', '/новости/a', '/café?q=ü', '/\uD800a']) {
      const parsed = new URL(`https://x.test${path}`);
      expect(normalizeRobotsPath(path)).toBe(parsed.pathname + parsed.search);
    }
  });

  it('upper-cases escapes and leaves escapes of unreserved characters as written', () => {
    expect(normalizeRobotsPath('/%e3%83%84/%7e/%62')).toBe('/%E3%83%84/%7E/%62');
    expect(normalizeRobotsPath('/~user')).toBe('/~user');
  });

  it('leaves reserved characters, wildcards and broken escapes alone', () => {
    expect(normalizeRobotsPath('/a?b=c&d=http://e/*.pdf$')).toBe('/a?b=c&d=http://e/*.pdf$');
    expect(normalizeRobotsPath('/100%/%zz')).toBe('/100%/%zz');
  });
});
