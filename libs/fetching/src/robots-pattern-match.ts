/**
 * Whether a robots.txt path pattern matches a path from its start: `*` matches any run of characters and a
 * final `$` anchors the end; every other character, `$` elsewhere included, matches itself. Both are expected
 * in the form normalizeRobotsPath gives.
 *
 * This is Google's reference algorithm (robots.cc `Matches`): it tracks the set of path positions the pattern
 * can have reached, so it takes at most pattern length × path length steps. A regular expression with one
 * `.*` per `*` backtracks instead, and a hostile `Disallow: /*a*a*a*a*a*a*a*a*a*a*a*a*b` kept the event loop
 * busy for over a minute on a 60-character path.
 */
export function robotsPatternMatches(pattern: string, path: string): boolean {
  // Reachable end positions in `path` of the pattern prefix read so far, ascending.
  let reachable: number[] = [0];
  for (let p = 0; p < pattern.length; p++) {
    const ch = pattern[p];
    if (ch === '$' && p === pattern.length - 1) return reachable[reachable.length - 1] === path.length;
    if (ch === '*') {
      // Any position from the smallest reachable one to the end of the path.
      const from = reachable[0];
      reachable = Array.from({ length: path.length - from + 1 }, (_, i) => from + i);
      while (pattern[p + 1] === '*') p++; // `**` is `*`
      continue;
    }
    const next: number[] = [];
    for (const at of reachable) if (at < path.length && path[at] === ch) next.push(at + 1);
    if (next.length === 0) return false;
    reachable = next;
  }
  return true;
}
