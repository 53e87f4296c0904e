import { isFollowedRedirect, nextRedirect } from './redirects';

describe('nextRedirect', () => {
  it('resolves relative locations and drops fragments', () => {
    expect(nextRedirect('../b#x', 'http://a.example/x/y/z', ['http://a.example/x/y/z'], 5)).toBe(
      'http://a.example/x/b',
    );
  });

  it('refuses a missing Location', () => {
    expect(() => nextRedirect(undefined, 'http://a.example/', [], 5)).toThrow(
      expect.objectContaining({ code: 'invalid-url' }),
    );
  });

  it.each(['file:///etc/passwd', 'ftp://a.example/', 'gopher://a.example/', 'javascript:alert(1)', 'data:text/html,x'])(
    'refuses the non-http target %s',
    (loc) => {
      expect(() => nextRedirect(loc, 'http://a.example/', ['http://a.example/'], 5)).toThrow(
        expect.objectContaining({ code: 'unsupported-scheme' }),
      );
    },
  );

  it('detects a loop', () => {
    const visited = ['http://a.example/a', 'http://a.example/b'];
    expect(() => nextRedirect('/a', 'http://a.example/b', visited, 5)).toThrow(
      expect.objectContaining({ code: 'redirect-loop' }),
    );
  });

  it('allows exactly maxRedirects hops', () => {
    const visited = ['http://a.example/0'];
    for (let i = 1; i <= 5; i++) visited.push(nextRedirect(`/${i}`, visited[visited.length - 1], visited, 5));
    expect(visited).toHaveLength(6);
    expect(() => nextRedirect('/6', 'http://a.example/5', visited, 5)).toThrow(
      expect.objectContaining({ code: 'too-many-redirects' }),
    );
  });

  it('knows which statuses are followed', () => {
    expect([301, 302, 303, 307, 308].every(isFollowedRedirect)).toBe(true);
    expect([200, 300, 304, 305].some(isFollowedRedirect)).toBe(false);
  });
});
