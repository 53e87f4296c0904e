import { robotsPatternMatches } from './robots-pattern-match';

describe('robotsPatternMatches', () => {
  it.each([
    ['/fish', '/fish.html', true],
    ['/fish', '/Fish.asp', false],
    ['/fish', '/catfish', false],
    ['/*.php', '/folder/filename.php?parameters', true],
    ['/*.php$', '/filename.php', true],
    ['/*.php$', '/filename.php?x', false],
    ['/fish*.php', '/fishheads/catfish.php?parameters', true],
    ['/a$b', '/a$bc', true],
    ['/a**b', '/axxb', true],
    ['*', '', true],
    ['/$', '/', true],
    ['/$', '/x', false],
    ['/a.b', '/axb', false],
  ])('%s on %s is %s', (pattern, path, expected) => {
    expect(robotsPatternMatches(pattern, path)).toBe(expected);
  });

  it('takes polynomial time on patterns that make a backtracking regex explode', () => {
    const started = Date.now();
    expect(robotsPatternMatches(`/${'*a'.repeat(12)}*b`, `/${'a'.repeat(60)}`)).toBe(false);
    expect(robotsPatternMatches(`/${'*a'.repeat(200)}*b`, `/${'a'.repeat(2000)}`)).toBe(false);
    expect(robotsPatternMatches(`/${'*a'.repeat(200)}*b`, `/${'a'.repeat(2000)}b`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
